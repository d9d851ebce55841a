import type { english } from './words.js';

/** Español: the population pyramid's words (loaded only for a chart in this language). */
export const words: typeof english = {
  pyramidChart: (title) => `Pirámide de población${title ? `: ${title}` : ''}.`,
  pyramidLargest: (age, value) => `El grupo de edad más numeroso es ${age}: ${value}.`,
  pyramidChildren: (share) => `Los niños y niñas menores de 15 años son el ${share} del total.`,
  pyramidOlder: (from, share) => `Las personas de ${from} años o más son el ${share}.`,
};
