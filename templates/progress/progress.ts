import type { Row } from '../../data/table.js';
import type { ChartTemplate, Options } from '../types.js';
import { MAX_END_LABELS, dodgeLabels, timeSignals } from '../line-labels.js';
import type { SummaryStrings } from '../../i18n/strings.js';
import { strings as en } from '../../i18n/en.js';
import { chromeNumberFormat } from '../../i18n/locale.js';
import type { SeriesVerdict } from './verdict.js';

/**
 * The verdict's maths (verdict.ts) loads with the chart's data, only on pages that draw a progress chart
 * (`load()`, which the chart plan awaits before the other hooks): most pages never need it.
 */
let verdictModule: typeof import('./verdict.js') | undefined;
let verdictLoading: Promise<void> | undefined;
function verdicts(): typeof import('./verdict.js') {
  if (!verdictModule) throw new Error('progress: load() must be awaited before its hooks are called');
  return verdictModule;
}
import { FORMATTED_VALUE, LINE_END_FORM, formattedDifference, isolated, labelForms, labelOf, params } from '../spec-helpers.js';
import { TIME_X, VALUE_Y, lineTooltip, seriesColor } from '../trend/trend.js';
import { BOUND_ROLES, LINE_BANDS } from '../uncertainty/index.js';

const HEIGHT = 260;
const LABEL_LIMIT = 130;
/** Pixels between two line-end labels of one line each. */
const LINE_GAP = 18; // a 12 px line of text and its leading: the verdict's lines never touch
/** LINE_GAP for the theme's text size (the high-contrast theme draws 14 px labels). */
const SCALED_GAP = `(${LINE_GAP} * lnob_text_size / 12)`;
/** Beyond this many lines the summary counts verdicts instead of describing each line. */
const MAX_DESCRIBED = 8;
/** The dataset of projections, target lines and verdicts (see progress-verdict.ts). */
export const PROGRESS_DATA = 'lnob_progress';

/** The verdict's colour: the highlight for off track, the accent for on track (as text colours); names in the text colour. */
const VERDICT_COLOUR =
  "datum.kind != 'verdict' ? lnob_color_text : datum.verdict == 'off track' ? lnob_color_highlight_text : datum.verdict == 'on track' ? lnob_color_accent_text : lnob_color_text";
const TARGET_BELOW = "(datum.below && scale('y', datum.value) < height - 16)";
const kind = (...kinds: string[]) => ({ filter: kinds.map((k) => `datum.kind == '${k}'`).join(' || ') });
const COMMON = [
  { calculate: "isValid(datum.series) ? datum.series : ''", as: 'series' },
  { calculate: 'true', as: 'lnob_on' },
  { calculate: FORMATTED_VALUE, as: 'lnob_label' },
  { calculate: 'utcFormat(datum.time, lnob_time_format)', as: 'lnob_when' },
  { calculate: "(lnob_one_series ? '' : datum.series + ', ') + datum.lnob_when + ': ' + datum.lnob_label", as: 'lnob_description' },
];

