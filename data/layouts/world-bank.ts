import { findColumn, text, yearsToRows } from './columns.js';
import { matchesWorldBank } from './detect.js';
import type { Layout } from './types.js';

export { splitWorldBankPreamble } from './detect.js';

/**
 * World Bank indicator downloads (the API/bulk CSV, `API_<code>_DS2_…csv`):
 * a few metadata lines ("Data Source", "Last Updated Date") before the header
 * `Country Name, Country Code, Indicator Name, Indicator Code, 1960, 1961, …`,
 * one column per year, empty cells for no data, and aggregates (regions,
 * income groups) among the countries.
 */
export const worldBank: Layout = {
  id: 'world-bank',
  matches: matchesWorldBank,
  arrange(input) {
    const table = yearsToRows(input);
    const find = (name: string) => findColumn(table.columns, name);
    const name = find('Country Name')!;
    // DataBank exports say it in two rows under the table instead: "Data from database: …", "Last Updated: 07/01/2025".
    const footer = new Map<string, string>();
    // Parsing keeps them in meta (footnote rows are not data); a table from elsewhere may still have them as rows.
    const lines = [...input.rows.map((row) => text(row[0])), ...Object.entries(input.meta ?? {}).map(([key, value]) => `${key}: ${value}`)];
    for (const line of lines) {
      const match = /^(Data from database|Last Updated):\s*(.+)$/.exec(line);
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
  describe(arranged, input) {
    const databank = input.columns.some((c) => /\[YR\d{4}\]/.test(c));
    return (
      `Read as a World Bank ${databank ? 'DataBank export' : 'indicator download'} (columns ${arranged.areaName}, ${arranged.areaCode}, one column per year), ` +
      'reshaped to one row per year. Write layout="tidy" to read it as a plain table.'
    );
  },
};
