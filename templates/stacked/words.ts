/**
 * The stacked bars's summary words in English, beside its code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language. A language without them shows these.
 */
export const english = {
  /** "100% stacked bar chart: Energy mix, 3 bars." (count absent: no count) */
  stackedChart: (title: string | undefined, count?: number) =>
    `100% stacked bar chart${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'bar' : 'bars'}` : ''}.`,
  /** "Rural: Coal 55%, Solar 45%." */
  stackedBar: (category: string, parts: readonly { readonly name: string; readonly share: string }[]) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
  /** "And 3 more bars." */
  moreBars: (count: number) => `And ${count} more bars.`,
};

type StackedWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends StackedWords {}
}
