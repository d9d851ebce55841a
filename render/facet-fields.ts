/**
 * The names small multiples give their fields, signals and marks, and how many columns of panels fit a width: in a
 * module of their own, so that code every chart loads (the data points, the element's resize) can use them without
 * loading the panels' code (render/facets.ts, render/facet-spec.ts).
 */
export const PANEL_FIELD = 'lnob_panel';
export const PANEL_INDEX_FIELD = 'lnob_panel_index';
/** The panel's one line under its name (a verdict, a key fact): text, never markup. */
export const PANEL_LINE_FIELD = 'lnob_panel_line';
/** Which of the template's datasets a row belongs to (absent: the table). */
export const DATASET_FIELD = 'lnob_dataset';
export const COLUMNS_SIGNAL = 'lnob_facet_columns';
export const PANEL_WIDTH = 'lnob_panel_w';
export const ALL_ROWS = 'lnob_facet_rows';
/** The panels' group mark. */
export const PANEL_MARK = 'lnob_panel';

/** Below this width, one panel a row (a phone); above, a panel needs at least PANEL_MIN px. */
export const ONE_COLUMN_BELOW = 480;
export const PANEL_MIN = 240;
const MAX_COLUMNS = 4;

/** How many columns of panels fit a width: 1 on a phone, else 2–4 of at least PANEL_MIN px, balanced over the rows. */
export function facetColumns(width: number, panels: number): number {
  if (panels <= 1 || width < ONE_COLUMN_BELOW) return 1;
  const fit = Math.max(2, Math.min(MAX_COLUMNS, Math.floor(width / PANEL_MIN)));
  const rows = Math.ceil(panels / fit);
  return Math.ceil(panels / rows);
}
