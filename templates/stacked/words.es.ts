import type { english } from './words.js';

/** Español: the stacked chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  stackedChart: (title, count) =>
    `Gráfico de barras apiladas al 100 %${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'barra' : 'barras'}` : ''}.`,
  stackedBar: (category, parts) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
  moreBars: (count) => (count === 1 ? 'Y 1 barra más.' : `Y ${count} barras más.`),
};
