import type { Row } from '../../data/table.js';
import type { ChartTemplate, Options, SpecContext } from '../types.js';
import { YEAR_FILTER, YEAR_PARAMS } from '../year-filter.js';
import { CATEGORY_LIMIT, FORMATTED_VALUE, QUANTITATIVE_AXIS, categoryAxisLabels, categorySignals, isHighlighted, params, size } from '../spec-helpers.js';
import { GRID_BESIDE_NAMES, nameParams, rowMarkHeight, rowOffset, rowStep } from '../names-above.js';
import { BOUND_ROLES, BAR_INTERVALS } from '../uncertainty/index.js';

const BAR_STEP = 30;
/** A bar's thickness under its name (names above the bars, names-above.ts). */
const BAR_UNDER_NAME = 16;
/** A bar's value label (about 7 px a character) would cross the reference line drawn just after the bar's end. */
const CROSSES_REFERENCE =
  "(isValid(lnob_reference) && scale('x', lnob_reference) >= scale('x', datum.value) - 2 && scale('x', lnob_reference) <= scale('x', datum.value) + length(datum.lnob_label) * 7 + 6)";
type SortOrder = 'descending' | 'ascending' | 'none';

/** Horizontal bars, sorted, with value labels, highlighted bars and an optional reference line. */
export const rankedBar: ChartTemplate = {
  id: 'ranked-bar',
  name: 'Ranked bars',
  years: true,
  maxRows: 1_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Compare one number across places, groups or programmes and show who ranks highest and lowest — for example the ' +
    'poverty rate by region. Highlight the bars your story is about and add a reference line such as the national ' +
    'average. Not for change over time (use trend or progress) or for parts of a whole (use stacked or waffle).',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'the name of each bar' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each bar' },
    ...BOUND_ROLES,
  ],
  uncertainty: BAR_INTERVALS, // lower-column, upper-column
  options: [
    { attribute: 'highlight', type: 'list', structural: false, description: 'Names of the bars to highlight, separated by `;`.' },
    { attribute: 'reference', type: 'number', structural: false, description: 'A value to mark with a dashed line, e.g. the national average.' },
    { attribute: 'reference-label', type: 'string', structural: false, description: 'The label of the reference line.' },
    {
      attribute: 'sort',
      type: 'enum',
      values: ['descending', 'ascending', 'none'],
      default: 'descending',
      structural: true,
      description: '`descending` (largest first, the default), `ascending`, or `none` to keep the order of the data.',
    },
  ],

  spec(options, context) {
    return rankedBarSpec(options, context, CATEGORY_LIMIT);
  },

  signals(options: Options, rows: readonly Row[]) {
    const highlight = (options['highlight'] as readonly string[] | null) ?? [];
    return {
      lnob_domain_min: domainMin(rows),
      ...categorySignals(rows.map((row) => row['category'])),
      lnob_value_room: valueRoom(rows),
      lnob_highlight: highlight.map((name) => name.trim().toLocaleLowerCase('en')),
      lnob_reference: typeof options['reference'] === 'number' ? options['reference'] : null,
      lnob_reference_label: (options['reference-label'] as string | null) ?? '',
    };
  },

  summary(rows: readonly Row[], _options, { format, title, strings }) {
    const valid = rows.filter((row) => typeof row['value'] === 'number') as (Row & { value: number })[];
    if (valid.length === 0) return strings ? `${strings.barChart(title, 0)} ${strings.noValues}` : `Bar chart${title ? `: ${title}` : ''}. No values to show.`;
    const sorted = [...valid].sort((a, b) => b.value - a.value);
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    const name = (row: Row) => String(row['category'] ?? '');
    const head = strings ? strings.barChart(title, valid.length) : `Bar chart${title ? `: ${title}` : ''}, ${valid.length} ${valid.length === 1 ? 'bar' : 'bars'}.`;
    if (valid.length === 1) return `${head} ${name(top)}: ${format(top.value)}.`;
    if (strings) return `${head} ${strings.highest(name(top), format(top.value))} ${strings.lowest(name(bottom), format(bottom.value))}`;
    return `${head} Highest: ${name(top)}, ${format(top.value)}. Lowest: ${name(bottom)}, ${format(bottom.value)}.`;
  },
};

