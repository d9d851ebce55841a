import { isMissing } from '../numbers.js';
import type { Cell, RawTable } from '../table.js';

/** Column names compared the way a campaigner types them: case and `[brackets]` do not matter. */
export function columnKey(name: string): string {
  return name.trim().replace(/^\[(.*)\]$/, '$1').trim().toLocaleLowerCase('en');
}

/** The table's own spelling of a column, found case-insensitively (and ignoring UN brackets). */
export function findColumn(columns: readonly string[], ...names: string[]): string | undefined {
  const wanted = names.map(columnKey);
  for (const want of wanted) {
    const found = columns.find((column) => columnKey(column) === want);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function hasColumns(table: RawTable, ...names: string[]): boolean {
  return names.every((name) => findColumn(table.columns, name) !== undefined);
}

/** A header that names a year: `2015`, or `2015 [YR2015]` as World Bank DataBank writes it. */
export function yearOfHeader(name: string): string | undefined {
  const match = /^\s*((?:1[89]|2[01])\d\d)(?:\s*\[YR\d{4}\])?\s*$/.exec(name);
  return match ? match[1] : undefined;
}

export function text(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** The year a time cell starts with (2015, "2015-06", "2013-2015"), as a number. */
export function yearOf(cell: Cell): number | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell)) return cell;
  const match = /^\s*(\d{4})/.exec(text(cell));
  return match ? Number(match[1]) : undefined;
}

/** Distinct non-empty values of a column, in order of appearance. */
export function distinct(table: RawTable, column: string, rows: readonly (readonly Cell[])[] = table.rows): string[] {
  const index = table.columns.indexOf(column);
  const seen = new Set<string>();
  for (const row of rows) {
    const value = text(row[index]);
    if (value !== '') seen.add(value);
  }
  return [...seen];
}

/** Wide to long: every year column becomes rows with `time` and `value`; the other columns are kept. Empty and missing (`..`) cells are dropped. */
export function yearsToRows(table: RawTable, time = 'time', value = 'value'): RawTable {
  const years: { index: number; year: string }[] = [];
  const kept: number[] = [];
  table.columns.forEach((name, index) => {
    const year = yearOfHeader(name);
    if (year) years.push({ index, year });
    else if (name !== '') kept.push(index);
  });
  const rows: Cell[][] = [];
  for (const row of table.rows) {
    const base = kept.map((i) => row[i]);
    for (const { index, year } of years) {
      const cell = row[index];
      if (isMissing(text(cell))) continue; // empty, or ".." as World Bank DataBank writes it
      rows.push([...base, year, cell]);
    }
  }
  return { columns: [...kept.map((i) => table.columns[i]!), time, value], rows, duplicates: table.duplicates, ...(table.meta ? { meta: table.meta } : {}) };
}
