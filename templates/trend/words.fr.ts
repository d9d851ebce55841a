import type { english } from './words.js';

/** Français: the trend chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  oneYearOnly: 'Chaque courbe n’a de valeur que pour une seule année : aucune évolution ne peut être montrée.',
  lineChange: (name, rose, amount, from, to, most) => {
    const who = name || 'La courbe';
    const what = `${rose ? 'augmenté' : 'baissé'} de ${amount}, passant de ${from} à ${to}.`;
    return most ? `Plus forte évolution : ${who}, qui a ${what}` : `${who} a ${what}`;
  },
  lineSteady: (name, value, most) => {
    const who = name || 'La courbe';
    return most ? `Plus forte évolution : ${who}, sans changement (${value}).` : `${who} : sans changement (${value}).`;
  },
};
