import type { Transform } from 'vega-lite/types_unstable/transform.js';
import type { Row } from '../../data/table.js';
import type { ChartTemplate, Options } from '../types.js';
import { END_LABEL_DX, LABEL_GAP, MAX_END_LABELS, TIME_AXIS, dodgeLabels, leaderLines, timeSignals } from '../line-labels.js';
import { FORMATTED_VALUE, LINE_END_FORM, QUANTITATIVE_AXIS, categoryLabels, isHighlighted, labelForms, labelOf, params } from '../spec-helpers.js';
import type { SummaryStrings } from '../../i18n/strings.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import { strings as en } from '../../i18n/en.js';
import { BOUND_ROLES, LINE_BANDS } from '../uncertainty/index.js';

const HEIGHT = 260;
/** Line-end labels are cut at this width (the full name is in the tooltip). */
const LABEL_LIMIT = 140;

export const TIME_X = { field: 'time', type: 'temporal', scale: { type: 'utc' }, axis: { ...TIME_AXIS, labelColor: { expr: 'lnob_color_muted' } } } as const;
/** Value axis whose tick labels carry the unit ("40%"). */
export const VALUE_AXIS = {
  ...QUANTITATIVE_AXIS,
  labelColor: { expr: 'lnob_color_muted' },
  // Trimmed significant digits: a one-value domain gives "52", not "52.000000".
  labelExpr: "lnob_isolate + format(datum.value, ',~r') + lnob_unit + lnob_isolate_end",
} as const;

/** A legend along the top in two columns; long names shortened, never into look-alikes (full names in tooltips). */
export const TOP_LEGEND = {
  orient: 'top',
  title: null,
  direction: 'horizontal',
  columns: 2,
  ...categoryLabels('max(60, width / 2 - 30)'),
} as const;
/** The value scale: it stops at 100 for percentages that do (`lnob_value_max`). */
export const VALUE_Y = {
  field: 'value',
  type: 'quantitative',
  // `nice` said again: Vega-Lite turns it off when a domain end is given, and the end is often null.
  scale: { domainMax: { expr: 'lnob_value_max' }, nice: true },
  // Gridlines by the height, not the width: about one every 50 px (five on a 260 px chart, not 13 at 800 px wide).
  axis: { ...VALUE_AXIS, tickCount: { signal: 'max(2, min(6, floor(height / 50)))' } },
} as const;
/** Tooltip fields without titles: the series name, the formatted date and the value with its unit. */
export function lineTooltip() {
  return [
    { field: 'series', type: 'nominal' as const, title: ' ' },
    { field: 'lnob_when', type: 'nominal' as const, title: '  ' },
    { field: 'lnob_label', type: 'nominal' as const, title: '   ' },
  ];
}

