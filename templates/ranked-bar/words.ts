/**
 * The ranked bars' summary words in English, beside their code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language. (Highest and lowest are shared with other
 * templates: `i18n/`.)
 */
export interface RankedBarWords {
  /** The opening of a bar chart's summary: "Bar chart: Poverty by zone, 6 bars." */
  readonly barChart: (title: string | undefined, count: number) => string;
}

export const english: RankedBarWords = {
  barChart: (title, count) => `Bar chart${title ? `: ${title}` : ''}, ${count} ${count === 1 ? 'bar' : 'bars'}.`,
};

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends RankedBarWords {}
}
