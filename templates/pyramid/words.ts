/**
 * The population pyramid's summary words in English, beside its code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language.
 */
export const english = {
  /** "Population pyramid: Hamilton, 2016." */
  pyramidChart: (title: string | undefined) => `Population pyramid${title ? `: ${title}` : ''}.`,
  /** "The largest age group is 50–54: 41,945." (both groups together) */
  pyramidLargest: (age: string, value: string) => `The largest age group is ${age}: ${value}.`,
  /** "Children under 15 are 16.2% of the total." */
  pyramidChildren: (share: string) => `Children under 15 are ${share} of the total.`,
  /** "People aged 65 and over are 17.3%." */
  pyramidOlder: (from: number, share: string) => `People aged ${from} and over are ${share}.`,
};

type PyramidWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends PyramidWords {}
}
