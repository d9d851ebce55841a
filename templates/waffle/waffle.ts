import { fail } from '../../i18n/errors/core.en.js';
import type { Row } from '../../data/table.js';
import type { ChartTemplate } from '../types.js';
import { params } from '../spec-helpers.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import { strings as en } from '../../i18n/en.js';
import { chromeNumberFormat } from '../../i18n/locale.js';

/** Side of one cell and the space between cells, in pixels: a 10×10 grid is 158 px wide. */
const CELL = 14;
const PITCH = 16;
const NAME_HEIGHT = 26;
/** Height of one waffle with its name and the space below it. */
const BLOCK = NAME_HEIGHT + 10 * PITCH + 22;
/** Width of one waffle without its large number, and the space between waffles side by side. */
const GRID_WIDTH = 10 * PITCH + 12;
const BLOCK_GAP = 24;
/** Rough widths at 34 px bold of a digit (or a decimal mark) and of "%": the widest number sets the waffles' width. */
const DIGIT_PX = 21;
const PERCENT_PX = 30;
const BLOCK_WIDTH = `(${GRID_WIDTH} + lnob_waffle_number)`;
/** Rough width of a character of a waffle's name (bold), to keep a lone waffle's long name on the chart. */
const NAME_CHAR = 7.5;
const MAX_WAFFLES = 12;

/**
 * Waffles side by side, as many to a line as the width holds, and the lines centred: `lnob_x0` is the left of
 * each waffle, `lnob_line` its line. A lone waffle is centred too, moved left only as far as its name needs.
 */
const LAYOUT = [
  { window: [{ op: 'row_number' as const, as: 'lnob_index' }] },
  { joinaggregate: [{ op: 'count' as const, as: 'lnob_count' }] },
  { calculate: `clamp(floor((width + ${BLOCK_GAP}) / (${BLOCK_WIDTH} + ${BLOCK_GAP})), 1, datum.lnob_count)`, as: 'lnob_cols' },
  { calculate: 'floor((datum.lnob_index - 1) / datum.lnob_cols)', as: 'lnob_line' },
  { calculate: '(datum.lnob_index - 1) % datum.lnob_cols', as: 'lnob_col' },
  { calculate: `max(0, (width - datum.lnob_cols * (${BLOCK_WIDTH} + ${BLOCK_GAP}) + ${BLOCK_GAP}) / 2)`, as: 'lnob_left' },
  {
    calculate: `datum.lnob_cols == 1 ? min(datum.lnob_left, max(0, width - length(datum.category) * ${NAME_CHAR})) : datum.lnob_left + datum.lnob_col * (${BLOCK_WIDTH} + ${BLOCK_GAP})`,
    as: 'lnob_x0',
  },
];

