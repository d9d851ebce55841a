import type { TopLevelSpec } from 'vega-lite';
import { fail } from '../../i18n/errors/core.en.js';
import type { ChartTemplate, Options } from '../types.js';
import { params, size } from '../spec-helpers.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import { ageShares, pyramidSides } from './ages.js';

/** Height of one age group's bar row, in pixels. */
const STEP = 20;

/**
 * A population pyramid: one bar per age group for each of two groups (usually sex), back to back, the first group
 * of the data to the left; youngest at the bottom. `outline` names a value of the `series` column (a second year,
 * or a comparison population) drawn as outlines over the bars.
 */
/** `fixedHeight`: the page (or a share image) sets the height; the rows then share it instead of taking STEP each. */
function pyramidSpec(fixedHeight: boolean): TopLevelSpec {
  // labelOverlap: in a short image (a share image's room) every other age group is named, never two on top of each other.
  const bar = { type: 'bar' as const, orient: 'horizontal' as const, cornerRadius: 0 };
  const y = { field: 'category', type: 'nominal' as const, sort: null, title: null, scale: { reverse: true, paddingInner: 0.12 }, axis: { labelLimit: 110, labelOverlap: 'parity' as const } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { name: 'table' },
    params: params({ lnob_pyramid_left: '', lnob_pyramid_outline: '' }),
    ...size(fixedHeight, STEP),
    transform: [
      { filter: 'isValid(datum.value) && isFinite(datum.value)' },
      { calculate: "isValid(datum.category) ? toString(datum.category) : ''", as: 'category' },
      { calculate: "isValid(datum.group) ? toString(datum.group) : ''", as: 'group' },
      { calculate: "isValid(datum.series) ? toString(datum.series) : ''", as: 'lnob_series' },
      { calculate: 'datum.group == lnob_pyramid_left ? -datum.value : datum.value', as: 'lnob_x' },
      {
        calculate: "(datum.lnob_series ? datum.lnob_series + ', ' : '') + datum.group + ', ' + datum.category + ': ' + format(datum.value, lnob_format) + lnob_unit",
        as: 'lnob_description',
      },
    ],
    encoding: {
      x: {
        field: 'lnob_x',
        type: 'quantitative',
        stack: null, // one bar per age group and side: nothing to stack
        title: null,
        axis: { labelExpr: 'format(abs(datum.value), lnob_format) + lnob_unit', tickCount: 5, labelOverlap: true, labelFlush: true },
      },
    },
    layer: [
      {
        // One mark for the bars and the comparison (`outline`): its rows drawn last, as outlines over the bars,
        // told apart by form as well as colour. (One mark, so no layer is ever without rows.)
        transform: [{ calculate: "lnob_pyramid_outline != '' && datum.lnob_series == lnob_pyramid_outline ? 1 : 0", as: 'lnob_outline' }],
        mark: {
          ...bar,
          fillOpacity: { expr: 'datum.lnob_outline ? 0 : 1' },
          stroke: { expr: 'datum.lnob_outline ? lnob_color_text : lnob_color_background' },
          strokeWidth: { expr: 'datum.lnob_outline ? lnob_stroke_width * 1.5 : 0.5' },
        },
        encoding: {
          y,
          order: { field: 'lnob_outline', type: 'quantitative' },
          color: { field: 'group', type: 'nominal', sort: null, scale: { range: 'category' }, legend: { title: null, orient: 'top', direction: 'horizontal', aria: false } },
          description: { field: 'lnob_description', type: 'nominal' },
          tooltip: [
            { field: 'category', type: 'nominal', title: ' ' },
            { field: 'lnob_description', type: 'nominal', title: '  ' },
          ],
        },
      },
      {
        // The middle line both sides grow from.
        data: { values: [{ lnob_x: 0 }] },
        mark: { type: 'rule', y: 0, y2: { expr: 'height' }, stroke: { expr: 'lnob_color_axis' }, strokeWidth: 1, aria: false },
      },
    ],
    config: { view: { stroke: null } },
  };
}

export const pyramid: ChartTemplate = {
  id: 'pyramid',
  name: 'Population pyramid',
  maxRows: 1_000,
  description:
    'Show how a population is made up by age, for two groups back to back — usually women and men — as counts or shares, ' +
    'the youngest at the bottom: for stories about children, young people and older people. Give one row per age group ' +
    'and group; with a `series` column (a year, or another population), `outline` draws one of its values as outlines over ' +
    'the bars. Not for more than two groups (use disaggregation) or for change over time (use trend).',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'the age group of each row (e.g. "0–4", "65+"), youngest first' },
    { name: 'group', type: 'nominal', required: true, meaning: 'the two groups drawn back to back (e.g. Female, Male)' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the number or share of people' },
    { name: 'series', type: 'nominal', required: false, meaning: 'a year or population to compare, for `outline`' },
  ],
  options: [
    {
      attribute: 'outline',
      type: 'string',
      structural: false,
      description: 'A value of the `series` column (e.g. `2050`) whose rows are drawn as outlines over the bars of the other rows.',
    },
  ],
  words: english,

  spec: (_options, { fixedHeight }) => pyramidSpec(fixedHeight),

  signals(options, rows) {
    const { left, groups } = pyramidSides(rows);
    if (groups.length > 2) throw fail('unsupported', 'pyramidGroups', groups);
    const negative = rows.find((row) => typeof row['value'] === 'number' && row['value'] < 0);
    if (negative) throw fail('wrong-type', 'pyramidNegative', String(negative['category'] ?? ''));
    return { lnob_pyramid_left: left, lnob_pyramid_outline: outlineOf(options) };
  },

  summary(rows, options, { title, strings, format, lang }) {
    const words = wordsIn(english, strings);
    const head = words.pyramidChart(title);
    const outline = outlineOf(options);
    const main = rows.filter((row) => !outline || String(row['series'] ?? '') !== outline);
    const shares = ageShares(main);
    if (!shares) return `${head} ${strings?.noValues ?? 'No values to show.'}`;
    const percent = (share: number) => new Intl.NumberFormat(lang ?? 'en', { style: 'percent', maximumFractionDigits: 1 }).format(share);
    const parts = [words.pyramidLargest(shares.largest.age, format(shares.largest.value))];
    if (shares.children !== undefined) parts.push(words.pyramidChildren(percent(shares.children)));
    if (shares.older !== undefined) parts.push(words.pyramidOlder(shares.olderFrom!, percent(shares.older)));
    return `${head} ${parts.join(' ')}`;
  },
};

function outlineOf(options: Options): string {
  const value = options['outline'];
  return typeof value === 'string' ? value.trim() : '';
}


