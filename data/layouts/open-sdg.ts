import { columnKey, findColumn } from './columns.js';
import { OPEN_SDG_FIXED, matchesOpenSdg } from './detect.js';
import type { Layout } from './types.js';

const FIXED = OPEN_SDG_FIXED;

/**
 * Open SDG indicator files (`data/indicator_1-2-1.csv` on national SDG
 * reporting platforms): `Year` first, `Value` last, disaggregation columns
 * between, optional `Units`, `Series`, `GeoCode`. The headline series is the
 * rows with every disaggregation empty.
 */
export const openSdg: Layout = {
  id: 'open-sdg',
  matches: matchesOpenSdg,
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
  describe(arranged) {
    const dims = arranged.dimensions.length > 0 ? ` Breakdowns: ${arranged.dimensions.join(', ')}; the headline (every breakdown empty) is kept unless where="…" asks.` : '';
    return `Read as an Open SDG indicator file (Year first, Value last).${dims} Write layout="tidy" to read it as a plain table.`;
  },
};
