/**
 * Pieces every template's spec shares. Colours never appear in a spec as
 * literals: marks read them from the `lnob_color_*` signals of
 * `core/signals.ts`, which the renderer sets from the theme.
 */
import { FORMAT_SIGNALS, THEME_SIGNALS } from '../core/signals.js';
import type { Row } from '../data/table.js';
import { nameAxisLabels, nameFit } from './names-above.js';

/** Vega-Lite `params` declaring the shared signals (with the default theme's values) plus a template's own. */
export function params(own: Record<string, unknown> = {}): { name: string; value: unknown }[] {
  return Object.entries({ ...THEME_SIGNALS, ...FORMAT_SIGNALS, lnob_labels: {}, ...own }).map(([name, value]) => ({ name, value }));
}

/**
 * The expression for a number with its unit, e.g. "70%" or "1,234", isolated in a right-to-left chart so that
 * bidi reordering cannot split "20%" (the `lnob_isolate` signals, core/signals.ts).
 */
export function formatted(number: string): string {
  return `lnob_isolate + format(${number}, lnob_format) + lnob_unit + lnob_isolate_end`;
}

/** Drawn words as one isolated run in a right-to-left chart: "هدف 2030: 21%" reads right to left as a whole. */
export function isolated(text: string): string {
  return `lnob_isolate + (${text}) + lnob_isolate_end`;
}

/** The expression for a value with its unit, e.g. "70%" or "1,234". */
export const FORMATTED_VALUE = formatted('datum.value');

/** A difference of two values: in points for percentages ("13 points", in the chart's words `pointsWords`), else in the unit. */
export function formattedDifference(number: string, pointsWords: string): string {
  return `lnob_unit == '%' ? replace(${pointsWords}, '{v}', lnob_isolate + format(${number}, lnob_format) + lnob_isolate_end) : ${formatted(number)}`;
}

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

/**
 * Labels that stay distinct (rules in `labels.ts`): the spec picks each name's form from the `lnob_labels` signal
 * by the room it has. The rules load only for a chart with a name longer than the narrowest form (10 characters):
 * pages of short names never download them, and their names are their own labels.
 */
let rules: typeof import('./labels.js') | undefined;
/** Rough mean width of a character of a 12 px label (the label limit is wider, for wide letters). */
const CHAR_PX = 6.3;
/** Two-line forms of 10 × 1.3^i characters for i < TWO_LINE_FORMS, then one one-line form (see labels.ts). */
const TWO_LINE_FORMS = 7;

/** Loads the label rules if a cell of `rows` is longer than 10 characters (the chart plan awaits it before `signals`). */
export function prepareLabels(rows: readonly Row[]): Promise<void> | undefined {
  if (rules || !rows.some((row) => Object.values(row).some((v) => typeof v === 'string' && v.length > 10))) return undefined;
  return import('./labels.js').then((module) => void (rules = module));
}

/** The `lnob_labels` signal for these names: each name → its forms; empty when no name needs shortening. */
export function labelForms(values: Iterable<unknown>): Record<string, import('./labels.js').LabelForm[]> {
  return rules ? rules.labelForms(values) : {};
}

/** An expression for the form of `value` at form index `index` (the name itself when it has none). */
export function labelOf(value: string, index: string | number): string {
  return `(isArray(lnob_labels[${value}]) ? lnob_labels[${value}][${index}] : ${value})`;
}

/** Index of the one-line form for line ends (16 characters). */
export const LINE_END_FORM = TWO_LINE_FORMS;

/** Half the height of a line of a 12–14 px label: a two-line name moves up by it, so it is centred on its bar. */
const HALF_LINE = 7;

/** Axis or legend labels: the widest two-line form that fits `limit` px (a lengthier line is cut only as a last resort). */
export function categoryLabels(limit: string) {
  const form = labelOf('datum.value', `clamp(floor(log((${limit}) / ${10 * CHAR_PX}) / log(1.3)), 0, ${TWO_LINE_FORMS - 1})`);
  return {
    labelExpr: form,
    labelLimit: { expr: `(${limit}) * 1.3` },
  };
}

/**
 * A category axis's labels, with two-line names centred on their bar (Vega sets a name's first line where a
 * one-line name goes, so its second line would run into the next bar's name), or above their bars where the column
 * would shorten them (names-above.ts; the template declares `nameParams(limit)` with its names' column).
 */
export function categoryAxisLabels() {
  return nameAxisLabels((index) => labelOf('datum.value', index), HALF_LINE);
}

/** The names' column of bars and dots: a third of the width, at least 80 px. */
export const CATEGORY_LIMIT = 'max(80, width * 0.35)';

/** The category axis of bars and dots: names in two lines where they are long, never cut into look-alikes. */
export const CATEGORY_AXIS = {
  title: null,
  domain: false,
  ticks: false,
  ...categoryAxisLabels(),
} as const;

/** The label signals of a category axis: every name's forms (`others` too, e.g. a legend's), and what the names-above rule reads. */
export function categorySignals(categories: readonly unknown[], others: readonly unknown[] = []) {
  const lookup = labelForms([...categories, ...others]);
  const names = [...new Set(categories.map((v) => (v === null || v === undefined ? '' : String(v))))];
  return { lnob_labels: lookup, ...nameFit(names, lookup) };
}
