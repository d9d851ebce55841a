/**
 * Vega-Lite mark styles that tell the kit's spec passes about a mark (a style reaches the compiled Vega mark as
 * its `style`), shared by the templates that set them and render/ that reads them.
 */

/**
 * A line that draws no values of its own, only the extent of others' (a band's edge, templates/uncertainty/draw.ts):
 * never one of the lines a screen reader is told about (render/accessible-spec.ts).
 */
export const NOT_DATA_STYLE = 'lnob-not-data';
