import type { english } from './words.js';

/** Français: the progress chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  target: (year) => `Cible ${year}`,
  onTrack: 'en bonne voie',
  offTrack: 'pas en bonne voie',
  latestValue: (series, value, year) => (series === null ? `Dernière valeur : ${value} (${year}).` : `${series} : dernière valeur ${value} (${year}).`),
  unnamed: 'Sans nom',
  relativeTarget: (factor, times, year, value) =>
    `${factor === 0.5 ? 'la moitié de' : factor === 0.25 ? 'le quart de' : factor === 2 ? 'le double de' : `${times} fois`} la valeur de ${year}, ${value}`,
  targetIs: (label, value, relative) => `${label} : ${value}${relative ? ` (${relative})` : ''}.`,
  projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
    `Au rythme d’évolution observé depuis ${baselineYear}${fromFirstValue ? ' (aucune valeur depuis l’année de référence, donc à partir de la première valeur)' : ''}, la valeur atteindrait ${projected} en ${targetYear} : ${verdict}.`,
  reached: (reached, year, verdict) => `${reached ? 'Atteinte' : 'Non atteinte'} en ${year} : ${verdict}.`,
  noVerdict: (reason) => `Pas de verdict : ${reason}.`,
  reasonNoValues: 'aucune valeur',
  reasonTwoYears: (baselineYear) => `il faut des valeurs d’au moins deux années depuis ${baselineYear}`,
  reasonGrowth: 'un taux de croissance demande des valeurs supérieures à zéro',
  noTarget: 'Aucune cible n’est fixée, donc pas de verdict.',
  baseline: (year) => `référence ${year}`,
  projectedBy: (value, year) => `${value} en ${year}`,
  shortfall: (amount) => `${amount} d’écart`,
  targetRelativeLabel: (year, factor, times, baselineYear) =>
    `Cible ${year} : ${factor === 0.5 ? 'la moitié de' : factor === 0.25 ? 'le quart de' : factor === 2 ? 'le double de' : `${times} ×`} ${baselineYear}`,
  targetPerLine: (label) => `${label} (par ligne)`,
  verdictCounts: (on, names, more, off, none) =>
    `${on} en bonne voie${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''} ; ${off} pas en bonne voie${none ? ` ; ${none} sans verdict` : ''}.`,
};
