import type { english } from './words.js';

/** العربية: the ranked-bar chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  barChart: (title, count) => `مخطط شريطي${title ? `: ${title}` : ''}، عدد الأشرطة: ${count}.`,
};
