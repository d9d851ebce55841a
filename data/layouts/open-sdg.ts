import { columnKey, findColumn, text } from './columns.js';
import type { Layout } from './types.js';

/** Open SDG columns that are not disaggregations. */
const FIXED = new Set(
  ['Year', 'Value', 'Units', 'Series', 'GeoCode', 'Unit multiplier', 'Unit measure', 'Observation status', 'Reporting type', 'Nature', 'Comment', 'Source']
    .map(columnKey),
);

/**
 * Open SDG indicator files (`data/indicator_1-2-1.csv` on national SDG
 * reporting platforms): `Year` first, `Value` last, disaggregation columns
 * between, optional `Units`, `Series`, `GeoCode`. The headline series is the
 * rows with every disaggregation empty.
 */
export const openSdg: Layout = {
  id: 'open-sdg',
  matches(table) {
    const first = table.columns[0];
    const last = table.columns[table.columns.length - 1];
    if (!first || !last || columnKey(first) !== 'year' || columnKey(last) !== 'value') return false;
    // A tidy file that merely starts with Year and ends with Value has no headline rows: leave it tidy.
    const dims = table.columns.map((c, i) => (FIXED.has(columnKey(c)) ? -1 : i)).filter((i) => i >= 0);
    return dims.length === 0 || table.rows.some((row) => dims.every((i) => text(row[i]) === ''));
  },
  arrange(table) {
    const find = (name: string) => findColumn(table.columns, name);
    const dimensions = table.columns.filter((c) => c !== '' && !FIXED.has(columnKey(c)));
    return {
      layout: 'open-sdg',
      table,
      roles: { time: find('Year'), value: find('Value'), geo: find('GeoCode') },
      time: find('Year'),
      seriesCode: find('Series'),
      dimensions,
      totals: 'empty',
      single: [find('Series'), find('Units'), find('Unit multiplier')].filter((c): c is string => c !== undefined),
      unitsColumn: find('Units'),
      statusColumn: find('Observation status'),
      notes: [],
    };
  },
};
