/**
 * The trend lines' summary words in English, beside their code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language. A language without them shows these.
 */
export const english = {
  oneYearOnly: 'Each line has a value for one year only, so no change can be shown.',
  /**
   * "Changed most: Rural, which rose by 5 percentage points, from 40% to 45%." (`most` false: "Rural rose by …";
   * `name` '' for a line without a name).
   */
  lineChange: (name: string, rose: boolean, amount: string, from: string, to: string, most: boolean) => {
    const who = name || 'The line';
    return `${most ? `Changed most: ${who}, which` : who} ${rose ? 'rose' : 'fell'} by ${amount}, from ${from} to ${to}.`;
  },
  /** "Changed most: Rural, which stayed at 40%." / "Rural stayed at 40%." */
  lineSteady: (name: string, value: string, most: boolean) => {
    const who = name || 'The line';
    return `${most ? `Changed most: ${who}, which` : who} stayed at ${value}.`;
  },
};

type TrendWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends TrendWords {}
}
