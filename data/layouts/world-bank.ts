import { csvParseRows } from 'd3-dsv';
import { findColumn, hasColumns, text, yearOfHeader, yearsToRows } from './columns.js';
import type { Layout } from './types.js';

/**
 * World Bank indicator downloads (the API/bulk CSV, `API_<code>_DS2_…csv`):
 * a few metadata lines ("Data Source", "Last Updated Date") before the header
 * `Country Name, Country Code, Indicator Name, Indicator Code, 1960, 1961, …`,
 * one column per year, empty cells for no data, and aggregates (regions,
 * income groups) among the countries.
 */
export const worldBank: Layout = {
  id: 'world-bank',
  matches: (table) =>
    hasColumns(table, 'Country Name', 'Country Code') &&
    (hasColumns(table, 'Indicator Name') || hasColumns(table, 'Indicator Code') || hasColumns(table, 'Series Name')) &&
    table.columns.some((c) => yearOfHeader(c) !== undefined),
  arrange(input) {
    const table = yearsToRows(input);
    const find = (name: string) => findColumn(table.columns, name);
    const name = find('Country Name')!;
    // DataBank exports say it in two rows under the table instead: "Data from database: …", "Last Updated: 07/01/2025".
    const footer = new Map<string, string>();
    for (const row of input.rows) {
      const match = /^(Data from database|Last Updated):\s*(.+)$/.exec(text(row[0]));
      if (match) footer.set(match[1]!, match[2]!.trim());
    }
    const updated = input.meta?.['Last Updated Date'] ?? footer.get('Last Updated');
    const dataSource = input.meta?.['Data Source'] ?? footer.get('Data from database');
    const source = dataSource ? `World Bank, ${dataSource}${updated ? ` (last updated ${updated})` : ''}` : undefined;
    return {
      layout: 'world-bank',
      table,
      roles: { category: name, series: name, geo: find('Country Code'), time: 'time', value: 'value' },
      time: 'time',
      areaName: name,
      areaCode: find('Country Code'),
      seriesCode: find('Indicator Code') ?? find('Series Code'),
      dimensions: [],
      totals: 'none',
      single: [],
      titleColumn: find('Indicator Name') ?? find('Series Name'),
      source,
      notes: [],
    };
  },
};

/**
 * A World Bank download's metadata lines break a naive CSV header, so they are
 * found in the raw text: when a line in the first few starts with "Country
 * Name", the lines above it are read as key/value pairs and the table starts
 * there. Returns undefined for any other text.
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
