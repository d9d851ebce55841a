/**
 * The waffle's summary words in English, beside its code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language. A language without them shows these.
 */
export const english = {
  /** "Waffle chart: Girls in school." */
  waffleChart: (title: string | undefined) => `Waffle chart${title ? `: ${title}` : ''}.`,
  /** "Girls: 37.5% (38 of 100 squares)." */
  waffleShare: (category: string, share: string, squares: number) => `${category}: ${share} (${squares} of 100 squares).`,
};

type WaffleWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends WaffleWords {}
}
