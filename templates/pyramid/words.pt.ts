import type { english } from './words.js';

/** Português: the population pyramid's words (loaded only for a chart in this language). */
export const words: typeof english = {
  pyramidChart: (title) => `Pirâmide etária${title ? `: ${title}` : ''}.`,
  pyramidLargest: (age, value) => `O grupo etário mais numeroso é ${age}: ${value}.`,
  pyramidChildren: (share) => `As crianças com menos de 15 anos são ${share} do total.`,
  pyramidOlder: (from, share) => `As pessoas com ${from} anos ou mais são ${share}.`,
};
