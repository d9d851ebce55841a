/**
 * The chart's data as a keyboard or screen-reader user walks it, from the
 * chart plan (rows, roles, options, the template's datasets, the language):
 * series of points, each with the words said when it is reached, and the
 * sentence that names each line. No DOM: the element finds the marks that
 * draw each point (components/lnob-chart/keyboard-navigation.ts), the
 * sonification plays the values (sonification.ts).
 */
import { englishStrings, type UiStrings } from '../i18n/index.js';
import type { A11yStrings } from '../i18n/strings.js';
import type { Row } from '../data/table.js';
import { intlFormatter } from './number-format.js';
import type { ChartTemplate, Options } from '../templates/types.js';
import { A11Y_LINES, A11Y_ROLES } from './accessible-spec.js';
import { annotationWords } from '../i18n/annotations.js';
import type { AnnotationPlan } from './annotations.js';
import { boundsOf } from '../templates/uncertainty/index.js';
import { PANEL_FIELD } from './facet-fields.js';

/** The parts of the chart plan (render/plan.ts) this module reads. */
export interface PointsPlan {
  readonly template: ChartTemplate;
  readonly rows: readonly Row[];
  readonly options: Options;
  readonly format: (value: number) => string;
  readonly unit: string;
  readonly lang: string | undefined;
  readonly strings: UiStrings;
  readonly summary: string;
  readonly text: { readonly title?: string | undefined };
  readonly decimals: number;
  /** The template's own signals: a unit it draws its values with (`lnob_unit`: the survey's %) wins over the data's. */
  readonly signals?: Readonly<Record<string, unknown>> | undefined;
  /** The template's own datasets (the progress projection and verdicts). */
  readonly datasets?: Readonly<Record<string, readonly object[]>> | undefined;
  /** Events and call-outs marked on the chart (render/annotations.ts): walked after the data, as a series of their own. */
  readonly annotations?: Pick<AnnotationPlan, 'placed' | 'said'> | undefined;
  /** The drawing's name when there is no title and the plan gives one (small multiples: render/facets.ts). */
  readonly name?: string | undefined;
  /** Small multiples (render/facets.ts): each panel's name and plan. */
  readonly panels?: readonly { readonly name: string; readonly plan: PointsPlan }[] | undefined;
}

export interface DataPoint {
  /** Role values that identify the drawn mark (`datum[role] === value`; times compare by instant). */
  readonly match: Readonly<Record<string, unknown>>;
  /** What the point is: its category, country, time or group. */
  readonly name: string;
  readonly value: number | null;
  /** The value's range (`lower-column`, `upper-column`), said after it: "42% (38–46%)". */
  readonly bounds?: { readonly lower: number; readonly upper: number } | undefined;
  /** Said after the name and value (a row's other groups and gap; a projection's target and verdict). */
  readonly extra?: string | undefined;
  /** A point that is not data but the template's reading of it (the projection): not ranked, not in the contour. */
  readonly projected?: boolean;
}

export interface DataSeries {
  /** '' when the chart has one series. */
  readonly name: string;
  readonly points: readonly DataPoint[];
}

export interface DataPoints {
  readonly series: readonly DataSeries[];
  /**
   * Which way the points of a series run on screen: along `x` (time: Left and Right move between points, Up and Down
   * between series) or along `y` (bars and rows: Up and Down move between points, Left and Right between groups).
   */
  readonly along: 'x' | 'y';
  /** Points are in value order, and typing a letter jumps by name (a map). */
  readonly byValue: boolean;
  /** A value the chart marks with a line (the progress target, a ranked-bar `reference`): a tick when listening. */
  readonly reference?: number | null;
}

/** The kit's words for keyboard and screen-reader users in the plan's language (English for a language without them). */
export function a11yWords(strings: UiStrings): A11yStrings {
  return strings.a11y ?? englishStrings.a11y!;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value));
const numeric = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const hasRole = (plan: PointsPlan, role: string) => plan.template.roles.some((r) => r.name === role);

/** Whether the keys walk the points by value (a map's countries, where a letter finds a name), without walking them. */
export const walksByValue = (plan: PointsPlan): boolean => !hasRole(plan, 'time') && hasRole(plan, 'geo');

