import type { english } from './words.js';

/** Français: the ranked-bar chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  barChart: (title, count) => `Graphique en barres${title ? ` : ${title}` : ''}, ${count} ${count === 1 ? 'barre' : 'barres'}.`,
};
