/**
 * The slope chart's words in English, beside its code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language.
 */
export const english = {
  /** "Slope chart: Kenya gained most. 6 lines, 2000 and 2016." */
  slopeChart: (title: string | undefined, lines: number, from: string, to: string) =>
    `Slope chart${title ? `: ${title}` : ''}. ${lines === 1 ? '1 line' : `${lines} lines`}, ${from} and ${to}.`,
  /** "Rose most: Kenya (women), by 14.8, from 54.1 to 68.9." */
  slopeRoseMost: (name: string, amount: string, from: string, to: string) => `Rose most: ${name}, by ${amount}, from ${from} to ${to}.`,
  /** "Fell most: Rural, by 3 percentage points, from 40% to 37%." */
  slopeFellMost: (name: string, amount: string, from: string, to: string) => `Fell most: ${name}, by ${amount}, from ${from} to ${to}.`,
  /** "5 of 6 rose, 1 fell." (`same`: how many did not change) */
  slopeTally: (rose: number, fell: number, same: number, total: number) =>
    `${rose} of ${total} rose, ${fell} fell${same ? `, ${same} did not change` : ''}.`,
  /** "All 6 rose." / "All 6 fell." (every line changed the same way) */
  slopeAll: (rose: boolean, total: number) => `All ${total} ${rose ? 'rose' : 'fell'}.`,
  /** A note under the chart when the data has more than two years. */
  slopeYears: (from: string, to: string, others: string) => `The chart compares ${from} and ${to}, the first and last years of the data; the data also has ${others}.`,
  /** A note under the chart: lines with a value at one end only are drawn as a dot. */
  slopeOneEnd: (year: string, names: string) => `No value for ${year}, so only a dot is drawn: ${names}.`,
  /** The key of the colours when the page says which way is better (`direction`). */
  slopeBetter: 'Improved',
  slopeWorse: 'Worsened',
};

type SlopeWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends SlopeWords {}
}
