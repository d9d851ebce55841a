/**
 * "No data" on a map is hatched, as Our World in Data draws it, so it is never mistaken for the lightest shade
 * of the colour scale, in any theme and in greyscale. Vega cannot fill a shape with a pattern, so the map draws
 * diagonal lines across the whole view, under the countries, clipped to the shapes that have no value (the
 * dataset `lnob_nodata`, which the map's `datasets()` fills); those shapes are drawn without fill on top, so the
 * lines show through and the shapes keep their outlines, tooltips and names. A clip path is plain SVG: it
 * survives the SVG and PNG exports, the share images and the command line.
 */

/** The mark style render/mirror-spec.ts leaves as drawn in a right-to-left chart (`KEEP_X_STYLE`: templates cannot import render/). */
export const KEEP_X = 'lnob-keep-x';

/** The shapes drawn without a value, as GeoJSON features (fresh copies: Vega writes onto the objects it is given). */
export const NODATA_DATASET = 'lnob_nodata';

/** Horizontal distance between two hatch lines, in pixels (about 4 px between the lines, which run at 45°). */
const SPACING = 6;

/** The hatch lines: one row per line, only when some shape has no value, clipped to those shapes. */
export const NODATA_HATCH = {
  data: { name: NODATA_DATASET },
  transform: [
    { aggregate: [{ op: 'count' as const, as: 'lnob_nodata_count' }] },
    { filter: 'datum.lnob_nodata_count > 0' },
    { calculate: `sequence(0, ceil((width + height) / ${SPACING}) + 1)`, as: 'lnob_hatch' },
    { flatten: ['lnob_hatch'] },
    { calculate: `datum.lnob_hatch * ${SPACING} - height`, as: 'lnob_hatch_x' },
    { calculate: 'datum.lnob_hatch_x + height', as: 'lnob_hatch_x2' },
    { calculate: 'height', as: 'lnob_hatch_y' },
    { calculate: '0', as: 'lnob_hatch_y2' },
  ],
  mark: {
    type: 'rule' as const,
    style: ['rule', KEEP_X], // the same 45° in every language: a map is not mirrored
    clip: { expr: `geoShape('projection', {type: 'FeatureCollection', features: data('${NODATA_DATASET}')})` },
    stroke: { expr: 'lnob_color_deemphasis_stroke' },
    strokeWidth: 1,
    aria: false,
  },
  // In pixels (no scale): each line rises at 45° from the bottom edge, one every SPACING px, across the whole view.
  encoding: {
    x: { field: 'lnob_hatch_x', type: 'quantitative' as const, scale: null },
    x2: { field: 'lnob_hatch_x2' },
    y: { field: 'lnob_hatch_y', type: 'quantitative' as const, scale: null },
    y2: { field: 'lnob_hatch_y2' },
  },
};

/** The legend's "no data" key: a square with the same diagonal lines (a symbol path in Vega's −1…1 box). */
export const HATCHED_SQUARE = 'M-1,-1H1V1H-1Z M-1,0L0,-1 M-1,1L1,-1 M0,1L1,0';

/** The features of the shapes without a value (none on a map of highlighted places, which has no "no data"). */
export function nodataFeatures<T extends object>(features: readonly T[], hasValue: (feature: T) => boolean, valueMode: boolean): T[] {
  return valueMode ? features.filter((feature) => !hasValue(feature)).map((feature) => ({ ...feature })) : [];
}