/** A 10×10 grid of squares for a share, with the share written large beside it; one grid per category. */
export const waffle: ChartTemplate = {
  id: 'waffle',
  name: 'Waffle (share of 100)',
  maxRows: 1_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Make one share tangible — "half of those living in extreme poverty are children" — as 100 squares with that ' +
    'many filled in and the number written large beside them. Give one row per category for a few shares side by ' +
    'side (up to 12). Values are percentages (0 to 100, a % sign is fine) or fractions from 0 to 1. For parts that ' +
    'add up across several groups use stacked; for many categories use ranked-bar.',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'what each share is of (e.g. "People in extreme poverty")' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the share, as a percentage' },
  ],
  options: [],
  words: english,

  spec() {
    const cellY = `scale('y', datum.lnob_line) + ${NAME_HEIGHT} + datum.lnob_row * ${PITCH} + ${CELL / 2}`;
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { name: 'table' },
      params: params({ lnob_waffle_scale: 1, lnob_waffle_format: ',.0f', lnob_waffle_number: 3 * DIGIT_PX + PERCENT_PX }),
      width: 320,
      height: { step: BLOCK },
      transform: [
        { filter: 'isValid(datum.value) && isFinite(datum.value)' },
        { calculate: "isValid(datum.category) ? datum.category : ''", as: 'category' },
        { calculate: 'clamp(datum.value * lnob_waffle_scale, 0, 100)', as: 'lnob_pct' },
        { calculate: "format(datum.lnob_pct, lnob_waffle_format) + '%'", as: 'lnob_big' },
        { calculate: "datum.category + ': ' + datum.lnob_big", as: 'lnob_description' },
        ...LAYOUT,
      ],
      layer: [
        {
          // The name above each grid; this layer owns the band scale `y` that places the grids.
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'top',
            x: { expr: 'datum.lnob_x0' },
            dy: -BLOCK / 2,
            fontWeight: 'bold',
            fill: { expr: 'lnob_color_text' },
            // Up to the next waffle on its line; a lone waffle's name may use the rest of the width.
            limit: { expr: `datum.lnob_cols == 1 ? max(120, width - datum.lnob_x0) : ${BLOCK_WIDTH} + ${BLOCK_GAP / 2}` },
            aria: false,
          },
          encoding: {
            y: { field: 'lnob_line', type: 'ordinal', sort: 'ascending', axis: null, scale: { type: 'band', paddingInner: 0, paddingOuter: 0 } },
            text: { field: 'category', type: 'nominal' },
            tooltip: [{ field: 'category', type: 'nominal', title: ' ' }, { field: 'lnob_big', type: 'nominal', title: '  ' }],
          },
        },
        {
          transform: [
            { calculate: 'sequence(0, 100)', as: 'lnob_cells' },
            { flatten: ['lnob_cells'], as: ['lnob_cell'] },
            { calculate: 'datum.lnob_cell % 10', as: 'lnob_col_cell' },
            { calculate: 'floor(datum.lnob_cell / 10)', as: 'lnob_row' },
            { calculate: 'datum.lnob_cell < round(datum.lnob_pct)', as: 'lnob_filled' },
          ],
          mark: {
            type: 'square',
            // A hundred squares are one picture: the share is described once, by the large number.
            aria: false,
            size: (CELL - 1.5) * (CELL - 1.5),
            opacity: 1,
            x: { expr: `datum.lnob_x0 + datum.lnob_col_cell * ${PITCH} + ${CELL / 2}` },
            y: { expr: cellY },
            // Counted squares are solid, the others hollow: told apart by shape as well as colour.
            fill: { expr: 'datum.lnob_filled ? lnob_color_accent : lnob_color_background' },
            stroke: { expr: 'datum.lnob_filled ? lnob_color_accent : lnob_color_deemphasis' },
            strokeWidth: 1.5,
            cornerRadius: { expr: 'min(lnob_radius, 3)' },
          },
          encoding: { tooltip: [{ field: 'category', type: 'nominal', title: ' ' }, { field: 'lnob_big', type: 'nominal', title: '  ' }] },
        },
        {
          // The share, large, beside its grid.
          mark: {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            fontSize: 34,
            fontWeight: 'bold',
            x: { expr: `datum.lnob_x0 + ${GRID_WIDTH}` },
            y: { expr: `scale('y', datum.lnob_line) + ${NAME_HEIGHT + 5 * PITCH}` },
            fill: { expr: 'lnob_color_text' },
          },
          encoding: { text: { field: 'lnob_big', type: 'nominal' }, description: { field: 'lnob_description', type: 'nominal' } },
        },
      ],
      config: { view: { stroke: null } },
    };
  },

  signals(_options, rows) {
    const values = numbers(rows);
    const categories = new Set(rows.filter((row) => typeof row['value'] === 'number').map((row) => String(row['category'] ?? '')));
    if (categories.size > MAX_WAFFLES) {
      throw fail('too-large', 'waffleTooMany', MAX_WAFFLES, categories.size);
    }
    const scale = waffleScale(values);
    if (values.some((v) => v * scale < 0 || v * scale > 100)) {
      throw fail('wrong-type', 'waffleRange');
    }
    const decimals = values.some((v) => Math.abs(Math.round(v * scale) - v * scale) > 1e-9) ? 1 : 0;
    const digits = Math.max(1, ...values.map((v) => String(Math.round(v * scale)).length)) + 2 * decimals;
    return { lnob_waffle_scale: scale, lnob_waffle_format: `,.${decimals}f`, lnob_waffle_number: digits * DIGIT_PX + PERCENT_PX };
  },

  summary(rows, _options, { title, strings = en.summary, lang }) {
    const words = wordsIn(english, strings);
    const head = words.waffleChart(title);
    const scale = waffleScale(numbers(rows));
    const shares = rows.filter((row) => typeof row['value'] === 'number') as (Row & { value: number })[];
    if (shares.length === 0) return `${head} ${strings.noValues}`;
    const text = shares.map((row) => {
      const pct = row.value * scale;
      return words.waffleShare(String(row['category'] ?? ''), formatShare(pct, lang), Math.round(pct));
    });
    return `${head} ${text.join(' ')}`;
  },
};

function numbers(rows: readonly Row[]): number[] {
  return rows.map((row) => row['value']).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** Fractions (every value between 0 and 1, at least one not 0 or 1… or all below 1) are read as shares of 1. */
export function waffleScale(values: readonly number[]): number {
  return values.length > 0 && values.every((v) => v >= 0 && v <= 1) && values.some((v) => v > 0 && v < 1) ? 100 : 1;
}

/** "37.5%": whole numbers as they are, others with one decimal; with the language's marks when one is given ("37,5%"). */
function formatShare(pct: number, lang?: string): string {
  if (lang) return chromeNumberFormat(lang, Number.isInteger(pct) ? 0 : 1, '%')(pct);
  return `${Number.isInteger(pct) ? pct : pct.toFixed(1)}%`;
}
