import type { english } from './words.js';

/** Português: the waffle chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  waffleChart: (title) => `Gráfico de waffle${title ? `: ${title}` : ''}.`,
  waffleShare: (category, share, squares) => `${category}: ${share} (${squares} de 100 quadrados).`,
};
