import type { Transform } from 'vega-lite/types_unstable/transform.d.ts';

/**
 * The spec part of the year control: a chart drawn from a file of several years (map, ranked-bar) gets every
 * year's rows in `table`, each with its year in `lnob_year` and a key in `lnob_key` (render/years.ts), and draws
 * only those of the year in the `lnob_year` signal. So a new year is one `view.signal('lnob_year', …)`: the
 * compiled spec and the view stay. With one year (or `year-control="none"`) the signal is null and every row is drawn.
 */

/** The signal holding the year drawn; null: the chart has no year control and draws every row. */
export const YEAR_SIGNAL = 'lnob_year';

/** `params` entry declaring the signal. */
export const YEAR_PARAMS = { [YEAR_SIGNAL]: null } as const;

/** A transform keeping the rows of the year drawn (all of them when the signal is null). */
export const YEAR_FILTER: Transform = { filter: `${YEAR_SIGNAL} === null || datum.lnob_year === ${YEAR_SIGNAL}` };

/**
 * A lookup of a row's `field` by its place (`key`): in the year drawn when the chart has a year control (through
 * `lnob_key`, which this computes on the looking side from the place and the signal, and rowKey on the rows' side),
 * else by the place alone, so rows without a year (a chart of one year) need no key.
 */
export function yearLookup(key: string, field: string): Transform[] {
  const table = { data: { name: 'table' } };
  return [
    { calculate: `${YEAR_SIGNAL} === null ? null : datum[${JSON.stringify(key)}] + '|' + ${YEAR_SIGNAL}`, as: 'lnob_key' },
    { lookup: 'lnob_key', from: { ...table, key: 'lnob_key', fields: [field] }, as: ['lnob_in_year'] },
    { lookup: key, from: { ...table, key, fields: [field] }, as: ['lnob_in_file'] },
    { calculate: `${YEAR_SIGNAL} === null ? datum.lnob_in_file : datum.lnob_in_year`, as: field },
  ];
}

/** A row's `lnob_key`: its place and its year, as yearLookup computes it on the looking side. */
export function rowKey(place: unknown, year: number): string {
  return `${place === null || place === undefined ? '' : String(place).trim()}|${year}`;
}
