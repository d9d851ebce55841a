/**
 * The names small multiples give their fields, signals and marks: in a module of their own, so that code every chart
 * loads (the data points, the embed code) can name them without loading the panels' spec code (render/facet-spec.ts).
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
