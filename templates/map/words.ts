/**
 * The world map's words in English, beside its code; the kit's other languages translate them in `words.<lang>.ts`
 * here, loaded only for a chart in that language.
 */
export interface MapWords {
  /** "No data": the legend key for countries without a value (the signal `lnob_nodata_label`). */
  readonly noData: string;
}

export const english: MapWords = {
  noData: 'No data',
};

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends MapWords {}
}
