import type { TopLevelSpec } from 'vega-lite';
import type { Row } from '../../data/table.js';
import { fail } from '../../i18n/errors/core.en.js';
import { listing } from '../../core/lists.js';
import { strings as en } from '../../i18n/en.js';
import type { ChartTemplate, Options } from '../types.js';
import { MAX_END_LABELS, dodgeLabels, timeSignals } from '../line-labels.js';
import { FORMATTED_VALUE, LINE_END_FORM, isHighlighted, labelForms, labelOf, params } from '../spec-helpers.js';
import { change } from '../trend/trend.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import { changeOf, drawnRows, slopeEnds, timeLabeller, wayOf, type SlopeEnds } from './ends.js';

const HEIGHT = 260;
/** Labels at one end are at least this far apart: a line of the largest theme's label text (14 px in high-contrast, whose box in IBM Plex is 20 px) and a little air. */
const LABEL_GAP = 21;
/** A generous width of one character of a value label (digits, separators), in pixels: room is reserved by it. */
const DIGIT_PX = 7.5;
/** Room left of the left-hand end for the names and values: a share of the width, within these bounds. */
const LEFT_ROOM = 'clamp(width * 0.5, 96, 280)';
/** The keys of the colour legend, drawn only when the page says which way is better (`direction`). */
const KEYS = ['better', 'worse'];

/** The colour of a line or dot: grey when another line is highlighted; by its way when `direction` is given; else the accent. */
const COLOUR =
  "!datum.lnob_on ? lnob_color_deemphasis : datum.lnob_way == 'worse' ? lnob_color_highlight_stroke : lnob_color_accent_stroke";

