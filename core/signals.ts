/**
 * The signals every compiled chart reads, by name: the one list that the
 * templates declare (`params()` in `templates/spec-helpers.ts`) and the theme
 * sets (`themeToVega` in `themes/vega-config.ts`), so a name cannot be
 * declared on one side and missed on the other.
 *
 * Colours, widths and the radius never reach a spec as literals: marks read
 * them from these signals, which the renderer sets from the theme, so one
 * compiled spec serves every theme.
 */

/**
 * The signals a theme sets, with the default theme's values as the values a
 * spec declares (what a spec drawn without a theme shows, e.g. by plain Vega).
 * `test/themes/tokens.test.ts` checks they are exactly what the default theme gives.
 */
export const THEME_SIGNALS = {
  lnob_color_text: '#1f2328',
  lnob_color_muted: '#57606a',
  lnob_color_background: '#ffffff',
  lnob_color_accent: '#1f6fb2',
  lnob_color_highlight: '#c2410c',
  lnob_color_deemphasis: '#8d959e',
  lnob_color_grid: '#e4e7eb',
  lnob_color_axis: '#57606a',
  /** Outline for marks filled with the accent, highlight or de-emphasis colour: the fill itself when it stands out from the background, else a darker (lighter on dark) variant that reaches 3:1. Use with `strokeWidth: {expr: 'lnob_stroke_width'}`. */
  lnob_color_accent_stroke: '#1f6fb2',
  lnob_color_highlight_stroke: '#c2410c',
  lnob_color_deemphasis_stroke: '#8d959e',
  /** The accent and highlight made readable as text (4.5:1; 7:1 in high-contrast). */
  lnob_color_accent_text: '#1f6fb2',
  lnob_color_highlight_text: '#c2410c',
  /** Widths: mark outlines and lines (thicker in high-contrast). */
  lnob_stroke_width: 1,
  lnob_line_width: 2,
  /** Corner radius of bars and squares, px (`--lnob-radius`). */
  lnob_radius: 2,
  /** Size of the text drawn on marks, px (the theme's font size × 0.86): lines of labels are spaced by it. */
  lnob_text_size: 12,
} as const;

export type ThemeSignalName = keyof typeof THEME_SIGNALS;

/** What a theme gives for each of its signals: a colour for the colours, a number for the widths. */
export type ThemeSignals = { readonly [K in ThemeSignalName]: (typeof THEME_SIGNALS)[K] extends string ? string : number };

/** Number display, set from the data (not the theme): a d3 format string and a unit suffix. */
export const FORMAT_SIGNALS = {
  lnob_format: ',',
  lnob_unit: '',
  /** The top of a value scale: 100 for percentages that never pass 100 (a scale of shares stops at 100), else null. */
  lnob_value_max: null,
  /**
   * Put around every number with its unit and every name the chart draws: Unicode isolates (FSI … PDI) in a
   * right-to-left language, so bidi reordering cannot split "20%" from its number or a name from its digits; '' in others.
   */
  lnob_isolate: '',
  lnob_isolate_end: '',
} as const;
