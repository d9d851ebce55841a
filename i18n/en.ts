import type { UiStrings } from './strings.js';

/** English: the default, bundled with the kit (the other languages load on demand). */
export const strings: UiStrings = {
  lang: 'en',
  dir: 'ltr',
  cannotShow: 'This chart cannot be shown.',
  cannotShowCard: 'This card cannot be shown.',
  source: 'Source:',
  credit: 'Chart:',
  period: (years, latest) => (latest ? `Latest data, ${years}.` : `Data from ${years}.`),
  table: {
    show: 'Show data as table',
    hide: 'Hide table',
    more: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
    download: 'Download all rows as CSV',
  },
  summary: {
    noData: 'No data',
    target: (year) => `${year} target`,
    onTrack: 'on track',
    offTrack: 'off track',
    highest: (name, value) => `Highest: ${name}, ${value}.`,
    lowest: (name, value) => `Lowest: ${name}, ${value}.`,
    barChart: (title, count) => `Bar chart${title ? `: ${title}` : ''}, ${count} ${count === 1 ? 'bar' : 'bars'}.`,
    noValues: 'No values to show.',
    percentagePoints: (amount) => `${amount} percentage points`,
    lineChart: (title, lines, from, to) =>
      `Line chart${title ? `: ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'line' : 'lines'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
    latestValue: (series, value, year) => `${series === null ? 'Latest' : `${series}: latest`} value ${value} (${year}).`,
    unnamed: 'Unnamed',
    relativeTarget: (factor, times, year, value) =>
      `${factor === 0.5 ? 'half' : factor === 0.25 ? 'a quarter of' : factor === 2 ? 'twice' : `${times} times`} the ${year} value of ${value}`,
    targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
    projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
      `At the rate of change since ${baselineYear}${fromFirstValue ? ' (no value since the baseline year, so from the first value)' : ''}, it would reach ${projected} by ${targetYear}: ${verdict}.`,
    reached: (reached, year, verdict) => `${reached ? 'Reached' : 'Not reached'} by ${year}: ${verdict}.`,
    noVerdict: (reason) => `No verdict: ${reason}.`,
    reasonNoValues: 'it has no values',
    reasonTwoYears: (baselineYear) => `it needs values from at least two years since ${baselineYear}`,
    reasonGrowth: 'a growth rate needs values above zero',
    noTarget: 'No target is set, so there is no verdict.',
    verdictCounts: (on, names, more, off, none) =>
      `${on} on track${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''}; ${off} off track${none ? `; ${none} without a verdict` : ''}.`,
    respondents: (count) => `Respondents: ${count}`,
  },
  menu: {
    button: 'Share',
    label: 'Share or download this chart',
    png: 'Download image (PNG)',
    svg: 'Download vector image (SVG)',
    csv: 'Download data (CSV)',
    square: 'Image for social media: square',
    portrait: 'Image for social media: portrait',
    landscape: 'Image for social media: landscape',
    embed: 'Copy embed code',
    copied: 'Copied',
    copyYourself: 'Copy this code to put the chart on your page',
    close: 'Close',
    fileName: 'chart',
  },
};
export default strings;
