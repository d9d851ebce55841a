import { fail } from '../../i18n/errors/core.en.js';
import type { Row } from '../../data/table.js';
import type { ChartTemplate } from '../types.js';
import { CATEGORY_AXIS, CATEGORY_LIMIT, FORMATTED_VALUE, categorySignals, params, size } from '../spec-helpers.js';
import { GRID_BESIDE_NAMES, nameParams, rowMarkHeight, rowOffset, rowStep } from '../names-above.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import { TOP_LEGEND } from '../trend/trend.js';
import { strings as en } from '../../i18n/en.js';
import { chromeNumberFormat } from '../../i18n/locale.js';

const BAR_STEP = 40;
/** A bar's thickness under its name (names above the bars, names-above.ts). */
const BAR_UNDER_NAME = 22;
/** Rough width of one character of a segment label, to decide what fits (the label is also cut to its segment). */
const CHAR_PX = 8;
const CONTRAST = (colour: string) => `contrast(${colour}, scale('color', datum.group))`;

/** 100% stacked bars: the parts of a whole for each category, each segment labelled with its group and share. */
export const stacked: ChartTemplate = {
  id: 'stacked',
  name: 'Parts of a whole',
  maxRows: 2_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Show how a whole divides into parts for one or more places — for example the share of poor people living in ' +
    'urban and rural areas. Every bar adds up to 100%, and each segment is labelled with its group and share where ' +
    'it fits (the tooltip always has both). Values can be shares or counts: they are turned into shares of their ' +
    'bar. For one share shown boldly use waffle; to compare levels rather than parts use ranked-bar.',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'the name of each bar' },
    { name: 'group', type: 'nominal', required: true, meaning: 'the part of the whole (e.g. urban, rural)' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the share or count of each part' },
  ],
  words: english,
  options: [],

  spec(_options, { fixedHeight }) {
    const segment = "(datum.lnob_x1 - datum.lnob_x0) * width - 6";
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { name: 'table' },
      params: [...params({ lnob_groups: [], lnob_labelled_width: 1e9 }), ...nameParams(CATEGORY_LIMIT)],
      ...(fixedHeight ? size(fixedHeight, BAR_STEP) : { width: 320, height: rowStep(BAR_STEP, BAR_UNDER_NAME) }),
      transform: [
        { filter: 'isValid(datum.value) && isFinite(datum.value) && datum.value > 0' },
        { calculate: "isValid(datum.category) ? datum.category : ''", as: 'category' },
        { calculate: "isValid(datum.group) ? datum.group : ''", as: 'group' },
        { calculate: 'indexof(lnob_groups, datum.group)', as: 'lnob_order' },
        { joinaggregate: [{ op: 'sum', field: 'value', as: 'lnob_total' }], groupby: ['category'] },
        { calculate: 'datum.value / datum.lnob_total', as: 'lnob_share' },
        { stack: 'value', groupby: ['category'], offset: 'normalize', sort: [{ field: 'lnob_order', order: 'ascending' }], as: ['lnob_x0', 'lnob_x1'] },
        { calculate: "format(datum.lnob_share, '.0%')", as: 'lnob_pct' },
        { calculate: FORMATTED_VALUE, as: 'lnob_label' },
        { calculate: "datum.category + ', ' + datum.group + ': ' + datum.lnob_pct + ' (' + datum.lnob_label + ')'", as: 'lnob_description' },
      ],
      encoding: {
        y: { field: 'category', type: 'nominal', sort: null, axis: { ...CATEGORY_AXIS, labelColor: { expr: 'lnob_color_text' } } },
        tooltip: [
          { field: 'category', type: 'nominal', title: ' ' },
          { field: 'group', type: 'nominal', title: '  ' },
          { field: 'lnob_pct', type: 'nominal', title: '   ' },
          { field: 'lnob_label', type: 'nominal', title: '    ' },
        ],
      },
      layer: [
        {
          mark: { type: 'bar', stroke: { expr: 'lnob_color_background' }, strokeWidth: 1, height: rowMarkHeight(BAR_UNDER_NAME), yOffset: rowOffset(BAR_UNDER_NAME) },
          encoding: {
            x: {
              field: 'lnob_x0',
              type: 'quantitative',
              scale: { domain: [0, 1] },
              axis: { title: null, domain: false, ticks: false, format: '.0%', values: [0, 0.5, 1], labelFlush: true, gridColor: { expr: 'lnob_color_grid' }, ...GRID_BESIDE_NAMES, labelColor: { expr: 'lnob_color_muted' } },
            },
            x2: { field: 'lnob_x1' },
            description: { field: 'lnob_description', type: 'nominal' },
            color: {
              field: 'group',
              type: 'nominal',
              scale: { range: 'category' },
              sort: { field: 'lnob_order', op: 'min', order: 'ascending' },
              // No legend where every segment is labelled with its group (it would only repeat the labels).
              legend: { ...TOP_LEGEND, values: { expr: 'width >= lnob_labelled_width ? [] : lnob_groups' } },
            },
          },
        },
        {
          // "Urban 55%" where it fits, "55%" where only that fits, nothing in slivers.
          transform: [
            { calculate: '(datum.lnob_x0 + datum.lnob_x1) / 2', as: 'lnob_mid' },
            { calculate: "datum.group + ' ' + datum.lnob_pct", as: 'lnob_full' },
            {
              calculate: `length(datum.lnob_full) * ${CHAR_PX} <= ${segment} ? datum.lnob_full : length(datum.lnob_pct) * ${CHAR_PX} <= ${segment} ? datum.lnob_pct : ''`,
              as: 'lnob_segment',
            },
            { filter: "datum.lnob_segment != ''" },
          ],
          mark: {
            type: 'text',
            baseline: 'middle',
            yOffset: rowOffset(BAR_UNDER_NAME),
            fontWeight: 'bold',
            aria: false,
            // Whichever of the background and text colours contrasts more with the segment's colour.
            fill: { expr: `${CONTRAST('lnob_color_background')} >= ${CONTRAST('lnob_color_text')} ? lnob_color_background : lnob_color_text` },
            limit: { expr: `max(1, ${segment})` },
          },
          encoding: {
            x: { field: 'lnob_mid', type: 'quantitative' },
            text: { field: 'lnob_segment', type: 'nominal' },
          },
        },
      ],
      config: { view: { stroke: null } },
    };
  },

  signals(_options, rows) {
    if (rows.some((row) => typeof row['value'] === 'number' && row['value'] < 0)) {
      throw fail('wrong-type', 'stackedNegative');
    }
    return { lnob_groups: groupsInOrder(rows), lnob_labelled_width: labelledWidth(rows), ...categorySignals(rows.map((row) => row['category']), rows.map((row) => row['group'])) };
  },

  summary(rows, _options, { title, strings = en.summary, lang }) {
    const parts = shares(rows);
    const words = wordsIn(english, strings);
    if (parts.length === 0) return `${words.stackedChart(title)} ${strings.noValues}`;
    const shown = parts.slice(0, 5).map(({ category, parts }) => words.stackedBar(category, parts.map((p) => ({ name: p.group, share: percent(p.share, lang) }))));
    const more = parts.length > 5 ? ` ${words.moreBars(parts.length - 5)}` : '';
    return `${words.stackedChart(title, parts.length)} ${shown.join(' ')}${more}`;
  },
};

