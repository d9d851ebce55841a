import { ChartError } from '../core/errors.js';
import { fail } from '../i18n/errors/core.en.js';

/** A table as read from a file or property, before any typing: column names and raw cells. */
export type Cell = string | number | boolean | null | undefined;

/** A sentence for the page's author, not the public: sent as an `lnob-warning` event, never drawn in the chart. */
export interface AuthorHint {
  /** What it is about, e.g. `encoding`, `delimiter`. */
  readonly code: string;
  readonly message: string;
}

export interface RawTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column names that appear more than once in the header (only the first is kept in `columns`' index). */
  readonly duplicates: readonly string[];
  /** Key/value lines a file carries before its header, e.g. a World Bank download's "Last Updated Date". */
  readonly meta?: Readonly<Record<string, string>>;
  /**
   * Lines of text the file carries under its data (footnote rows such as "Note: 2019 figures are provisional"),
   * for the chart's visible notes. "Source: …" lines go to `source`; "Key: value" lines are also in `meta`.
   */
  readonly notes?: readonly string[];
  /** The source a footnote row names ("Source: KNBS"). */
  readonly source?: string;
  /** How the file was read, for the page's author: the encoding or delimiter it did not say. */
  readonly hints?: readonly AuthorHint[];
}

/** A typed row: role name → value (numbers for quantitative roles, Date for temporal, text otherwise). */
export type Row = Record<string, string | number | Date | null>;

/**
 * The most columns a file or `.data` may have. Real SDG and World Bank files
 * have tens (a World Bank download: one per year since 1960); beyond this a
 * file is not chart data, and reading it would freeze the page.
 */
export const MAX_COLUMNS = 10_000;

function tooManyColumns(count: number): ChartError {
  return fail('too-large', 'tooManyColumns', count, MAX_COLUMNS);
}

/** Builds a RawTable from a header and body, trimming names and noting duplicates. */
export function makeTable(header: readonly unknown[], body: readonly (readonly Cell[])[]): RawTable {
  if (header.length > MAX_COLUMNS) throw tooManyColumns(header.length);
  const columns = header.map((name) => String(name ?? '').trim());
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of columns) {
    if (name === '') continue;
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  // Spreadsheet exports often end in empty, unnamed columns: drop those that hold nothing.
  const keep = columns.map((name, i) => name !== '' || body.some((row) => !isBlank(row[i])));
  if (keep.every(Boolean)) return { columns, rows: body, duplicates: [...duplicates] };
  return {
    columns: columns.filter((_, i) => keep[i]),
    rows: body.map((row) => row.filter((_, i) => keep[i])),
    duplicates: [...duplicates],
  };
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Rows given as objects (the `.data` property or JSON): the header is the
 * union of their keys, in order of appearance. Data that is not plain
 * JSON-like data — a hole in the list, a BigInt, an object that contains
 * itself, a getter or Proxy that throws — is a `bad-data` error naming the
 * row (counted from 1) and the column.
 */
export function tableFromObjects(objects: readonly unknown[]): RawTable {
  const columns: string[] = [];
  const byName = new Map<string, number>();
  // Keys as written (" value" and "value" are one column): looked up once per distinct key, not once per cell.
  const byKey = new Map<string, number>();
  const readRow = (object: unknown, at: number): Cell[] => {
    const row: Cell[] = [];
    if (object !== null && typeof object === 'object' && !Array.isArray(object)) {
      const record = object as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        let column = byKey.get(key);
        if (column === undefined) {
          const name = key.trim();
          column = byName.get(name);
          if (column === undefined) {
            if (columns.length >= MAX_COLUMNS) throw tooManyColumns(countKeys(objects));
            column = columns.length;
            byName.set(name, column);
            columns.push(name);
          }
          byKey.set(key, column);
        }
        row[column] = toCell(record[key], at, columns[column]!);
      }
    }
    return row;
  };
  const rows: Cell[][] = [];
  const count = objects.length;
  for (let index = 0; index < count; index++) {
    const at = index + 1;
    try {
      if (!(index in objects)) throw fail('bad-data', 'dataHole', at);
      rows.push(readRow(objects[index], at));
    } catch (error) {
      if (error instanceof ChartError) throw error;
      throw fail('bad-data', 'dataUnreadable', at);
    }
  }
  // A row without some column (or before a later row brought it) has null there.
  for (const row of rows) for (let i = 0; i < columns.length; i++) if (row[i] === undefined) row[i] = null;
  return { columns, rows, duplicates: [] };
}

/** How many distinct column names all the rows have, for the too-large message (the rows were read once already). */
function countKeys(objects: readonly unknown[]): number {
  const names = new Set<string>();
  for (const object of objects) if (object !== null && typeof object === 'object') for (const key of Object.keys(object)) names.add(key.trim());
  return names.size;
}

function toCell(value: unknown, row: number, column: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') throw fail('bad-data', 'dataBigInt', row, column);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString(); // an Invalid Date is a missing value
  // Nested objects are not chart data; keep their text so an error can quote them.
  try {
    return JSON.stringify(value, (_key, inner: unknown) => {
      if (typeof inner === 'bigint') throw fail('bad-data', 'dataBigInt', row, column);
      return inner;
    });
  } catch (error) {
    if (error instanceof TypeError && /circular|cyclic/i.test(error.message)) throw fail('bad-data', 'dataCycle', row, column);
    throw error;
  }
}