/** An indicator over time against its 2030 target, with the current trend projected and a plain verdict. */
export const progress: ChartTemplate = {
  id: 'progress',
  name: 'Progress to 2030',
  maxRows: 2_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Show whether an SDG indicator is on course for its 2030 target — for example the share of people below the ' +
    'national poverty line against the target of halving it. The chart draws the observed values, the target line, ' +
    'and the current trend projected to 2030 (dashed), and says "on track" or "off track", following the UN SDG ' +
    'progress assessment (compound annual growth since the baseline year). With a series column each line gets its ' +
    'own verdict. Without a target it is a plain line chart; to compare many places without a target, use trend.',
  roles: [
    { name: 'time', type: 'temporal', required: true, meaning: 'the year or date of each value' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the value of the indicator' },
    { name: 'series', type: 'nominal', required: false, meaning: 'the name of each line (place or group), when there are several' },
    ...BOUND_ROLES,
  ],
  uncertainty: LINE_BANDS, // lower-column, upper-column
  options: [
    { attribute: 'target', type: 'number', structural: false, description: 'The value to reach by the target year. Without `target` or `target-relative` there is no target line and no verdict.' },
    { attribute: 'target-relative', type: 'number', range: [0, 100], structural: false, description: 'A target relative to the baseline value: `0.5` means half the baseline (e.g. halve poverty).' },
    { attribute: 'target-year', type: 'number', default: 2030, range: [1000, 9999], integer: true, structural: false, description: 'The year of the target (default 2030).' },
    { attribute: 'target-label', type: 'string', structural: false, description: 'The label of the target line (default "2030 target").' },
    {
      attribute: 'direction',
      type: 'enum',
      values: ['increase', 'decrease'],
      structural: false,
      description: 'Which way is progress: `increase` or `decrease`. Default: from the target (below the baseline means decrease).',
    },
    { attribute: 'baseline-year', type: 'number', default: 2015, range: [1000, 9999], integer: true, structural: false, description: 'The baseline is the first value at or after this year (default 2015); the chart names the year used.' },
  ],

  spec(_options, { fixedHeight }) {
    const progressData = { name: PROGRESS_DATA };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      params: params({ lnob_time_format: '%Y', lnob_time_ticks: 5, lnob_label_gap: LINE_GAP, lnob_one_series: true }),
      width: 320,
      height: fixedHeight ? 240 : HEIGHT,
      encoding: { x: TIME_X },
      layer: [
        {
          data: { name: 'table' },
          transform: [{ filter: 'isValid(datum.time) && isValid(datum.value) && isFinite(datum.value)' }, ...COMMON],
          encoding: { y: VALUE_Y, color: seriesColor(), detail: { field: 'series', type: 'nominal' }, tooltip: lineTooltip() },
          layer: [
            { mark: { type: 'line', strokeWidth: { expr: 'lnob_line_width + 0.5' }, aria: false }, encoding: { order: { field: 'time', type: 'temporal' } } },
            { mark: { type: 'point', filled: true, size: 36, opacity: 1 }, encoding: { description: { field: 'lnob_description', type: 'nominal' } } },
          ],
        },
        {
          data: progressData,
          transform: [kind('target'), ...COMMON, { calculate: 'datum.own', as: 'lnob_own' }],
          mark: { type: 'line', strokeWidth: 1.5, aria: false },
          encoding: {
            y: VALUE_Y,
            detail: { field: 'series', type: 'nominal' },
            // One target: the text colour. Several (relative to each line's baseline): each in its line's colour.
            color: { condition: { test: '!datum.lnob_own', value: { expr: 'lnob_color_text' } }, field: 'series', type: 'nominal', scale: { range: 'category' }, legend: null },
            tooltip: [{ field: 'full', type: 'nominal', title: ' ' }, { field: 'lnob_label', type: 'nominal', title: '  ' }],
          },
        },
        {
          data: progressData,
          transform: [kind('projection'), ...COMMON],
          mark: { type: 'line', strokeWidth: { expr: 'lnob_line_width' }, strokeDash: [5, 4], aria: false },
          encoding: { y: VALUE_Y, color: seriesColor(), detail: { field: 'series', type: 'nominal' }, tooltip: lineTooltip() },
        },
        {
          // The target's label with its value, at the start of its line, on the side away from the data
          // (below the line when the data starts above it), so the projection never strikes it through.
          data: progressData,
          transform: [
            kind('target'),
            { filter: "datum.label != ''" },
            ...COMMON,
            { window: [{ op: 'row_number', as: 'lnob_rank' }], groupby: ['series'], sort: [{ field: 'time', order: 'ascending' }] },
            { filter: 'datum.lnob_rank == 1' },
            // "2030 target: 21%", on two lines where one would not fit (about 7 px a character).
            {
              calculate: `length(datum.label) * 7 + 60 < width ? ${isolated(`datum.label + ': ' + ${FORMATTED_VALUE}`)} : [${isolated("datum.label + ':'")}, ${FORMATTED_VALUE}]`,
              as: 'lnob_target_text',
            },
          ],
          // Below only where there is room above the time axis (read in the mark: this layer feeds the y scale).
          mark: {
            type: 'text',
            align: 'left',
            baseline: { expr: `${TARGET_BELOW} ? 'top' : 'bottom'` },
            dx: 2,
            dy: { expr: `${TARGET_BELOW} ? 4 : -4` },
            aria: false,
            limit: { expr: 'max(60, width - 4)' },
            fontWeight: 'bold',
            fill: { expr: 'lnob_color_text' },
          },
          encoding: { y: VALUE_Y, text: { field: 'lnob_target_text', type: 'nominal' }, tooltip: [{ field: 'full', type: 'nominal', title: ' ' }, { field: 'lnob_label', type: 'nominal', title: '  ' }] },
        },
        {
          // The latest value, written at its point on the side the line leaves empty (one line only).
          data: progressData,
          transform: [kind('latest'), ...COMMON],
          mark: {
            type: 'text',
            align: 'left',
            baseline: { expr: "datum.falling ? 'bottom' : 'top'" },
            dx: 3,
            dy: { expr: 'datum.falling ? -7 : 7' },
            fontWeight: 'bold',
            aria: false,
            fill: { expr: 'lnob_color_text' },
            // Only where it has room: away from the baseline's note and from the projected value at the target year.
            opacity: { expr: "abs(scale('x', datum.time) - scale('x', datum.baselineTime)) > 60 && scale('x', datum.targetTime) - scale('x', datum.time) > 50 ? 1 : 0" },
          },
          encoding: { y: VALUE_Y, text: { field: 'lnob_label', type: 'nominal' } },
        },
        {
          // Verdicts at the end of each projection, and names at the end of lines without one.
          data: progressData,
          transform: [
            kind('verdict', 'end'),
            ...COMMON,
            // With many lines, only the five highest and five lowest ends are named.
            { joinaggregate: [{ op: 'count', as: 'lnob_lines' }] },
            { window: [{ op: 'row_number', as: 'lnob_top' }], sort: [{ field: 'value', order: 'descending' }] },
            { window: [{ op: 'row_number', as: 'lnob_bottom' }], sort: [{ field: 'value', order: 'ascending' }] },
            { filter: `datum.lnob_lines <= ${MAX_END_LABELS} || datum.lnob_top <= 5 || datum.lnob_bottom <= 5` },
            // "Rural: off track" on two lines (name, then verdict), so the labels take less of a narrow chart's width;
            // names shortened as the chart's other labels are, never into look-alikes.
            { calculate: "lastindexof(datum.label, ': ')", as: 'lnob_cut' },
            {
              calculate: `datum.kind == 'verdict' && datum.lnob_cut > 0 ? [${labelOf('datum.series', LINE_END_FORM)}, substring(datum.label, datum.lnob_cut + 2)] : datum.kind == 'end' ? ${labelOf('datum.series', LINE_END_FORM)} : datum.label`,
              as: 'lnob_lines_text',
            },
            ...dodgeLabels('(lnob_label_gap * lnob_text_size / 12)'),
          ],
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            dx: 8,
            y: { expr: 'datum.lnob_ly' },
            limit: 2 * LABEL_LIMIT,
            aria: false,
            // The verdict in bold and in colour (the words carry it too): the highlight for off track, the accent for on track.
            fill: { expr: VERDICT_COLOUR },
            fontWeight: { expr: "datum.kind == 'verdict' ? 'bold' : 'normal'" },
          },
          encoding: { text: { field: 'lnob_lines_text', type: 'nominal' }, tooltip: [{ field: 'full', type: 'nominal', title: ' ' }] },
        },
        {
          // One line: the projected value above its verdict, and the shortfall under it.
          data: progressData,
          transform: [
            kind('verdict'),
            { filter: 'lnob_one_series' },
            ...COMMON,
            { calculate: `datum.projectedWords ? ${isolated(`replace(datum.projectedWords, '{v}', ${FORMATTED_VALUE})`)} : ''`, as: 'lnob_projected' },
            {
              calculate: `isValid(datum.shortfall) ? ${isolated(`replace(datum.shortfallWords, '{v}', ${formattedDifference('datum.shortfall', 'datum.pointsWords')})`)} : ''`,
              as: 'lnob_shortfall',
            },
            { fold: ['lnob_projected', 'lnob_shortfall'], as: ['lnob_which', 'lnob_text'] },
            { filter: "datum.lnob_text != ''" },
          ],
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            dx: 8,
            dy: { expr: `datum.lnob_which == 'lnob_projected' ? -${SCALED_GAP} : ${SCALED_GAP}` },
            limit: 2 * LABEL_LIMIT,
            aria: false,
            fill: { expr: "datum.lnob_which == 'lnob_projected' ? lnob_color_text : lnob_color_muted" },
          },
          encoding: { y: VALUE_Y, text: { field: 'lnob_text', type: 'nominal' } },
        },
        {
          // Which year the baseline is: a ring on its value and its year beside it.
          data: progressData,
          transform: [kind('baseline'), ...COMMON, { calculate: isolated('datum.label'), as: 'lnob_baseline_text' }],
          layer: [
            { mark: { type: 'point', filled: false, size: 110, strokeWidth: 1.5, stroke: { expr: 'lnob_color_text' }, aria: false }, encoding: { y: VALUE_Y } },
            {
              // Beside its ring, on the side the line leaves empty: above a falling line, below a rising one.
              mark: {
                type: 'text',
                align: 'left',
                baseline: { expr: "datum.falling ? 'bottom' : 'top'" },
                dx: 6,
                dy: { expr: 'datum.falling ? -7 : 7' },
                fill: { expr: 'lnob_color_muted' },
                aria: false,
              },
              encoding: { y: VALUE_Y, text: { field: 'lnob_baseline_text', type: 'nominal' } },
            },
          ],
        },
      ],
      config: { view: { stroke: null } },
    };
  },

  load() {
    verdictLoading ??= import('./verdict.js').then((module) => void (verdictModule = module));
    return verdictLoading;
  },
  signals(options: Options, rows: readonly Row[]) {
    const { progressSettings } = verdicts();
    const settings = progressSettings(options);
    const hasTarget = settings.target !== null || settings.targetRelative !== null;
    const times = rows.map((row) => row['time']).filter((t): t is Date => t instanceof Date);
    // Two-line verdict labels ("Rural" / "off track") need twice the room of one-line ones.
    const seriesCount = new Set(rows.map((row) => String(row['series'] ?? ''))).size;
    const lnob_label_gap = hasTarget && seriesCount > 1 ? 2 * LINE_GAP : LINE_GAP;
    // A projection or target past 100 needs the scale to go past it too (the plan stops percentages at 100).
    const drawn = verdicts().progressVerdicts(rows, settings).flatMap((v) => [v.target ?? 0, v.projected ?? 0]);
    return {
      ...(drawn.some((value) => value > 100) ? { lnob_value_max: null } : {}),
      ...timeSignals(times, hasTarget ? settings.targetYear : undefined),
      lnob_label_gap,
      lnob_one_series: seriesCount <= 1,
      lnob_labels: labelForms(rows.map((row) => row['series'])),
    };
  },

  datasets(rows: readonly Row[], options: Options, context) {
    const { progressRows, progressSettings, progressVerdicts } = verdicts();
    const settings = progressSettings(options);
    return { [PROGRESS_DATA]: progressRows(progressVerdicts(rows, settings), settings, rows, context?.strings) };
  },

  summary(rows, options, { format: formatData, title, strings, lang, decimals, formatTo }) {
    const words = strings ?? en.summary;
    const format = (value: number) => truthful(value, formatData, decimals ?? 0, formatTo);
    const { progressSettings, progressVerdicts } = verdicts();
    const settings = progressSettings(options);
    const latest = progressVerdicts(rows, settings).filter((v) => v.latest);
    if (latest.length === 0) return `${words.lineChart(title)} ${words.noValues}`;
    const several = latest.length > 1;
    if (latest.length > MAX_DESCRIBED) return `${words.lineChart(title, latest.length)} ${countVerdicts(latest, words)}`;
    const target = { label: verdicts().targetLabel(settings, strings), relative: settings.targetRelative, year: settings.targetYear };
    const sentences = latest.map((v) => describe(v, several, target, format, words, strings, lang));
    const noTarget = latest.every((v) => v.target === null) ? ` ${words.noTarget}` : '';
    return `${words.lineChart(title, several ? latest.length : undefined)} ${sentences.join(' ')}${noTarget}`;
  },
};