/** Numbers as the drawing writes them: with the template's own unit when it sets one (the survey's %). */
function drawn(plan: PointsPlan): PointsPlan {
  const unit = plan.signals?.['lnob_unit'];
  if (typeof unit !== 'string' || unit === plan.unit) return plan;
  return { ...plan, unit, format: intlFormatter(plan.lang, plan.decimals, unit) };
}

/** The chart's data points, grouped and ordered as the template draws them. */
export function dataPoints(source: PointsPlan): DataPoints {
  if (source.panels?.length) return panelPoints(source.panels);
  const plan = drawn(source);
  const points = walk(plan);
  return { ...points, series: [...points.series, ...annotationSeries(plan)], reference: referenceOf(plan) };
}

/** The annotations as one more series: each reached by its drawn label (`lnob_annotation`), said as written. */
function annotationSeries(plan: PointsPlan): DataSeries[] {
  const { placed = [], said = [] } = plan.annotations ?? {};
  if (!placed.length) return [];
  const points = placed.map((item, i) => ({ match: { lnob_annotation: item.index }, name: said[i] ?? item.text, value: null }));
  return [{ name: annotationWords(plan.strings.lang ?? plan.lang).series, points }];
}

/**
 * Small multiples: every panel's points in turn, the panel named where it is reached ("Kenya, Rural, 2015" along
 * a time axis; "East: Kenya" for bars), and each point matched to its own panel's mark.
 */
function panelPoints(panels: NonNullable<PointsPlan['panels']>): DataPoints {
  const each = panels.map(({ name, plan }) => ({ panel: name, points: dataPoints(plan) }));
  const { along, byValue, reference } = each[0]!.points;
  const series = each.flatMap(({ panel, points }) =>
    points.series.map((line) => ({
      name: along === 'x' ? [panel, line.name].filter(Boolean).join(', ') : line.name ? `${panel}: ${line.name}` : panel,
      points: line.points.map((point) => ({ ...point, name: along === 'x' ? point.name : `${panel}: ${point.name}`, match: { ...point.match, [PANEL_FIELD]: panel } })),
    })),
  );
  return { series, along, byValue, reference: reference ?? null };
}

/** The target of a progress chart (the first, when each line has its own), else a `reference` option. */
function referenceOf(plan: PointsPlan): number | null {
  const progress = (plan.datasets?.['lnob_progress'] ?? []) as readonly { kind: string; value: number }[];
  const target = progress.find((row) => row.kind === 'target')?.value;
  return numeric(target) ?? numeric(plan.options['reference']);
}

function walk(plan: PointsPlan): DataPoints {
  if (hasRole(plan, 'time')) return timeSeries(plan);
  if (hasRole(plan, 'geo')) return countries(plan);
  if (hasRole(plan, 'group')) return groupedRows(plan);
  const points = plan.rows
    .filter((row) => numeric(row['value']) !== null)
    .map((row) => ({ match: { category: row['category'] }, name: text(row['category']), value: numeric(row['value']), bounds: boundsOf(row) }));
  return { series: [{ name: '', points }], along: 'y', byValue: false };
}

function timeSeries(plan: PointsPlan): DataPoints {
  const when = whenFormatter(plan);
  const bySeries = new Map<string, Row[]>();
  // A chart of lines without a `series` role draws one line per category (slope); it may leave rows out (its middle years).
  const line = hasRole(plan, 'series') ? 'series' : 'category';
  for (const row of plan.template.drawnRows?.(plan.rows, plan.options) ?? plan.rows) {
    if (!(row['time'] instanceof Date) || numeric(row['value']) === null) continue;
    const name = text(row[line]);
    bySeries.set(name, [...(bySeries.get(name) ?? []), row]);
  }
  const progress = (plan.datasets?.['lnob_progress'] ?? []) as readonly { kind: string; series: string; time: Date; value: number; full?: string; label?: string }[];
  const words = a11yWords(plan.strings);
  const series = [...bySeries].map(([name, rows]) => {
    const points: DataPoint[] = [...rows]
      .sort((a, b) => +(a['time'] as Date) - +(b['time'] as Date))
      .map((row) => ({ match: { time: row['time'], ...(name ? { [line]: name } : {}) }, name: when(row['time'] as Date), value: numeric(row['value']), bounds: boundsOf(row) }));
    // A progress chart reads its observed values, then where they lead and the verdict.
    const own = progress.filter((row) => (row.series ?? '') === name);
    const end = own.filter((row) => row.kind === 'projection').at(-1) ?? own.find((row) => row.kind === 'verdict');
    if (end) {
      const target = own.find((row) => row.kind === 'target') ?? progress.find((row) => row.kind === 'target' && !row.series);
      const verdict = own.find((row) => row.kind === 'verdict');
      const extra = [target ? words.target(plan.format(target.value)) : '', verdict ? (verdict.full ?? verdict.label ?? '') : ''].filter(Boolean).join('; ');
      points.push({ match: { kind: end.kind, time: end.time }, name: words.projected(when(end.time), plan.format(end.value)), value: end.value, extra, projected: true });
    }
    return { name, points };
  });
  return { series, along: 'x', byValue: false };
}

