import type { RawTable } from '../table.js';
import { columnKey, findColumn, yearOfHeader, yearsToRows } from './columns.js';
import { matchesUnSdg, matchesUnSdgPivot } from './detect.js';
import type { Layout } from './types.js';

/** Columns of a UN SDG Global Database export that are not disaggregations. */
const FIXED = new Set(
  [
    'Goal', 'Target', 'Indicator', 'SeriesID', 'SeriesCode', 'SeriesDescription', 'ReleaseName', 'GeoAreaCode', 'GeoAreaName',
    'TimePeriod', 'Value', 'Time_Detail', 'TimeCoverage', 'UpperBound', 'LowerBound', 'BasePeriod', 'Source', 'GeoInfoUrl',
    'FootNote', 'Nature', 'Units', 'Reporting Type', 'Observation Status', 'Report Ordinal', 'Freq',
  ].map(columnKey),
);

/**
 * UN SDG Global Database exports (the website's download and the SDG API's
 * CSV): one observation per row, dimensions such as Sex and Age in their own
 * columns — bracketed in API exports (`[Sex]`), which are renamed without
 * brackets so `where="Sex=FEMALE"` and `group-column="Sex"` work either way.
 * Values may be bounds like `<5` or `>95`: they are kept as written, and
 * typing leaves them out of the chart with a note saying how many (data/typing.ts).
 * The pivot export ("years as columns": `…, Units, 2000, 2001, …`,
 * often with empty columns after the last year) is reshaped to the same rows.
 */
export const unSdg: Layout = {
  id: 'un-sdg',
  matches: matchesUnSdg,
  arrange(given) {
    const input = matchesUnSdgPivot(given) ? yearsToRows(given, 'TimePeriod', 'Value') : given;
    const columns = input.columns.map((name) => {
      const bare = name.replace(/^\[(.*)\]$/, '$1').trim();
      return bare !== name && !input.columns.some((other) => other !== name && columnKey(other) === columnKey(bare)) ? bare : name;
    });
    const find = (name: string) => findColumn(columns, name);
    const value = find('Value')!;
    const code = find('GeoAreaCode');
    const name = find('GeoAreaName')!;
    // Values given as bounds ("<5", ">95") are kept as written: typing leaves them out and says so in a note.
    const table: RawTable = { ...input, columns };
    const dimensions = table.columns.filter((c) => !FIXED.has(columnKey(c)) && c !== '');
    return {
      layout: 'un-sdg',
      table,
      roles: {
        category: name,
        value,
        time: find('TimePeriod'),
        series: name,
        // UN M49 numbers, which the map reads as they are.
        geo: code ?? name,
      },
      time: find('TimePeriod'),
      areaName: name,
      areaCode: code,
      seriesCode: find('SeriesCode'),
      dimensions,
      totals: 'codes',
      single: [find('Units'), find('Reporting Type')].filter((c): c is string => c !== undefined),
      sourceColumn: find('Source'),
      footnoteColumn: find('FootNote'),
      natureColumn: find('Nature'),
      unitsColumn: find('Units'),
      titleColumn: find('SeriesDescription'),
      notes: [],
    };
  },
  describe(arranged, input) {
    const years = input.columns.map(yearOfHeader).filter((y): y is string => y !== undefined);
    const how =
      years.length > 0
        ? `a UN SDG Global Database export with years as columns (${years[0]}–${years[years.length - 1]}), reshaped to one row per year`
        : 'a UN SDG Global Database export (columns SeriesCode, GeoAreaName, TimePeriod, Value)';
    const dims = arranged.dimensions.length > 0 ? `; breakdowns: ${arranged.dimensions.join(', ')}` : '';
    return `Read as ${how}${dims}. Write layout="tidy" to read it as a plain table.`;
  },
};
