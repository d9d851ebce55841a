import type { english } from './words.js';

/** Português: the stacked chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  stackedChart: (title, count) =>
    `Gráfico de barras empilhadas 100%${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'barra' : 'barras'}` : ''}.`,
  stackedBar: (category, parts) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
  moreBars: (count) => (count === 1 ? 'E mais 1 barra.' : `E mais ${count} barras.`),
};
