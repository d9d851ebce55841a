import type { english } from './words.js';

/** Français: the slope chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  slopeChart: (title, lines, from, to) => `Graphique de pente${title ? ` : ${title}` : ''}. ${lines === 1 ? '1 ligne' : `${lines} lignes`}, ${from} et ${to}.`,
  slopeRoseMost: (name, amount, from, to) => `La plus forte hausse : ${name}, de ${amount}, de ${from} à ${to}.`,
  slopeFellMost: (name, amount, from, to) => `La plus forte baisse : ${name}, de ${amount}, de ${from} à ${to}.`,
  slopeTally: (rose, fell, same, total) => `${rose} sur ${total} en hausse, ${fell} en baisse${same ? `, ${same} sans changement` : ''}.`,
  slopeAll: (rose, total) => `Les ${total} sont en ${rose ? 'hausse' : 'baisse'}.`,
  slopeYears: (from, to, others) => `Le graphique compare ${from} et ${to}, la première et la dernière année des données ; les données comprennent aussi ${others}.`,
  slopeOneEnd: (year, names) => `Aucune valeur pour ${year}, seul un point est donc tracé : ${names}.`,
  slopeBetter: 'En amélioration',
  slopeWorse: 'En dégradation',
};