/**
 * The ranked bars' spec with the names' column `limit` px (an expression of `width`): ranked-bar's, or the survey's
 * wider one for answers.
 */
export function rankedBarSpec(options: Options, { fixedHeight }: SpecContext, limit: string): ReturnType<ChartTemplate['spec']> {
  const order = (options['sort'] ?? 'descending') as SortOrder;
  const sort = order === 'none' ? null : { field: 'value', op: 'max' as const, order: order };
  // The category axis is on the bar and label layers only: the reference line has no category and spans them all.
  const categoryAxis = {
    field: 'category',
    type: 'nominal' as const,
    sort,
    axis: { title: null, domain: false, ticks: false, ...categoryAxisLabels(), labelColor: { expr: 'lnob_color_text' } },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    params: [
      ...params({ lnob_highlight: [], lnob_reference: null, lnob_reference_label: '', lnob_domain_min: 0, lnob_value_room: 0, ...YEAR_PARAMS }),
      ...nameParams(limit),
    ],
    ...(fixedHeight ? size(fixedHeight, BAR_STEP) : { width: 320, height: rowStep(BAR_STEP, BAR_UNDER_NAME) }),
    transform: [
      YEAR_FILTER, // the year drawn, when the file has several (templates/year-filter.ts)
      { filter: 'isValid(datum.value) && isFinite(datum.value)' },
      { calculate: FORMATTED_VALUE, as: 'lnob_label' },
      { calculate: "datum.category + ': ' + datum.lnob_label", as: 'lnob_description' },
    ],
    layer: [
      {
        mark: {
          type: 'bar',
          // All four corners: Vega-Lite draws end-only corners as a clipped group per bar, three times the SVG nodes
          // (and so it draws any rounded stacked bar: hence `stack: null` below).
          cornerRadius: { expr: 'lnob_radius' },
          fill: {
            expr: `length(lnob_highlight) == 0 ? lnob_color_accent : ${isHighlighted('category')} ? lnob_color_highlight : lnob_color_deemphasis`,
          },
          // The theme's outline: invisible when the fill already stands out, darker when it does not (e.g. SDG Goal 7's yellow on white).
          stroke: {
            expr: `length(lnob_highlight) == 0 ? lnob_color_accent_stroke : ${isHighlighted('category')} ? lnob_color_highlight_stroke : lnob_color_deemphasis_stroke`,
          },
          strokeWidth: { expr: 'lnob_stroke_width' },
          // Under its name where names stand above the bars (names-above.ts).
          height: rowMarkHeight(BAR_UNDER_NAME),
          yOffset: rowOffset(BAR_UNDER_NAME),
        },
        encoding: {
          y: categoryAxis,
          x: {
            field: 'value',
            type: 'quantitative',
            // One bar per name, never stacked: Vega-Lite stacks bars by default, and a stacked bar with rounded corners
            // becomes a clipped group per bar, each a dataflow of its own (a fifth of a first chart's drawing time).
            stack: null,
            // With negative values, room left of the longest negative bar for its label, clear of the category names.
            // A scale of percentages stops at 100 when the data does (`lnob_value_max`).
            // With ranges, room at the end for the value label moved past the longest whisker (`lnob_value_room`).
            scale: { domainMin: { expr: 'lnob_domain_min' }, domainMax: { expr: 'lnob_value_max' }, nice: true, range: [0, { expr: 'width - lnob_value_room' }] },
            // Its numbers carry the unit ("40%"), as the bars' labels do.
            axis: { ...QUANTITATIVE_AXIS, ...GRID_BESIDE_NAMES, labelColor: { expr: 'lnob_color_muted' }, labelExpr: "lnob_isolate + format(datum.value, ',~r') + lnob_unit + lnob_isolate_end" },
          },
          // One plain sentence per bar, for the tooltip and for screen readers.
          tooltip: { field: 'lnob_description', type: 'nominal' },
          description: { field: 'lnob_description', type: 'nominal' },
        },
      },
      {
        mark: {
          type: 'text',
          baseline: 'middle',
          yOffset: rowOffset(BAR_UNDER_NAME),
          fill: { expr: 'lnob_color_text' },
          // Highlighted values in bold: a highlight never rests on colour alone.
          fontWeight: { expr: `length(lnob_highlight) > 0 && ${isHighlighted('category')} ? 'bold' : 'normal'` },
          align: { expr: "datum.value < 0 ? 'right' : 'left'" },
          // Past the reference line when the label would otherwise run into it.
          dx: { expr: `datum.value < 0 ? -4 : ${CROSSES_REFERENCE} ? scale('x', lnob_reference) - scale('x', datum.value) + 5 : 4` },
        },
        encoding: {
          y: categoryAxis,
          x: { field: 'value', type: 'quantitative' },
          text: { field: 'lnob_label', type: 'nominal' },
        },
      },
      {
        // The reference on each bar, where names stand above the bars (names-above.ts).
        transform: [{ filter: 'lnob_names_above && isValid(lnob_reference) && isFinite(lnob_reference)' }, { calculate: 'lnob_reference', as: 'reference' }],
        mark: { type: 'tick', orient: 'vertical', size: BAR_UNDER_NAME + 8, thickness: 1.5, color: { expr: 'lnob_color_text' }, yOffset: rowOffset(BAR_UNDER_NAME), aria: false },
        encoding: { y: categoryAxis, x: { field: 'reference', type: 'quantitative' } },
      },
      {
        data: { values: [{}] },
        transform: [
          { calculate: 'lnob_reference', as: 'reference' },
          { filter: 'isValid(datum.reference) && isFinite(datum.reference)' },
          { calculate: 'lnob_reference_label', as: 'reference_label' },
        ],
        layer: [
          {
            // Across the whole plot beside the names; where names stand above the bars, a mark on each bar instead
            // (below), so the line never strikes a name through.
            transform: [{ filter: '!lnob_names_above' }],
            mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1.5, stroke: { expr: 'lnob_color_text' } },
            encoding: { x: { field: 'reference', type: 'quantitative' } },
          },
          {
            mark: {
              type: 'text',
              baseline: 'bottom',
              y: -3,
              // Label on the side with room, so it never runs off the chart.
              align: { expr: "scale('x', datum.reference) > width / 2 ? 'right' : 'left'" },
              dx: { expr: "scale('x', datum.reference) > width / 2 ? -4 : 4" },
              fill: { expr: 'lnob_color_text' },
              fontWeight: 'bold',
            },
            encoding: { x: { field: 'reference', type: 'quantitative' }, text: { field: 'reference_label', type: 'nominal' } },
          },
        ],
      },
    ],
    config: { view: { stroke: null } },
  };
}

/**
 * With ranges: the width of the widest value label (about 7 px a character, e.g. "32.8%"), kept free at the end of
 * the value scale, since a label moved past its whisker would otherwise run over the drawing's edge. 0 without ranges.
 */
function valueRoom(rows: readonly Row[]): number {
  let chars = 0;
  for (const row of rows) {
    const [value, upper] = [row['value'], row['upper']];
    if (typeof value !== 'number' || typeof upper !== 'number' || !Number.isFinite(upper)) continue;
    chars = Math.max(chars, Math.abs(value).toFixed(1).length + (value < 0 ? 1 : 0) + 1);
  }
  return chars === 0 ? 0 : chars * 7 + 6;
}

/** 0 for positive data; below the smallest negative value by a fifth of the range otherwise, so its label fits. */
function domainMin(rows: readonly Row[]): number {
  let min = 0;
  let max = 0;
  for (const row of rows) {
    const value = row['value'];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min < 0 ? min - (max - min) * 0.2 : 0;
}
