/**
 * English error messages of the layout and slice attributes (`layout`,
 * `series-code`, `where`, `countries`, `years`, `aggregates`): bundled with
 * that code, which loads only when a page uses them. See `core.en.ts`.
 */
import { failWith } from '../../core/errors.js';
import { listing } from '../../core/lists.js';
import type { LayoutName } from '../../core/layouts.js';

const EXPECTED: Record<LayoutName, string> = {
  'un-sdg': 'the columns of a UN SDG Global Database export (SeriesCode, GeoAreaName, TimePeriod, Value)',
  'world-bank': 'a World Bank download (Country Name, Country Code, Indicator Name and one column per year)',
  'open-sdg': 'an Open SDG file (Year first, Value last, with some rows where every disaggregation is empty)',
  sdmx: 'an SDMX-CSV file (REF_AREA or geo, TIME_PERIOD, OBS_VALUE), such as a UNICEF or Eurostat download',
  owid: 'an Our World in Data grapher file (Entity, Code, Year, then the values)',
  eurostat: 'a Eurostat bulk download (a first column such as unit,geo\\time, then one column per year)',
  wide: 'columns named after years (2015, 2016, …)',
  tidy: 'any table',
};

/** "a, b and c" (the first twelve). */
function andList(items: readonly string[]): string {
  const shown = items.slice(0, 12);
  const last = items.length > 12 ? `${items.length - 12} more` : shown.pop();
  return shown.length ? `${shown.join(', ')} and ${last}` : (last ?? '');
}

export const sliceErrors = {
  unknownLayout: (asked: string, known: readonly string[]) => `layout="${asked}" is not a layout this chart knows. Use one of: ${known.join(', ')}.`,
  /** `columns`: the first twelve. */
  layoutMismatch: (layout: LayoutName, columns: readonly string[]) =>
    `layout="${layout}" expects ${EXPECTED[layout]}, but the file's columns are: ${columns.join(', ')}. ` +
    `Remove the layout attribute to let the chart detect it, or check that this is the file you meant.`,
  noSeriesColumn: (seriesCode: string, columns: readonly string[]) =>
    `series-code="${seriesCode}" needs a column of series codes (SeriesCode, Indicator Code or Series), and this file has none. ` +
    `Its columns are: ${listing(columns)}. Remove series-code, or use where="Column=value".`,
  badWhere: (where: string) =>
    `where="${where}" is not understood. Write each condition as Column=value, separated by ";", like where="Sex=Female; Location=Rural".`,
  noWhereColumn: (asked: string, where: string, columns: readonly string[]) =>
    `There is no column "${asked}" (from where="${where}"). The file's columns are: ${listing(columns, 40)}.`,
  countriesNeedColumn: (countries: string) =>
    `countries="${countries}" needs a column of country names or codes. Add geo-column="your column" to the chart.`,
  /** `missing`: the items of `countries` that match no row; `values`: what the file's `column` holds. */
  noCountryRows: (missing: readonly string[], countries: string, column: string, values: readonly string[]) =>
    `No rows for ${missing.join('; ')} (from countries="${countries}"); the file has ${column} = ${listing(values)}. ` +
    `Write names as the file does, or ISO codes such as KEN.`,
  yearsNeedColumn: (years: string) => `years="${years}" needs a column of years. Add time-column="your column" to the chart.`,
  /** `span`: the file's first and last year, undefined when it has none. */
  noYearRows: (years: string, span: readonly [from: number, to: number] | undefined) =>
    `No rows for years=${years}; the file has ${span ? `years from ${span[0]} to ${span[1]}` : 'no years'}. Change years to a range inside it.`,
  badYears: (years: string) => `years="${years}" is not understood. Write years like years="2000-2022", years="2015; 2020" or years="2015-".`,
  badAggregates: (aggregates: string) =>
    `aggregates="${aggregates}" is not understood. Write aggregates="exclude" to drop regions and income groups, ` +
    `aggregates="only" to keep only them, or aggregates="include" to keep every row.`,
  aggregatesNeedColumn: () => 'aggregates needs a column of country names or codes. Add geo-column="your column" to the chart.',
  onlyAggregates: (values: readonly string[]) =>
    `Every row is a region or group (${listing(values)}), so aggregates="exclude" leaves nothing to draw. Remove it.`,
  /** `values`: the areas the file has, none of them a region or group. */
  noAggregates: (values: readonly string[]) =>
    `No row is a region or income group (the file has ${listing(values)}), so aggregates="only" leaves nothing to draw. Remove it.`,
  /** `asked` is what the page asked for, as code (`Sex=Female`, `series-code=SI_POV_DAY1`). */
  noRows: (asked: string, column: string, values: readonly string[]) =>
    `No rows for ${asked}; the file has ${column} = ${listing(values)}. Change it to one of them.`,
  /** `mark`: what names the mark ("Kenya, 2019"); `differing`: the columns whose values differ between its rows. */
  ambiguousRows: (mark: string, count: number, differing: readonly { readonly column: string; readonly values: readonly string[] }[]) =>
    `There are ${count} rows for ${mark}, and the chart will not pick one of them or add them up. They differ in ` +
    `${differing.map((d) => `${d.column} (${listing(d.values)})`).join(', ')}. ` +
    `Choose one with where="${differing.map((d) => `${d.column}=${d.values[0]}`).join('; ')}".`,
  /** Rows for one mark with different values and nothing else that differs. */
  repeatedRows: (mark: string, values: readonly string[]) =>
    `There are ${values.length} rows for ${mark} with different values (${listing(values)}), and nothing in the file tells them apart, ` +
    `so the chart cannot know which is right. Keep one row for ${mark} in the file.`,
  /**
   * A map's country named by several rows with different values, once the names and codes are resolved
   * (`KEN` and `404`). `rows`: each row as the file wrote it, its value as text.
   */
  sameCountry: (country: string, rows: readonly { readonly geo: string; readonly value: string }[]) =>
    `${country} appears ${rows.length === 2 ? 'twice' : `${rows.length} times`}: ` +
    `${andList(rows.map((row) => `${row.geo} (${row.value})`))}. Keep one row per country.`,
  /** A column that must hold one value in a chart (units, series code, a breakdown with no total). */
  severalValues: (column: string, values: readonly string[], attribute: 'series-code' | 'where') =>
    `The file has several ${column} values (${listing(values)}), and one chart shows only one of them. ` +
    `Choose with ${attribute === 'series-code' ? `series-code="${values[0]}"` : `where="${column}=${values[0]}"`}.`,
  /** A column the page asked about whose cells are all empty in the rows left. */
  noFilledRows: (column: string, values: readonly string[]) =>
    `No rows for ${column} (every cell is empty); the file has ${column} = ${listing(values)}. Change it to one of them.`,
};

/** Errors from this catalogue: `failSlice('unsupported', 'badWhere', where)`. */
export const failSlice = failWith(sliceErrors);
