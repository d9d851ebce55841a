/** A table as read from a file or property, before any typing: column names and raw cells. */
export type Cell = string | number | boolean | null | undefined;

export interface RawTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column names that appear more than once in the header (only the first is kept in `columns`' index). */
  readonly duplicates: readonly string[];
  /** Key/value lines a file carries before its header, e.g. a World Bank download's "Last Updated Date". */
  readonly meta?: Readonly<Record<string, string>>;
}

/** A typed row: role name → value (numbers for quantitative roles, Date for temporal, text otherwise). */
export type Row = Record<string, string | number | Date | null>;

/** Builds a RawTable from a header and body, trimming names and noting duplicates. */
export function makeTable(header: readonly unknown[], body: readonly (readonly Cell[])[]): RawTable {
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

/** Rows given as objects (the `.data` property or JSON): the header is the union of their keys, in order of appearance. */
export function tableFromObjects(objects: readonly unknown[]): RawTable {
  const columns: string[] = [];
  const index = new Map<string, number>();
  for (const object of objects) {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) continue;
    for (const key of Object.keys(object)) {
      const name = key.trim();
      if (!index.has(name)) {
        index.set(name, columns.length);
        columns.push(name);
      }
    }
  }
  const rows = objects.map((object) => {
    const row: Cell[] = new Array<Cell>(columns.length).fill(null);
    if (object !== null && typeof object === 'object' && !Array.isArray(object)) {
      for (const [key, value] of Object.entries(object as Record<string, unknown>)) {
        row[index.get(key.trim())!] = toCell(value);
      }
    }
    return row;
  });
  return { columns, rows, duplicates: [] };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString(); // an Invalid Date is a missing value
  // Nested objects are not chart data; keep their text so an error can quote them.
  return JSON.stringify(value);
}
