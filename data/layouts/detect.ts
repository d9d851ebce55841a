import { csvParseRows } from 'd3-dsv';
import type { RawTable } from '../table.js';
import { columnKey, hasColumns, text, yearOfHeader } from './columns.js';

/**
 * How each real-world layout is recognised, from the header (and for Open SDG
 * the first rows) alone. Kept apart from the layouts themselves so a chart of
 * a plain table can tell it needs none of them without loading them.
 */
export const matchesUnSdgLong = (table: RawTable): boolean => hasColumns(table, 'SeriesCode', 'GeoAreaName', 'TimePeriod', 'Value');

/** The Global Database's pivot export: the same columns, but one column per year (2000, 2001, …) instead of TimePeriod and Value. */
export const matchesUnSdgPivot = (table: RawTable): boolean =>
  hasColumns(table, 'SeriesCode', 'GeoAreaName') && !hasColumns(table, 'TimePeriod') && table.columns.some((c) => yearOfHeader(c) !== undefined);

export const matchesUnSdg = (table: RawTable): boolean => matchesUnSdgLong(table) || matchesUnSdgPivot(table);

export const matchesWorldBank = (table: RawTable): boolean =>
  hasColumns(table, 'Country Name', 'Country Code') &&
  (hasColumns(table, 'Indicator Name') || hasColumns(table, 'Indicator Code') || hasColumns(table, 'Series Name')) &&
  table.columns.some((c) => yearOfHeader(c) !== undefined);

/** Open SDG columns that are not disaggregations. */
export const OPEN_SDG_FIXED = new Set(
  ['Year', 'Value', 'Units', 'Series', 'GeoCode', 'Unit multiplier', 'Unit measure', 'Observation status', 'Reporting type', 'Nature', 'Comment', 'Source']
    .map(columnKey),
);

export function matchesOpenSdg(table: RawTable): boolean {
  const first = table.columns[0];
  const last = table.columns[table.columns.length - 1];
  if (!first || !last || columnKey(first) !== 'year' || columnKey(last) !== 'value') return false;
  // A tidy file that merely starts with Year and ends with Value has no headline rows: leave it tidy.
  const dims = table.columns.map((c, i) => (OPEN_SDG_FIXED.has(columnKey(c)) ? -1 : i)).filter((i) => i >= 0);
  return dims.length === 0 || table.rows.some((row) => dims.every((i) => text(row[i]) === ''));
}

/** An SDMX column header: the code, or `CODE:Label` as UNICEF's data warehouse writes it (`REF_AREA:Geographic area`). */
export function sdmxCode(header: string): string {
  const match = /^\s*([A-Za-z][A-Za-z0-9_ ]*?)\s*:(?!\s*$)/.exec(header);
  return (match ? match[1]! : header).trim();
}

const hasSdmx = (table: RawTable, ...codes: string[]) => {
  const keys = new Set(table.columns.map((c) => columnKey(sdmxCode(c))));
  return codes.every((code) => keys.has(code.toLowerCase()));
};

/** SDMX-CSV (UNICEF, Eurostat, ILO, WHO…): one observation per row in TIME_PERIOD and OBS_VALUE, the place in REF_AREA (Eurostat: geo). */
export const matchesSdmx = (table: RawTable): boolean =>
  hasSdmx(table, 'TIME_PERIOD', 'OBS_VALUE') && (hasSdmx(table, 'REF_AREA') || hasSdmx(table, 'geo') || hasSdmx(table, 'DATAFLOW'));

/** Our World in Data's grapher download: `Entity, Code, Year` (or `Day`), then one or more value columns. */
export function matchesOwid(table: RawTable): boolean {
  const [entity, code, time] = table.columns.map(columnKey);
  return table.columns.length >= 4 && entity === 'entity' && code === 'code' && (time === 'year' || time === 'day');
}

/** The first header cell of a Eurostat bulk download: dimension codes joined by commas, ending in `\time` (`unit,na_item,geo\time`; newer files `geo\TIME_PERIOD`). */
export const EUROSTAT_HEADER = /^[A-Za-z][\w-]*(?:,[A-Za-z][\w-]*)*\\time(?:_period)?$/i;

/**
 * Eurostat's bulk download TSV. Also when the file was split on its commas
 * rather than its tabs (the first line then reads `unit`, `na_item`, `geo\time<TAB>2000<TAB>…`).
 */
export function matchesEurostat(table: RawTable): boolean {
  const first = table.columns[0] ?? '';
  return EUROSTAT_HEADER.test(first.trim()) || EUROSTAT_HEADER.test(table.columns.join(',').split('\t')[0]!.trim());
}

export const matchesWide = (table: RawTable): boolean => table.columns.filter((c) => yearOfHeader(c) !== undefined).length >= 2;

/** True when no layout but `tidy` would claim the table under `layout="auto"`. */
export function looksTidy(table: RawTable): boolean {
  return (
    !matchesUnSdg(table) && !matchesWorldBank(table) && !matchesOpenSdg(table) && !matchesSdmx(table) && !matchesOwid(table) && !matchesEurostat(table) && !matchesWide(table)
  );
}

/**
 * World Bank downloads put a few metadata lines ("Data Source", "Last Updated
 * Date") before the header: finds the header line (`Country Name, …`) and
 * returns the text from there and the metadata as key → value.
 */
export function splitWorldBankPreamble(text: string): { body: string; meta: Record<string, string> } | undefined {
  const head = text.slice(0, 4000);
  const lines = head.split(/\r\n|\n|\r/);
  const at = lines.findIndex((line, i) => i < 12 && /^\s*("Country Name"|Country Name\s*,)/.test(line));
  if (at <= 0) return undefined;
  const meta: Record<string, string> = {};
  for (const [key, value] of csvParseRows(lines.slice(0, at).join('\n'))) {
    if (key?.trim() && value?.trim()) meta[key.trim()] = value.trim();
  }
  let offset = 0;
  for (let i = 0; i < at; i++) {
    offset += lines[i]!.length;
    offset += text.startsWith('\r\n', offset) ? 2 : 1;
  }
  return { body: text.slice(offset), meta };
}
