import { findColumn, yearOfHeader, yearsToRows } from './columns.js';
import { matchesWide } from './detect.js';
import type { Layout } from './types.js';

/** Any table whose columns are years: reshaped to long rows with `time` and `value`, the other columns kept. */
export const wide: Layout = {
  id: 'wide',
  matches: matchesWide,
  arrange(input) {
    const table = yearsToRows(input);
    const others = table.columns.slice(0, -2);
    const first = others.find((c) => c !== '');
    return {
      layout: 'wide',
      table,
      roles: { time: 'time', value: 'value', ...(first ? { category: first, series: first } : {}) },
      time: 'time',
      areaName: first,
      areaCode: findColumn(others, 'Country Code', 'Code', 'ISO3', 'ISO code', 'iso_code', 'GeoCode', 'geo'),
      dimensions: [],
      totals: 'none',
      single: [],
      notes: [],
    };
  },
  describe(arranged, input) {
    const years = input.columns.map(yearOfHeader).filter((y): y is string => y !== undefined);
    const names = arranged.areaName ? `, names from "${arranged.areaName}"` : '';
    return (
      `Read as a table with years as columns (${years[0]}–${years[years.length - 1]}), reshaped to one row per year${names}. ` +
      'Write layout="tidy" to read it as it is.'
    );
  },
};
