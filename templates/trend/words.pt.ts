import type { english } from './words.js';

/** Português: the trend chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  oneYearOnly: 'Cada linha tem valor de um só ano, então não é possível mostrar mudança.',
  lineChange: (name, rose, amount, from, to, most) => {
    const who = name || 'A linha';
    const what = `${rose ? 'subiu' : 'caiu'} ${amount}, de ${from} para ${to}.`;
    return most ? `Maior mudança: ${who}, que ${what}` : `${who} ${what}`;
  },
  lineSteady: (name, value, most) => {
    const who = name || 'A linha';
    return most ? `Maior mudança: ${who}, que se manteve em ${value}.` : `${who} se manteve em ${value}.`;
  },
};
