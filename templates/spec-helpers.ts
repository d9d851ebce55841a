/**
 * Pieces every template's spec shares. Colours never appear in a spec as
 * literals: marks read them from `lnob_color_*` signals that the renderer sets
 * from the theme, so one compiled spec serves every theme.
 */
export const COLOR_SIGNALS = {
  lnob_color_text: '#1f2328',
  lnob_color_muted: '#59636e',
  lnob_color_background: '#ffffff',
  lnob_color_accent: '#1f6fb2',
  lnob_color_highlight: '#c2410c',
  lnob_color_deemphasis: '#b8c0c8',
  lnob_color_grid: '#e4e7eb',
  lnob_color_axis: '#59636e',
  /** Outline for marks filled with the accent, highlight or de-emphasis colour: the fill itself when it stands out from the background, else a darker (lighter on dark) variant that reaches 3:1. Use with `strokeWidth: {expr: 'lnob_stroke_width'}`. */
  lnob_color_accent_stroke: '#1f6fb2',
  lnob_color_highlight_stroke: '#c2410c',
  lnob_color_deemphasis_stroke: '#8a939d',
  /** The accent and highlight made readable as text (4.5:1; 7:1 in high-contrast). */
  lnob_color_accent_text: '#1f6fb2',
  lnob_color_highlight_text: '#c2410c',
} as const;

/** Widths the theme sets: mark outlines and lines (thicker in high-contrast). */
export const STROKE_SIGNALS = {
  lnob_stroke_width: 1,
  lnob_line_width: 2,
} as const;

/** Number display: a d3 format string and a unit suffix, both derived from the data. */
export const FORMAT_SIGNALS = {
  lnob_format: ',',
  lnob_unit: '',
  lnob_radius: 2,
} as const;

export type SignalName = keyof typeof COLOR_SIGNALS | keyof typeof FORMAT_SIGNALS | keyof typeof STROKE_SIGNALS;

/** Vega-Lite `params` declaring the shared signals plus a template's own, with neutral defaults. */
export function params(own: Record<string, unknown> = {}): { name: string; value: unknown }[] {
  return Object.entries({ ...COLOR_SIGNALS, ...FORMAT_SIGNALS, ...STROKE_SIGNALS, ...own }).map(([name, value]) => ({ name, value }));
}

/** The expression for a value with its unit, e.g. "70%" or "1,234". */
export const FORMATTED_VALUE = 'format(datum.value, lnob_format) + lnob_unit';

/** An expression that is true when `field` is one of the highlighted names (matched case-insensitively). */
export function isHighlighted(field: string): string {
  return `indexof(lnob_highlight, lower(trim(toString(datum[${JSON.stringify(field)}])))) >= 0`;
}

/** Width is set on the view from the container; height is by step unless the chart has a fixed height. */
export function size(fixedHeight: boolean, step: number): { width: number; height: number | { step: number } } {
  return { width: 320, height: fixedHeight ? 240 : { step } };
}

/** Axis settings that keep a chart legible at 320 px: few ticks, no domain line, labels that do not collide. */
export const QUANTITATIVE_AXIS = {
  title: null,
  domain: false,
  ticks: false,
  labelFlush: true,
  labelOverlap: true,
  tickCount: { signal: 'max(2, min(8, floor(width / 70)))' },
  gridColor: { expr: 'lnob_color_grid' },
} as const;

export const CATEGORY_AXIS = {
  title: null,
  domain: false,
  ticks: false,
  labelPadding: 6,
  labelLimit: { expr: 'max(80, width * 0.35)' },
} as const;
