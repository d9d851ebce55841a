import type { english } from './words.js';

/** Français: the stacked chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  stackedChart: (title, count) =>
    `Graphique en barres empilées à 100 %${title ? ` : ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'barre' : 'barres'}` : ''}.`,
  stackedBar: (category, parts) => `${category} : ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
  moreBars: (count) => (count === 1 ? 'Et 1 autre barre.' : `Et ${count} autres barres.`),
};
