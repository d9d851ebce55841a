import type { Row } from '../../data/table.js';
import type { ChartTemplate } from '../types.js';
import { CATEGORY_AXIS, CATEGORY_LIMIT, FORMATTED_VALUE, categorySignals, formattedDifference, isolated, params, size } from '../spec-helpers.js';
import { GRID_BESIDE_NAMES, nameParams, rowOffset, rowStep } from '../names-above.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import { TOP_LEGEND, VALUE_AXIS, change } from '../trend/trend.js';
import { strings as en } from '../../i18n/en.js';
import { BOUND_ROLES, DOT_INTERVALS } from '../uncertainty/index.js';

const ROW_STEP = 44;
/** Room under a name for a row's dots and the gap's label above them, which grows with the theme's text (names above their rows, names-above.ts). */
const ROW_UNDER_NAME = '(32 + 2 * lnob_text_size)';
const UNDER_NAME = rowOffset(ROW_UNDER_NAME);
/** Room left and right of the dots for their value labels, in pixels. */
const LABEL_ROOM = 58;
type SortOrder = 'descending' | 'ascending' | 'none';

/** Keeps one row per category among those where `test` holds (several groups can share the smallest or largest value). */
const firstWhere = (test: string) => [
  { filter: test },
  { window: [{ op: 'row_number' as const, as: 'lnob_k' }], groupby: ['category'] },
  { filter: 'datum.lnob_k == 1' },
];