/** Several lines over time, named at their ends instead of in a legend; one or more can be highlighted. */
export const trend: ChartTemplate = {
  id: 'trend',
  name: 'Trend lines',
  maxRows: 20_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Show how a number changed over time for several places or groups — for example the poverty rate of rural and ' +
    'urban areas since 2000 — and which one changed most. Each line is named at its end, so readers need no legend; ' +
    'highlight the line your story is about and the others step back. For one indicator against its 2030 target use ' +
    'progress instead; for a single year use ranked-bar.',
  roles: [
    { name: 'time', type: 'temporal', required: true, meaning: 'the year or date of each value' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each year' },
    { name: 'series', type: 'nominal', required: true, meaning: 'the name of each line (place or group)' },
    ...BOUND_ROLES,
  ],
  uncertainty: LINE_BANDS, // lower-column, upper-column
  words: english,
  options: [
    { attribute: 'highlight', type: 'list', structural: false, description: 'Names of the lines to highlight, separated by `;`. The others are drawn in grey.' },
  ],

  spec(_options, { fixedHeight }) {
    // The lines' end labels, named and kept apart (line-labels.ts).
    const endLabels: Transform[] = [
        ...lastPerSeries(),
        // With many lines, name only the highlighted ones, or else the five highest and five lowest.
        { joinaggregate: [{ op: 'count', as: 'lnob_lines' }] },
        { window: [{ op: 'row_number', as: 'lnob_top' }], sort: [{ field: 'value', order: 'descending' }] },
        { window: [{ op: 'row_number', as: 'lnob_bottom' }], sort: [{ field: 'value', order: 'ascending' }] },
        {
          filter: `datum.lnob_lines <= ${MAX_END_LABELS} || (length(lnob_highlight) > 0 ? datum.lnob_on : datum.lnob_top <= 5 || datum.lnob_bottom <= 5)`,
        },
        { calculate: `${labelOf('datum.series', LINE_END_FORM)} + '  ' + datum.lnob_label`, as: 'lnob_end' },
        ...dodgeLabels(LABEL_GAP),
    ];
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { name: 'table' },
      params: params({ lnob_highlight: [], lnob_time_format: '%Y', lnob_time_ticks: 5 }),
      width: 320,
      height: fixedHeight ? 240 : HEIGHT,
      transform: [
        { filter: 'isValid(datum.time) && isValid(datum.value) && isFinite(datum.value)' },
        { calculate: "isValid(datum.series) ? datum.series : ''", as: 'series' },
        { calculate: FORMATTED_VALUE, as: 'lnob_label' },
        { calculate: 'utcFormat(datum.time, lnob_time_format)', as: 'lnob_when' },
        { calculate: "datum.series + ', ' + datum.lnob_when + ': ' + datum.lnob_label", as: 'lnob_description' },
        { calculate: `length(lnob_highlight) == 0 || ${isHighlighted('series')}`, as: 'lnob_on' },
      ],
      // The labels' layer has no y encoding: its positions read the y scale, so it must not feed it.
      encoding: { x: TIME_X },
      layer: [
        {
          mark: { type: 'line', strokeWidth: { expr: 'lnob_line_width + 0.5' }, interpolate: 'linear', aria: false },
          encoding: {
            y: VALUE_Y,
            tooltip: lineTooltip(),
            detail: { field: 'series', type: 'nominal' },
            color: seriesColor(),
            order: { field: 'time', type: 'temporal' },
          },
        },
        {
          // A dot at the end of each line (and the only mark of a one-point series).
          transform: lastPerSeries(),
          mark: { type: 'point', filled: true, size: 40, opacity: 1 },
          encoding: { y: VALUE_Y, tooltip: lineTooltip(), color: seriesColor(), description: { field: 'lnob_description', type: 'nominal' } },
        },
        leaderLines(endLabels),
        {
          transform: endLabels,
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            dx: END_LABEL_DX,
            y: { expr: 'datum.lnob_ly' },
            limit: LABEL_LIMIT,
            aria: false,
            fill: { expr: 'datum.lnob_on ? lnob_color_text : lnob_color_muted' },
            fontWeight: { expr: "datum.lnob_on && length(lnob_highlight) > 0 ? 'bold' : 'normal'" },
          },
          encoding: { text: { field: 'lnob_end', type: 'nominal' }, tooltip: lineTooltip() },
        },
      ],
      config: { view: { stroke: null } },
    };
  },

  signals(options: Options, rows: readonly Row[]) {
    // Names that match no line are dropped, so a misspelt highlight does not grey out every line.
    const highlight = ((options['highlight'] as readonly string[] | null) ?? []).map((name) => name.trim().toLocaleLowerCase('en'));
    const names = highlight.length ? new Set(rows.map((row) => String(row['series'] ?? '').trim().toLocaleLowerCase('en'))) : undefined;
    return {
      lnob_highlight: highlight.filter((name) => names?.has(name)),
      lnob_labels: labelForms(rows.map((row) => row['series'])),
      ...timeSignals(rows.map((row) => row['time']).filter((t): t is Date => t instanceof Date)),
    };
  },

  summary(rows, _options, { format, title, strings = en.summary }) {
    const changes = seriesChanges(rows);
    if (changes.length === 0) return `${strings.lineChart(title)} ${strings.noValues}`;
    const measurable = changes.filter((c) => c.last.year !== c.first.year);
    const words = wordsIn(english, strings);
    if (measurable.length === 0) return `${strings.lineChart(title, changes.length)} ${words.oneYearOnly}`;
    const most = [...measurable].sort((a, b) => Math.abs(b.change) - Math.abs(a.change))[0]!;
    const several = measurable.length > 1;
    const what =
      most.change === 0
        ? words.lineSteady(most.series, format(most.last.value), several)
        : words.lineChange(most.series, most.change > 0, change(format, Math.abs(most.change), strings), format(most.first.value), format(most.last.value), several);
    return `${strings.lineChart(title, changes.length, most.first.year, most.last.year)} ${what}`;
  },
};

/** A change in a value's unit; percentages change by percentage points (in the summary's language, English by default). */
export function change(format: (value: number) => string, amount: number, strings: SummaryStrings = en.summary): string {
  const text = format(amount);
  return text.endsWith('%') ? strings.percentagePoints(text.slice(0, -1).trimEnd()) : text;
}

/** First and last valid value of each series, in order of first appearance. */
export function seriesChanges(rows: readonly Row[]) {
  const bySeries = new Map<string, { year: number; time: number; value: number }[]>();
  for (const row of rows) {
    const time = row['time'];
    const value = row['value'];
    if (!(time instanceof Date) || typeof value !== 'number' || !Number.isFinite(value)) continue;
    const series = row['series'] === null || row['series'] === undefined ? '' : String(row['series']);
    if (!bySeries.has(series)) bySeries.set(series, []);
    bySeries.get(series)!.push({ year: time.getUTCFullYear(), time: time.getTime(), value });
  }
  return [...bySeries].map(([series, points]) => {
    const sorted = points.sort((a, b) => a.time - b.time);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    return { series, first, last, change: last.value - first.value };
  });
}

/** The latest point of each series. */
export function lastPerSeries() {
  return [
    { window: [{ op: 'row_number' as const, as: 'lnob_rank' }], groupby: ['series'], sort: [{ field: 'time', order: 'descending' as const }] },
    { filter: 'datum.lnob_rank == 1' },
  ];
}

/** Series colours from the theme's `category` range; grey for lines that are not highlighted. */
export function seriesColor() {
  return {
    condition: { test: '!datum.lnob_on', value: { expr: 'lnob_color_deemphasis' } },
    field: 'series',
    type: 'nominal' as const,
    scale: { range: 'category' as const },
    legend: null,
  };
}
