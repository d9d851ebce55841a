import type { RoleName } from '../core/roles.js';
import { findColumn } from './layouts/columns.js';
import type { Cell, RawTable } from './table.js';

/** Roles that are measured, not a mark's identity: two rows that differ only in these are two rows for one mark. */
const MEASURES: readonly RoleName[] = ['value', 'n', 'lower', 'upper']; // numbers of a mark, never what tells two marks apart

/** Column names a plain table uses for years, tried in order when the page names none (`time-column`). */
const TIME_NAMES = ['time', 'year', 'years', 'date', 'period', 'time period', 'timeperiod', 'time_period', 'survey year', 'surveyyear', 'year of survey'];

/** The column that holds years: the one the page or layout named, else one called Year, Time, Date… */
export function timeColumnOf(columns: readonly string[], named?: string): string | undefined {
  return named ? findColumn(columns, named) : findColumn(columns, ...TIME_NAMES);
}

/**
 * The columns that name one mark of a chart: every role it reads except the
 * measures (a bar is its category; a dot its category and group; a point of a
 * line its series and time). `columns` maps roles to the table's columns.
 * Undefined when a column the page named, or a `required` role's, is not in the
 * table: then nothing can be said about marks, and typing says what is missing.
 */
export function markColumns(
  table: RawTable,
  roles: readonly RoleName[],
  columns: Partial<Record<RoleName, string>>,
  required: readonly RoleName[] = [],
): string[] | undefined {
  const found: string[] = [];
  for (const role of roles) {
    if (MEASURES.includes(role)) continue;
    const column = findColumn(table.columns, columns[role] ?? role);
    if (column !== undefined) found.push(column);
    else if (columns[role] !== undefined || required.includes(role)) return undefined;
  }
  return found;
}

/**
 * Would a plain table draw as it is? False when two rows fall on one mark, or
 * when a chart without a time axis would mix rows of different years: then the
 * rows need resolving (data/marks.ts) before they are drawn. One pass, no copies.
 */
export function drawsAsGiven(table: RawTable, roles: readonly RoleName[], columns: Partial<Record<RoleName, string>>, required: readonly RoleName[]): boolean {
  const marks = markColumns(table, roles, columns, required);
  if (marks === undefined) return true; // typing will say which column is missing
  const keys = marks.map((c) => table.columns.indexOf(c));
  const time = roles.includes('time') ? -1 : table.columns.indexOf(timeColumnOf(table.columns, columns.time) ?? '');
  const seen = new Set<string>();
  let year: string | undefined;
  for (const row of table.rows) {
    const id = keys.map((i) => cellText(row[i])).join('\u0000');
    if (seen.has(id)) return false;
    seen.add(id);
    if (time >= 0) {
      const y = cellText(row[time]);
      if (year !== undefined && y !== year) return false;
      year = y;
    }
  }
  return true;
}

function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}