function slopeSpec(fixedHeight: boolean): TopLevelSpec {
  const x = {
    field: 'lnob_side',
    type: 'quantitative' as const,
    scale: { domain: [0, 1], range: [{ expr: LEFT_ROOM }, { expr: 'width - lnob_slope_right' }] },
    axis: {
      orient: 'top' as const,
      title: null,
      values: [0, 1],
      domain: false,
      ticks: false,
      grid: true,
      gridColor: { expr: 'lnob_color_grid' },
      labelExpr: 'datum.value == 0 ? lnob_slope_from_label : lnob_slope_to_label',
      labelColor: { expr: 'lnob_color_text' },
      labelFontWeight: 'bold' as const,
      labelPadding: 6,
    },
  };
  // Values vary, not from zero: each end says its value, so the slope is the story, not the height.
  const y = { field: 'value', type: 'quantitative' as const, scale: { zero: false, nice: true, domainMax: { expr: 'lnob_value_max' } }, axis: null };
  const tooltip = [
    { field: 'category', type: 'nominal' as const, title: ' ' },
    { field: 'lnob_when', type: 'nominal' as const, title: '  ' },
    { field: 'lnob_label', type: 'nominal' as const, title: '   ' },
  ];
  // With many lines, only the highlighted ones, or else the five highest and five lowest at each end, are named.
  const fewLabels = [
    { joinaggregate: [{ op: 'count' as const, as: 'lnob_lines' }] },
    { window: [{ op: 'row_number' as const, as: 'lnob_top' }], sort: [{ field: 'value', order: 'descending' as const }] },
    { window: [{ op: 'row_number' as const, as: 'lnob_bottom' }], sort: [{ field: 'value', order: 'ascending' as const }] },
    { filter: `datum.lnob_lines <= ${MAX_END_LABELS} || (length(lnob_highlight) > 0 ? datum.lnob_on : datum.lnob_top <= 5 || datum.lnob_bottom <= 5)` },
  ];
  const text = (side: 0 | 1, field: string, dx: string, limit: string) => ({
    mark: {
      type: 'text' as const,
      align: side === 0 ? ('right' as const) : ('left' as const),
      baseline: 'middle' as const,
      dx: { expr: dx },
      y: { expr: 'datum.lnob_ly' },
      limit: { expr: limit },
      aria: false,
      fill: { expr: 'datum.lnob_on ? lnob_color_text : lnob_color_muted' },
      fontWeight: { expr: "datum.lnob_on && length(lnob_highlight) > 0 ? 'bold' : 'normal'" },
    },
    encoding: { x, text: { field, type: 'nominal' as const }, tooltip },
  });
  // Left end: the value beside the dot, the name before it (cut first when room is short: the value never is).
  const left = {
    transform: [
      { filter: 'datum.lnob_side == 0' },
      ...fewLabels,
      { calculate: labelOf('datum.category', LINE_END_FORM), as: 'lnob_name' },
      { calculate: `length(datum.lnob_label) * ${DIGIT_PX} + 14`, as: 'lnob_value_px' },
      ...dodgeLabels(LABEL_GAP),
    ],
    // Values are never cut (a limit of 0 is none): their room is reserved from their length.
    layer: [text(0, 'lnob_label', '-8', '0'), text(0, 'lnob_name', '-datum.lnob_value_px', `${LEFT_ROOM} - datum.lnob_value_px - 4`)],
  };
  // Right end: the value alone, where the name would repeat.
  const right = {
    transform: [{ filter: 'datum.lnob_side == 1' }, ...fewLabels, ...dodgeLabels(LABEL_GAP)],
    ...text(1, 'lnob_label', '8', '0'),
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    params: params({
      lnob_highlight: [],
      lnob_time_format: '%Y',
      lnob_time_ticks: 5,
      lnob_slope_from: 0,
      lnob_slope_to: 0,
      lnob_slope_from_label: '',
      lnob_slope_to_label: '',
      lnob_slope_ways: {},
      lnob_slope_keys: [],
      lnob_slope_right: 64,
      lnob_slope_better: 'Improved',
      lnob_slope_worse: 'Worsened',
    }),
    width: 320,
    height: fixedHeight ? 240 : HEIGHT,
    transform: [
      { filter: 'isValid(datum.time) && isValid(datum.value) && isFinite(datum.value)' },
      { calculate: 'time(datum.time)', as: 'lnob_t' },
      // The two ends only: a middle year is in the data table and named in the notes, not drawn.
      { filter: 'datum.lnob_t == lnob_slope_from || datum.lnob_t == lnob_slope_to' },
      { calculate: "isValid(datum.category) ? toString(datum.category) : ''", as: 'category' },
      // The line's name, as the accessible spec names each line (render/accessible-spec.ts).
      { calculate: 'datum.category', as: 'series' },
      { calculate: 'datum.lnob_t == lnob_slope_to ? 1 : 0', as: 'lnob_side' },
      { calculate: FORMATTED_VALUE, as: 'lnob_label' },
      { calculate: 'utcFormat(datum.time, lnob_time_format)', as: 'lnob_when' },
      { calculate: "datum.category + ', ' + datum.lnob_when + ': ' + datum.lnob_label", as: 'lnob_description' },
      { calculate: `length(lnob_highlight) == 0 || ${isHighlighted('category')}`, as: 'lnob_on' },
      { calculate: "isValid(lnob_slope_ways[datum.category]) ? lnob_slope_ways[datum.category] : ''", as: 'lnob_way' },
    ],
    encoding: { x },
    layer: [
      {
        mark: { type: 'line', stroke: { expr: COLOUR }, strokeWidth: { expr: 'lnob_line_width + 0.5' }, interpolate: 'linear', aria: false },
        encoding: { y, detail: { field: 'category', type: 'nominal' }, order: { field: 'lnob_side', type: 'quantitative' }, tooltip },
      },
      {
        mark: { type: 'point', filled: true, size: 50, opacity: 1, fill: { expr: COLOUR }, stroke: { expr: 'lnob_color_background' }, strokeWidth: 1 },
        encoding: { y, description: { field: 'lnob_description', type: 'nominal' }, tooltip },
      },
      left,
      right,
      {
        // The key of the colours when the page says which way is better. It draws nothing itself (its only row is
        // the constant key, not data): it exists for its legend, which shows only the ways the lines took.
        data: { values: [{ lnob_key: 'better' }] },
        transform: [],
        mark: { type: 'text', text: '' },
        encoding: {
          x: { value: 0 },
          fill: {
            field: 'lnob_key',
            type: 'nominal',
            scale: { domain: KEYS, range: [{ expr: 'lnob_color_accent_stroke' }, { expr: 'lnob_color_highlight_stroke' }] },
            legend: {
              title: null,
              orient: 'top',
              direction: 'horizontal',
              symbolType: 'circle',
              values: { expr: 'lnob_slope_keys' },
              labelExpr: "datum.value == 'better' ? lnob_slope_better : lnob_slope_worse",
              labelColor: { expr: 'lnob_color_text' },
              aria: false,
            },
          },
        },
      },
    ],
    config: { view: { stroke: null } },
  };
}

