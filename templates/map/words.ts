/**
 * The world map's words in English, beside its code; the kit's other languages translate them in `words.<lang>.ts`
 * here, loaded only for a chart in that language.
 */
export interface MapWords {
  /** "No data": the legend key for countries without a value (the signal `lnob_nodata_label`). */
  readonly noData: string;
  /** The summary's first sentence on a map of the page's own boundaries (`shapes`): "Map: Poverty by zone." */
  readonly areasHead: (title: string | undefined) => string;
  readonly areasWithData: (count: number) => string;
  readonly areasMissing: (missing: number, total: number) => string;
  readonly areasNone: string;
  readonly areasHighlighted: (label: string, names: readonly string[]) => string;
  /** The note under such a map for rows that name no area of the file. */
  readonly notOnShapes: (list: string) => string;
  /** Drawn under a world map (the signal `lnob_disclaimer`): the boundaries imply no endorsement. */
  readonly mapDisclaimer?: string;
  /**
   * Drawn instead of `mapDisclaimer` on a phone (the signal `lnob_disclaimer_short`), where the full text would be
   * nearly as tall as the map; the full text stays in the line's tooltip and the chart's summary.
   */
  readonly mapDisclaimerShort?: string;
  /** Drawn under a world map (the signal `lnob_attribution`): where its boundaries come from. */
  readonly mapAttribution?: string;
}

export const english: MapWords = {
  noData: 'No data',
  areasHead: (title) => (title ? `Map: ${title}.` : 'Map.'),
  areasWithData: (count) => `${count} ${count === 1 ? 'area' : 'areas'} with data.`,
  areasMissing: (missing, total) => `${missing} of the ${total} areas on the map ${missing === 1 ? 'has' : 'have'} no data.`,
  areasNone: 'No values to show.',
  areasHighlighted: (label, names) => (names.length ? `${label}: ${names.length} ${names.length === 1 ? 'area' : 'areas'} — ${names.join(', ')}.` : 'No areas highlighted.'),
  notOnShapes: (list) => `Not on the map (no area by that name in the boundaries file): ${list}.`,
  mapDisclaimer:
    'The boundaries and names shown and the designations used on this map do not imply official endorsement or ' +
    'acceptance by the makers of this chart or its data sources.',
  mapAttribution: 'Map: Natural Earth (via world-atlas)',
  mapDisclaimerShort: 'Boundaries shown are not an endorsement.',
};

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends MapWords {}
}
