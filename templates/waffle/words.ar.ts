import type { english } from './words.js';

/** العربية: the waffle chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  waffleChart: (title) => `مخطط مربعات${title ? `: ${title}` : ''}.`,
  waffleShare: (category, share, squares) => `${category}: ${share} (${squares} من 100 مربع).`,
};