function countries(plan: PointsPlan): DataPoints {
  const points = plan.rows
    .map((row) => ({ match: { geo: row['geo'] }, name: text(row['geo']), value: numeric(row['value']) }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return { series: [{ name: '', points }], along: 'y', byValue: true };
}

/** Rows of groups (disaggregation, stacked): one series per group, one point per category, each row read whole. */
function groupedRows(plan: PointsPlan): DataPoints {
  const words = a11yWords(plan.strings);
  const groups = [...new Set(plan.rows.map((row) => text(row['group'])))];
  const categories = [...new Set(plan.rows.map((row) => text(row['category'])))];
  const cell = new Map(plan.rows.map((row) => [`${text(row['category'])}\u0000${text(row['group'])}`, numeric(row['value'])]));
  const ranges = new Map(plan.rows.map((row) => [`${text(row['category'])}\u0000${text(row['group'])}`, boundsOf(row)]));
  const series = groups.map((group) => ({
    name: group,
    points: categories
      .filter((category) => cell.get(`${category}\u0000${group}`) != null)
      .map((category) => {
        const others = groups.filter((g) => g !== group && cell.get(`${category}\u0000${g}`) != null);
        const values = groups.map((g) => cell.get(`${category}\u0000${g}`)).filter((v): v is number => v != null);
        const gap = values.length === 2 && plan.template.id === 'disaggregation' ? Math.abs(values[0]! - values[1]!) : null;
        const extra = [...others.map((g) => `${g}: ${plan.format(cell.get(`${category}\u0000${g}`)!)}`), gap !== null ? words.gap(amount(plan, gap)) : '']
          .filter(Boolean)
          .join('; ');
        return { match: { category, group }, name: `${category}, ${group}`, value: cell.get(`${category}\u0000${group}`)!, extra, bounds: ranges.get(`${category}\u0000${group}`) };
      }),
  }));
  return { series, along: 'y', byValue: false };
}

/** " (38–46%)": a value's range as the chart writes numbers (the unit once, after the upper bound); "" without one. */
export function rangeText(plan: Pick<PointsPlan, 'lang' | 'decimals' | 'format'>, bounds: DataPoint['bounds']): string {
  return bounds ? ` (${intlFormatter(plan.lang, plan.decimals, '')(bounds.lower)}–${plan.format(bounds.upper)})` : '';
}

/** A difference in the chart's unit: percentage points for percentages. */
function amount(plan: PointsPlan, difference: number): string {
  if (plan.unit.trim() === '%') return plan.strings.summary.percentagePoints(intlFormatter(plan.lang, plan.decimals, '')(difference));
  return plan.format(difference);
}

/** A time as the chart writes it: the year when every value is on 1 January, else month and year, else the day. */
export function whenFormatter(plan: Pick<PointsPlan, 'rows' | 'lang'>): (time: Date) => string {
  const times = plan.rows.map((row) => row['time']).filter((t): t is Date => t instanceof Date);
  const yearly = times.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  const monthly = times.every((t) => t.getUTCDate() === 1);
  if (yearly) return (time) => String(time.getUTCFullYear());
  const options: Intl.DateTimeFormatOptions = monthly ? { year: 'numeric', month: 'short' } : { dateStyle: 'medium' };
  // Made when first used, not before the chart is drawn: a page's first Intl formatter costs ~25 ms (issue 21).
  let formatter: Intl.DateTimeFormat | undefined;
  const make = (): Intl.DateTimeFormat => {
    try {
      return new Intl.DateTimeFormat(plan.lang ?? 'en', { ...options, timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
  };
  return (time) => (formatter ??= make()).format(time);
}

/** What is said when a point is reached: "North West, 70.0%, 1 of 12, highest". */
export function announcement(source: PointsPlan, points: DataPoints, seriesIndex: number, pointIndex: number): string {
  const plan = drawn(source);
  const words = a11yWords(plan.strings);
  const series = points.series[seriesIndex];
  const point = series?.points[pointIndex];
  if (!series || !point) return '';
  const observed = series.points.filter((p) => !p.projected && p.value !== null);
  const values = observed.map((p) => p.value!);
  const extreme =
    point.projected || point.value === null || values.length < 2
      ? ''
      : point.value === Math.max(...values)
        ? words.highest
        : point.value === Math.min(...values)
          ? words.lowest
          : '';
  const lead = points.along === 'x' && points.series.length > 1 && series.name ? `${series.name}, ` : ''; // which line
  const parts = point.projected
    ? [`${lead}${point.name}`, point.extra]
    : [`${lead}${point.name}`, point.value === null ? '' : `${plan.format(point.value)}${rangeText(plan, point.bounds)}`, words.position(pointIndex + 1, series.points.length), extreme, point.extra];
  return parts.filter(Boolean).join(', ');
}

/**
 * One sentence per line of a time chart (start, end, change, lowest and highest), keyed by series name. `panel`: the
 * small multiple the lines are drawn in (render/facets.ts), named first as the keyboard names it ("North, Rural").
 */
export function lineDescriptions(source: PointsPlan, panel?: string): Record<string, string> {
  if (!hasRole(source, 'time')) return {};
  const plan = drawn(source);
  const words = a11yWords(plan.strings);
  const points = timeSeries({ ...plan, datasets: undefined });
  const out: Record<string, string> = {};
  for (const series of points.series) {
    const observed = series.points.filter((p): p is DataPoint & { value: number } => p.value !== null);
    if (observed.length < 2) continue;
    const first = observed[0]!;
    const last = observed.at(-1)!;
    const low = observed.reduce((a, b) => (b.value < a.value ? b : a));
    const high = observed.reduce((a, b) => (b.value > a.value ? b : a));
    const at = (p: DataPoint & { value: number }) => words.at(plan.format(p.value), p.name);
    const difference = last.value - first.value;
    const change = difference === 0 ? words.unchanged : difference > 0 ? words.up(amount(plan, difference)) : words.down(amount(plan, -difference));
    const name = (panel ? [panel, series.name].filter(Boolean).join(', ') : series.name) || plan.text.title || plan.template.name;
    out[series.name] = words.line(name, at(first), at(last), change, at(low), at(high));
  }
  return out;
}

/** Signals the accessible spec declares (render/accessible-spec.ts): each line's sentence, each mark type's word. */
export function accessibilitySignals(plan: PointsPlan): Record<string, unknown> {
  // Small multiples: each panel's sentences under its name, so a line says its own panel's values (render/facet-spec.ts).
  const lines = plan.panels?.length ? Object.fromEntries(plan.panels.map(({ name, plan: panel }) => [name, lineDescriptions(panel, name)])) : lineDescriptions(plan);
  return { [A11Y_LINES]: lines, [A11Y_ROLES]: a11yWords(plan.strings).marks };
}

/**
 * The drawing's accessible name: the title, else what the summary says first ("Line chart, 3 lines, 2005–2023."),
 * with its next sentence when the first alone names no more than the kind of chart ("World map."): never only the
 * template's generic name.
 */
export function drawingName(plan: Pick<PointsPlan, 'text' | 'summary' | 'template'> & Partial<Pick<PointsPlan, 'name'>>): string {
  if (plan.text.title) return plan.text.title;
  if (plan.name) return plan.name;
  const sentences = sentencesOf(plan.summary);
  const first = sentences[0]?.trim() ?? '';
  const name = first.split(/\s+/).length <= 3 && sentences[1] ? `${first} ${sentences[1].trim()}` : first;
  return name || plan.template.name;
}


/** The summary's sentences (not cut at "46.2"). */
export const sentencesOf = (text: string): string[] => text.trim().match(/\S.*?[.!?。؟](?=\s|$)|\S.*$/gsu) ?? [];
