import type { english } from './words.js';

/** Français: the waffle chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  waffleChart: (title) => `Graphique en gaufre${title ? ` : ${title}` : ''}.`,
  waffleShare: (category, share, squares) => `${category} : ${share} (${squares} ${squares <= 1 ? 'carré' : 'carrés'} sur 100).`,
};
