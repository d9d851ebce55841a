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
 * A lookup of a row by its place in the year drawn: a map's shapes find their row in `table` through `lnob_key`,
 * which this computes on their side from the place (`field`) and the signal, and rowKey on the rows' side.
 */
export function yearLookup(field: string, fields: readonly string[]): Transform[] {
  return [
    { calculate: `datum[${JSON.stringify(field)}] + '|' + (${YEAR_SIGNAL} === null ? '' : ${YEAR_SIGNAL})`, as: 'lnob_key' },
    { lookup: 'lnob_key', from: { data: { name: 'table' }, key: 'lnob_key', fields: [...fields] } },
  ];
}

/** A row's `lnob_key`: its place and its year ('' for a chart of one year), as yearLookup computes it for a shape. */
export function rowKey(place: unknown, year: number | null): string {
  return `${place === null || place === undefined ? '' : String(place).trim()}|${year === null ? '' : year}`;
}