export const slope: ChartTemplate = {
  id: 'slope',
  name: 'Slope chart',
  maxRows: 2_000,
  description:
    'Show how each place or group changed between two years — for example a poverty rate by region in 2015 and 2022 — ' +
    'with one line per row, named with its value at the left end and its value at the right: the steeper the line, the ' +
    'bigger the change. Highlight the lines your story is about, or say which way is better (`direction`) to colour the ' +
    'lines that improved and those that worsened. With more years it compares the first and the last (pick two with ' +
    '`years`). Not for the path between the years (use trend) or for a single year (use ranked-bar).',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'the place or group of each line' },
    { name: 'time', type: 'temporal', required: true, meaning: 'the year of each value: the first and the last are compared' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each year' },
  ],
  options: [
    { attribute: 'highlight', type: 'list', structural: false, description: 'Names of the lines to highlight, separated by `;`. The others are drawn in grey.' },
    {
      attribute: 'direction',
      type: 'enum',
      values: ['increase', 'decrease'],
      structural: false,
      description:
        'Which way is better: `increase` (e.g. school completion) or `decrease` (e.g. poverty). Lines that improved are drawn in the accent colour, those that worsened in the highlight colour, with a key.',
    },
  ],
  words: english,

  spec: (_options, { fixedHeight }) => slopeSpec(fixedHeight),

  drawnRows: (rows) => drawnRows(rows),

  signals(options, rows, context) {
    const ends = endsOrFail(rows);
    const words = wordsIn(english, context?.strings ?? en.summary);
    const label = timeLabeller(ends.times, context?.lang);
    const direction = directionOf(options);
    const highlight = highlightOf(options, ends);
    const ways = Object.fromEntries(ends.lines.map((line) => [line.category, wayOf(line, direction)]));
    // The key lists only the ways the lines drawn in colour took.
    const shown = ends.lines.filter((line) => highlight.length === 0 || highlight.includes(line.category.trim().toLocaleLowerCase('en')));
    const keys = direction === null ? [] : KEYS.filter((key) => shown.some((line) => ways[line.category] === key));
    return {
      lnob_highlight: highlight,
      lnob_labels: labelForms(rows.map((row) => row['category'])),
      ...timeSignals(ends.times),
      lnob_slope_from: ends.from.getTime(),
      lnob_slope_to: ends.to.getTime(),
      lnob_slope_from_label: label(ends.from),
      lnob_slope_to_label: label(ends.to),
      lnob_slope_ways: ways,
      lnob_slope_keys: keys,
      lnob_slope_right: rightRoom(ends),
      lnob_slope_better: words.slopeBetter,
      lnob_slope_worse: words.slopeWorse,
    };
  },

  check(rows, _options, context) {
    const ends = slopeEnds(rows);
    if (!ends) return [];
    const words = wordsIn(english, context?.strings ?? en.summary);
    const label = timeLabeller(ends.times, context?.lang);
    const notes: string[] = [];
    if (ends.times.length > 2) notes.push(words.slopeYears(label(ends.from), label(ends.to), listing(ends.times.slice(1, -1).map(label))));
    for (const [end, time] of [['from', ends.from], ['to', ends.to]] as const) {
      const missing = ends.lines.filter((line) => line[end] === null).map((line) => line.category);
      if (missing.length) notes.push(words.slopeOneEnd(label(time), listing(missing)));
    }
    return notes;
  },

  hints(rows) {
    const ends = slopeEnds(rows);
    if (!ends || ends.times.length <= 2) return [];
    const years = ends.times.map((t) => t.getUTCFullYear());
    return [
      {
        code: 'slope-years',
        message: `The data has ${ends.times.length} years (${listing(years.map(String))}); the chart compares the first and the last. Pick two others with years="${years[0]}; ${years.at(-2)}".`,
      },
    ];
  },

  summary(rows, _options, { format, title, strings = en.summary, lang }) {
    const words = wordsIn(english, strings);
    const ends = slopeEnds(rows);
    if (!ends) return strings.noValues; // one year only: `signals` has already said so
    const label = timeLabeller(ends.times, lang);
    const head = words.slopeChart(title, ends.lines.length, label(ends.from), label(ends.to));
    const changes = ends.lines.flatMap((line) => {
      const amount = changeOf(line);
      return amount === null ? [] : [{ line, amount }];
    });
    if (changes.length === 0) return head;
    const rose = changes.filter((c) => c.amount > 0);
    const fell = changes.filter((c) => c.amount < 0);
    const most = (list: typeof changes) => list.reduce((a, b) => (Math.abs(b.amount) > Math.abs(a.amount) ? b : a));
    const say = (c: (typeof changes)[number], sentence: typeof words.slopeRoseMost) =>
      sentence(c.line.category, change(format, Math.abs(c.amount), strings), format(c.line.from!), format(c.line.to!));
    const parts = [head];
    if (rose.length) parts.push(say(most(rose), words.slopeRoseMost));
    if (fell.length) parts.push(say(most(fell), words.slopeFellMost));
    const same = changes.length - rose.length - fell.length;
    if (changes.length > 1 && same === 0 && (fell.length === 0 || rose.length === 0)) parts.push(words.slopeAll(fell.length === 0, changes.length));
    else if (changes.length > 1) parts.push(words.slopeTally(rose.length, fell.length, same, changes.length));
    return parts.join(' ');
  },
};

