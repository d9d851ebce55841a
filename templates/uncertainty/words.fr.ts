import type { english } from './words.js';

/** Français : les mots de l’incertitude (chargés seulement pour un graphique dans cette langue). */
export const words: typeof english = {
  gapWithin: (a, b, where) => `L’écart entre ${a} et ${b}${where ? ` (${where})` : ''} est dans la marge d’erreur : leurs intervalles se chevauchent.`,
  gapBeyond: (a, b, where) => `Les intervalles de ${a} et de ${b}${where ? ` (${where})` : ''} ne se chevauchent pas : l’écart dépasse la marge d’erreur.`,
  changeWithin: (line, from, to) => `L’évolution${line ? ` pour ${line}` : ''} de ${from} à ${to} est dans la marge d’erreur : les intervalles se chevauchent.`,
  changeBeyond: (line, from, to) => `Les intervalles${line ? ` pour ${line}` : ''} en ${from} et en ${to} ne se chevauchent pas : l’évolution dépasse la marge d’erreur.`,
  boundsMissing: (count, example) =>
    count === 1
      ? `1 valeur n’a pas de borne inférieure ou supérieure (${example}) : elle est tracée sans son intervalle.`
      : `${count} valeurs n’ont pas de borne inférieure ou supérieure (par ex. ${example}) : elles sont tracées sans leur intervalle.`,
  boundsOutside: (row, value, range) =>
    `L’intervalle donné pour ${row} (${range}) ne contient pas sa valeur, ${value} : il n’est pas tracé. Vérifiez les colonnes des bornes inférieure et supérieure.`,
};