function describe(
  v: SeriesVerdict,
  several: boolean,
  target: { readonly label: string; readonly relative: number | null; readonly year: number },
  format: (value: number) => string,
  words: SummaryStrings,
  strings?: SummaryStrings,
  lang?: string,
): string {
  const latest = v.latest!;
  const verdict = verdicts().verdictWord(v.verdict, strings);
  let text = words.latestValue(several ? v.series || words.unnamed : null, format(latest.value), latest.year);
  if (v.target === null) return text;
  const baseline = v.baseline!;
  const { relative } = target;
  const times = relative === null ? '' : lang ? chromeNumberFormat(lang, decimalsUpTo3(relative))(relative) : String(relative);
  const of = relative !== null ? words.relativeTarget(relative, times, baseline.year, format(baseline.value)) : undefined;
  text += ` ${words.targetIs(capitalise(target.label), format(v.target), of)}`;
  if (v.verdict && v.projected !== null && v.rate !== null) {
    text += ` ${words.projection(baseline.year, v.baselineBefore, format(v.projected), target.year, verdict)}`;
  } else if (v.verdict) {
    text += ` ${words.reached(v.verdict === 'on track', latest.year, verdict)}`;
  } else if (v.reason) {
    text += ` ${words.noVerdict(reasonWords(v.reason, words))}`;
  }
  return text;
}