/** Group names in order of first appearance (the order of the segments and of the legend). */
export function groupsInOrder(rows: readonly Row[]): string[] {
  return [...new Set(rows.map((row) => String(row['group'] ?? '')))];
}

/**
 * The plot width from which every segment has room for its group and share ("Urban 55%", as the spec decides:
 * CHAR_PX a character and 6 px of air); from there the legend is left out.
 */
export function labelledWidth(rows: readonly Row[]): number {
  let width = 0;
  for (const { parts } of shares(rows)) {
    for (const { group, share } of parts) width = Math.max(width, (`${group} ${Math.round(share * 100)}%`.length * CHAR_PX + 6) / share);
  }
  return Math.ceil(width);
}

/** Each category's parts as shares of its total (positive values only), in data order. */
export function shares(rows: readonly Row[]) {
  const byCategory = new Map<string, { group: string; value: number }[]>();
  for (const row of rows) {
    const value = row['value'];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) continue;
    const category = String(row['category'] ?? '');
    if (!byCategory.has(category)) byCategory.set(category, []);
    byCategory.get(category)!.push({ group: String(row['group'] ?? ''), value });
  }
  return [...byCategory].map(([category, parts]) => {
    const total = parts.reduce((sum, p) => sum + p.value, 0);
    return { category, parts: parts.map((p) => ({ group: p.group, share: p.value / total })) };
  });
}

/** A share as a whole percentage, "55%" (with the language's digits when one is given, as the summary's other numbers). */
export function percent(share: number, lang?: string): string {
  return lang ? chromeNumberFormat(lang, 0, '%')(Math.round(share * 100)) : `${Math.round(share * 100)}%`;
}
