import type { english } from './words.js';

/** Português: the ranked-bar chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  barChart: (title, count) => `Gráfico de barras${title ? `: ${title}` : ''}, ${count} ${count === 1 ? 'barra' : 'barras'}.`,
};
