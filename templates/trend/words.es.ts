import type { english } from './words.js';

/** Español: the trend chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  oneYearOnly: 'Cada línea tiene un valor de un solo año, así que no se puede mostrar ningún cambio.',
  lineChange: (name, rose, amount, from, to, most) => {
    const who = name || 'La línea';
    const what = `${rose ? 'subió' : 'bajó'} ${amount}, de ${from} a ${to}.`;
    return most ? `Mayor cambio: ${who}, que ${what}` : `${who} ${what}`;
  },
  lineSteady: (name, value, most) => {
    const who = name || 'La línea';
    return most ? `Mayor cambio: ${who}, que se mantuvo en ${value}.` : `${who} se mantuvo en ${value}.`;
  },
};