/** The two ends, or a plain-words error when the rows hold one year only. */
function endsOrFail(rows: readonly Row[]): SlopeEnds {
  const ends = slopeEnds(rows);
  if (ends) return ends;
  const one = rows.find((row) => row['time'] instanceof Date)?.['time'] as Date | undefined;
  throw fail('unsupported', 'slopeOneTime', one ? timeLabeller([one], undefined)(one) : '');
}

/** Room right of the right-hand end for its values: the longest as written raw, with room for grouping and a unit. */
function rightRoom(ends: SlopeEnds): number {
  const longest = Math.max(0, ...ends.lines.map((line) => (line.to === null ? 0 : String(Math.round(Math.abs(line.to) * 10) / 10).length)));
  return Math.min(140, Math.max(44, (longest + 3) * DIGIT_PX + 12));
}

function directionOf(options: Options): 'increase' | 'decrease' | null {
  const value = options['direction'];
  return value === 'increase' || value === 'decrease' ? value : null;
}

/** Highlighted names, lower-cased; names that match no line are dropped, so a misspelt one does not grey out every line. */
function highlightOf(options: Options, ends: SlopeEnds): string[] {
  const names = new Set(ends.lines.map((line) => line.category.trim().toLocaleLowerCase('en')));
  return ((options['highlight'] as readonly string[] | null) ?? []).map((name) => name.trim().toLocaleLowerCase('en')).filter((name) => names.has(name));
}