/** "Who is left behind": one dot per group for each category, joined by a line, the gap labelled and sorted by. */
export const disaggregation: ChartTemplate = {
  id: 'disaggregation',
  name: 'Gaps between groups',
  maxRows: 2_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Show who is being left behind: for each country, region or indicator, one dot per group — the poorest 20% and ' +
    'the richest, girls and boys, people with and without disabilities, rural and urban — joined by a line, with the ' +
    'gap labelled and the largest gaps first. Use it when the story is the distance between groups rather than the ' +
    'level. Groups are told apart by shape and colour, and each row names its lowest and highest value.',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'the place or indicator of each row of dots' },
    { name: 'group', type: 'nominal', required: true, meaning: 'the group of each dot (e.g. poorest 20%, richest 20%)' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each group' },
    ...BOUND_ROLES,
  ],
  uncertainty: DOT_INTERVALS, // lower-column, upper-column
  words: english,
  options: [
    {
      attribute: 'sort',
      type: 'enum',
      values: ['descending', 'ascending', 'none'],
      default: 'descending',
      structural: true,
      description: '`descending` (largest gap first, the default), `ascending`, or `none` to keep the order of the data.',
    },
    {
      attribute: 'direction',
      type: 'enum',
      values: ['increase', 'decrease'],
      default: 'increase',
      structural: false,
      description: 'Which way is better: `increase` (higher is better, e.g. school completion; the default) or `decrease` (e.g. poverty). Decides which group the summary calls behind.',
    },
  ],

  spec(options, { fixedHeight }) {
    const order = (options['sort'] ?? 'descending') as SortOrder;
    const sort = order === 'none' ? null : { field: 'lnob_gap', op: 'max' as const, order };
    const x = (field: string) => ({ field, type: 'quantitative' as const });
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { name: 'table' },
      params: [...params({ lnob_gap_words: 'gap {v}', lnob_points_words: '{v} points' }), ...nameParams(CATEGORY_LIMIT)],
      ...(fixedHeight ? size(fixedHeight, ROW_STEP) : { width: 320, height: rowStep(ROW_STEP, ROW_UNDER_NAME) }),
      transform: [
        { filter: 'isValid(datum.value) && isFinite(datum.value)' },
        { calculate: "isValid(datum.category) ? datum.category : ''", as: 'category' },
        { calculate: "isValid(datum.group) ? datum.group : ''", as: 'group' },
        {
          joinaggregate: [
            { op: 'min', field: 'value', as: 'lnob_min' },
            { op: 'max', field: 'value', as: 'lnob_max' },
          ],
          groupby: ['category'],
        },
        { calculate: 'datum.lnob_max - datum.lnob_min', as: 'lnob_gap' },
        { calculate: FORMATTED_VALUE, as: 'lnob_label' },
        { calculate: "datum.category + ', ' + datum.group + ': ' + datum.lnob_label", as: 'lnob_description' },
      ],
      encoding: {
        y: { field: 'category', type: 'nominal', sort, axis: { ...CATEGORY_AXIS, labelColor: { expr: 'lnob_color_text' } } },
      },
      layer: [
        {
          // The line joining the lowest and highest dot, and the gap above its middle.
          transform: [...firstWhere('datum.lnob_gap > 0')],
          layer: [
            {
              mark: { type: 'rule', strokeWidth: 3, stroke: { expr: 'lnob_color_deemphasis' }, aria: false, yOffset: UNDER_NAME },
              encoding: {
                // Room for the value labels left and right of the dots comes from the range, not from padding the
                // domain, so a scale of percentages stops at 100 (`lnob_value_max`) instead of running on to 120.
                x: {
                  ...x('lnob_min'),
                  scale: { zero: false, nice: true, domainMax: { expr: 'lnob_value_max' }, range: [LABEL_ROOM, { expr: `width - ${LABEL_ROOM}` }] },
                  axis: { ...VALUE_AXIS, ...GRID_BESIDE_NAMES },
                },
                x2: { field: 'lnob_max' },
              },
            },
            {
              transform: [
                { calculate: '(datum.lnob_min + datum.lnob_max) / 2', as: 'lnob_mid' },
                // "gap 13 points" in the chart's words: a difference of percentages is in points.
                { calculate: isolated(`replace(lnob_gap_words, '{v}', ${formattedDifference('datum.lnob_gap', 'lnob_points_words')})`), as: 'lnob_gap_label' },
              ],
              // Above the line by the theme's text size (lnob_text_size), so it clears the values beside the dots in high contrast too.
              mark: { type: 'text', baseline: 'bottom', dy: { expr: '-11 * lnob_text_size / 12' }, yOffset: UNDER_NAME, fill: { expr: 'lnob_color_muted' }, limit: 120, aria: false },
              encoding: { x: x('lnob_mid'), text: { field: 'lnob_gap_label', type: 'nominal' } },
            },
          ],
        },
        {
          mark: { type: 'point', filled: true, size: 110, opacity: 1, stroke: { expr: 'lnob_color_background' }, strokeWidth: 1, yOffset: UNDER_NAME },
          encoding: {
            x: x('value'),
            color: { field: 'group', type: 'nominal', scale: { range: 'category' }, legend: TOP_LEGEND },
            shape: { field: 'group', type: 'nominal', legend: TOP_LEGEND },
            description: { field: 'lnob_description', type: 'nominal' },
            tooltip: [
              { field: 'category', type: 'nominal', title: ' ' },
              { field: 'group', type: 'nominal', title: '  ' },
              { field: 'lnob_label', type: 'nominal', title: '   ' },
            ],
          },
        },
        {
          // The lowest value, left of its dot (only when there is a gap).
          transform: firstWhere('datum.value == datum.lnob_min && datum.lnob_gap > 0'),
          mark: { type: 'text', align: 'right', baseline: 'middle', dx: -9, yOffset: UNDER_NAME, fill: { expr: 'lnob_color_text' }, aria: false },
          encoding: { x: x('value'), text: { field: 'lnob_label', type: 'nominal' } },
        },
        {
          // The highest value, right of its dot.
          transform: firstWhere('datum.value == datum.lnob_max'),
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 9, yOffset: UNDER_NAME, fill: { expr: 'lnob_color_text' }, aria: false },
          encoding: { x: x('value'), text: { field: 'lnob_label', type: 'nominal' } },
        },
      ],
      resolve: { scale: { x: 'shared' } },
      config: { view: { stroke: null } },
    };
  },

  signals(_options, rows, context) {
    const words = wordsIn(english, context?.strings ?? en.summary);
    return {
      ...categorySignals(rows.map((row) => row['category']), rows.map((row) => row['group'])),
      lnob_gap_words: words.gapLabel('{v}'),
      lnob_points_words: (context?.strings ?? en.summary).points('{v}'),
    };
  },

  summary(rows: readonly Row[], options, { format, title, strings = en.summary }) {
    const gaps = groupGaps(rows);
    const words = wordsIn(english, strings);
    if (gaps.length === 0) return `${words.dotChart(title)} ${strings.noValues}`;
    const groups = new Set(rows.filter((r) => typeof r['value'] === 'number').map((r) => String(r['group'] ?? ''))).size;
    const head = words.dotChart(title, { categories: gaps.length, groups });
    const largest = [...gaps].sort((a, b) => b.gap - a.gap)[0]!;
    if (largest.gap === 0) return `${head} ${words.noGaps}`;
    const decrease = options['direction'] === 'decrease';
    const behind = decrease ? largest.high : largest.low;
    const ahead = decrease ? largest.low : largest.high;
    const gap = words.largestGap(largest.category, change(format, largest.gap, strings), ahead.group, format(ahead.value), behind.group, format(behind.value));
    return `${head} ${gap} ${words.isBehind(behind.group)}`;
  },
};

/** For each category: its lowest and highest group and the gap between them. */
export function groupGaps(rows: readonly Row[]) {
  const byCategory = new Map<string, { group: string; value: number }[]>();
  for (const row of rows) {
    const value = row['value'];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const category = String(row['category'] ?? '');
    if (!byCategory.has(category)) byCategory.set(category, []);
    byCategory.get(category)!.push({ group: String(row['group'] ?? ''), value });
  }
  return [...byCategory].map(([category, dots]) => {
    const low = dots.reduce((a, b) => (b.value < a.value ? b : a));
    const high = dots.reduce((a, b) => (b.value > a.value ? b : a));
    return { category, low, high, gap: high.value - low.value };
  });
}