/** Decimals enough for any value a summary could meet (more is noise; Intl allows up to 20 everywhere). */
const MAX_DECIMALS = 20;

/**
 * A number written truthfully: with the data's decimals, unless they would round a value that is not zero to 0
 * (a projection of 0.0625 from whole numbers, a latest value of -0.004): then with enough decimals for one
 * significant digit ("0.06", "-0.004"), never "0" or "-0".
 */
export function truthful(value: number, format: (value: number) => string, decimals: number, formatTo?: (value: number, decimals: number) => string): string {
  if (!formatTo || value === 0 || !Number.isFinite(value) || Math.abs(value) * 10 ** decimals >= 0.5) return format(value);
  const needed = Math.min(MAX_DECIMALS, Math.max(decimals, -Math.floor(Math.log10(Math.abs(value)))));
  return needed > decimals ? formatTo(value, needed) : format(value);
}

/** The verdict module's English reason, in the summary's language. */
function reasonWords(reason: string, words: SummaryStrings): string {
  if (reason === en.summary.reasonNoValues) return words.reasonNoValues;
  if (reason === en.summary.reasonGrowth) return words.reasonGrowth;
  const since = /since (\d+)$/.exec(reason);
  if (since && reason === en.summary.reasonTwoYears(Number(since[1]))) return words.reasonTwoYears(Number(since[1]));
  return reason;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "3 on track (Urban, Peri-urban, Capital); 9 off track; 1 without a verdict." */
function countVerdicts(verdicts: readonly SeriesVerdict[], words: SummaryStrings): string {
  const on = verdicts.filter((v) => v.verdict === 'on track');
  const off = verdicts.filter((v) => v.verdict === 'off track').length;
  const none = verdicts.length - on.length - off;
  const names = on.slice(0, 10).map((v) => v.series || words.unnamed);
  return words.verdictCounts(on.length, names, on.length > names.length, off, none);
}

/** The decimals a multiplier needs (`2`, `1.5`, `0.25`), at most 3: as `toLocaleString` writes it. */
function decimalsUpTo3(value: number): number {
  return [0, 1, 2].find((decimals) => Math.abs(Math.round(value * 10 ** decimals) - value * 10 ** decimals) < 1e-9) ?? 3;
}
