import type { english } from './words.js';

/** Français: the population pyramid's words (loaded only for a chart in this language). */
export const words: typeof english = {
  pyramidChart: (title) => `Pyramide des âges${title ? ` : ${title}` : ''}.`,
  pyramidLargest: (age, value) => `Le groupe d’âge le plus nombreux est ${age} : ${value}.`,
  pyramidChildren: (share) => `Les enfants de moins de 15 ans sont ${share} du total.`,
  pyramidOlder: (from, share) => `Les personnes de ${from} ans et plus sont ${share}.`,
};
