/**
 * Pieces every template's spec shares. Colours never appear in a spec as
 * literals: marks read them from the `lnob_color_*` signals of
 * `core/signals.ts`, which the renderer sets from the theme.
 */
import { FORMAT_SIGNALS, THEME_SIGNALS } from '../core/signals.js';

/** Vega-Lite `params` declaring the shared signals (with the default theme's values) plus a template's own. */
export function params(own: Record<string, unknown> = {}): { name: string; value: unknown }[] {
  return Object.entries({ ...THEME_SIGNALS, ...FORMAT_SIGNALS, ...own }).map(([name, value]) => ({ name, value }));
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
