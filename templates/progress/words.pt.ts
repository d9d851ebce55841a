import type { english } from './words.js';

/** Português: the progress chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  target: (year) => `Meta ${year}`,
  onTrack: 'no caminho certo',
  offTrack: 'fora do caminho',
  latestValue: (series, value, year) => (series === null ? `Último valor: ${value} (${year}).` : `${series}: último valor ${value} (${year}).`),
  unnamed: 'Sem nome',
  relativeTarget: (factor, times, year, value) =>
    `${factor === 0.5 ? 'metade do' : factor === 0.25 ? 'um quarto do' : factor === 2 ? 'o dobro do' : `${times} vezes o`} valor de ${year}, ${value}`,
  targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
  projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
    `No ritmo de mudança desde ${baselineYear}${fromFirstValue ? ' (sem valores desde o ano de referência, então a partir do primeiro valor)' : ''}, chegaria a ${projected} em ${targetYear}: ${verdict}.`,
  reached: (reached, year, verdict) => `${reached ? 'Alcançada' : 'Não alcançada'} em ${year}: ${verdict}.`,
  noVerdict: (reason) => `Sem veredito: ${reason}.`,
  reasonNoValues: 'não há valores',
  reasonTwoYears: (baselineYear) => `são necessários valores de pelo menos dois anos desde ${baselineYear}`,
  reasonGrowth: 'uma taxa de crescimento precisa de valores acima de zero',
  noTarget: 'Nenhuma meta foi definida, então não há veredito.',
  baseline: (year) => `referência ${year}`,
  projectedBy: (value, year) => `${value} em ${year}`,
  shortfall: (amount) => `faltam ${amount}`,
  targetRelativeLabel: (year, factor, times, baselineYear) =>
    `Meta ${year}: ${factor === 0.5 ? 'metade de' : factor === 0.25 ? 'um quarto de' : factor === 2 ? 'o dobro de' : `${times} ×`} ${baselineYear}`,
  targetPerLine: (label) => `${label} (por linha)`,
  verdictCounts: (on, names, more, off, none) =>
    `${on} no caminho certo${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''}; ${off} fora do caminho${none ? `; ${none} sem veredito` : ''}.`,
};
