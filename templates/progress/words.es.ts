import type { english } from './words.js';

/** Español: the progress chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  target: (year) => `Meta ${year}`,
  onTrack: 'en camino',
  offTrack: 'fuera de camino',
  latestValue: (series, value, year) => (series === null ? `Último valor: ${value} (${year}).` : `${series}: último valor ${value} (${year}).`),
  unnamed: 'Sin nombre',
  relativeTarget: (factor, times, year, value) =>
    `${factor === 0.5 ? 'la mitad del' : factor === 0.25 ? 'la cuarta parte del' : factor === 2 ? 'el doble del' : `${times} veces el`} valor de ${year}, ${value}`,
  targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
  projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
    `Al ritmo de cambio desde ${baselineYear}${fromFirstValue ? ' (sin valores desde el año de referencia, así que desde el primer valor)' : ''}, llegaría a ${projected} en ${targetYear}: ${verdict}.`,
  reached: (reached, year, verdict) => `${reached ? 'Alcanzada' : 'No alcanzada'} en ${year}: ${verdict}.`,
  noVerdict: (reason) => `Sin veredicto: ${reason}.`,
  reasonNoValues: 'no tiene valores',
  reasonTwoYears: (baselineYear) => `necesita valores de al menos dos años desde ${baselineYear}`,
  reasonGrowth: 'una tasa de crecimiento necesita valores mayores que cero',
  noTarget: 'No hay una meta fijada, así que no hay veredicto.',
  baseline: (year) => `referencia ${year}`,
  projectedBy: (value, year) => `${value} en ${year}`,
  shortfall: (amount) => `faltan ${amount}`,
  targetRelativeLabel: (year, factor, times, baselineYear) =>
    `Meta ${year}: ${factor === 0.5 ? 'la mitad de' : factor === 0.25 ? 'la cuarta parte de' : factor === 2 ? 'el doble de' : `${times} ×`} ${baselineYear}`,
  targetPerLine: (label) => `${label} (por línea)`,
  verdictCounts: (on, names, more, off, none) =>
    `${on} en camino${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''}; ${off} fuera de camino${none ? `; ${none} sin veredicto` : ''}.`,
};
