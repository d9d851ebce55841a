import { fail, type BadCell } from '../i18n/errors/core.en.js';
import type { RoleDef, RoleName } from '../core/roles.js';
import { decimalMarkOf, inferDecimal, isDrawableNumber, parseNumber, type DecimalMark } from './numbers.js';
import type { Cell, RawTable, Row } from './table.js';

export interface TypingOptions {
  /** `<role>-column` attributes: role → column name. */
  readonly columns: Partial<Record<RoleName, string>>;
  /** The `decimal` attribute. */
  readonly decimal?: DecimalMark | undefined;
  /** The chart's language, used when a column's own values leave the decimal mark open. */
  readonly lang?: string | undefined;
}

export interface TypedData {
  readonly rows: Row[];
  /** A unit found in the values themselves, e.g. `%` from "70%". */
  readonly units: Partial<Record<RoleName, string>>;
  /** The columns each role was read from. */
  readonly columns: Partial<Record<RoleName, string>>;
  /** Notes for the chart's readers about values it does not draw (bounds such as "<5"). */
  readonly notes?: readonly string[];
}

/** Maps columns to roles and converts each by its role's declared type. */
export function typeRows(table: RawTable, roles: readonly RoleDef[], options: TypingOptions): TypedData {
  const columnOf = mapColumns(table, roles, options.columns);
  const rows: Row[] = table.rows.map(() => ({}));
  const units: Partial<Record<RoleName, string>> = {};
  const bounds: Bound[] = [];
  for (const role of roles) {
    const column = columnOf[role.name];
    if (column === undefined) continue;
    const index = table.columns.indexOf(column);
    const cells = table.rows.map((row) => row[index]);
    const values = convertColumn(cells, role, column, options);
    values.values.forEach((value, i) => (rows[i]![role.name] = value));
    if (values.unit) units[role.name] = values.unit;
    if (values.bounds) bounds.push(...values.bounds);
  }
  const notes = bounds.length > 0 ? [boundsNote(bounds, rows)] : [];
  return notes.length > 0 ? { rows, units, columns: columnOf, notes } : { rows, units, columns: columnOf };
}

/** A value given as a bound (`<5`, `>95`, `≤0.1`): its row and its text. */
interface Bound {
  readonly index: number;
  readonly text: string;
}

/** `<5`, `> 95`, `<=0.1`, `≥ 99%`: a comparison sign before what would otherwise be a number. */
const BOUND = /^\s*(<=?|>=?|≤|≥)\s*(.+)$/;

/**
 * Bounds are censored values, not measurements: drawn at the bound they
 * would claim a number the source does not give. They are left out (like
 * missing values) and one note for the reader says how many, with an example
 * ("3 values given as bounds (e.g. Chad 2019: <5) are not drawn.").
 */
function boundsNote(bounds: readonly Bound[], rows: readonly Row[]): string {
  const { index, text } = bounds[0]!;
  const row = rows[index]!;
  const name = [row.category, row.geo, row.series, row.group].find((v) => typeof v === 'string' && v !== '');
  const time = row.time instanceof Date ? dateText(row.time) : undefined;
  const where = [name, time].filter(Boolean).join(' ') || `row ${index + 2}`;
  return bounds.length === 1
    ? `1 value given as a bound (${where}: ${text.trim()}) is not drawn.`
    : `${bounds.length} values given as bounds (e.g. ${where}: ${text.trim()}) are not drawn.`;
}

function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.slice(4, 10) === '-01-01' ? iso.slice(0, 4) : iso.slice(0, 10);
}

function mapColumns(
  table: RawTable,
  roles: readonly RoleDef[],
  given: Partial<Record<RoleName, string>>,
): Partial<Record<RoleName, string>> {
  const found: Partial<Record<RoleName, string>> = {};
  const byLowerName = new Map(table.columns.map((name) => [name.toLocaleLowerCase('en'), name]));
  const listed = table.columns.filter((c) => c !== '');
  for (const role of roles) {
    const asked = given[role.name]?.trim();
    const column = byLowerName.get((asked || role.name).toLocaleLowerCase('en'));
    if (asked && column === undefined) {
      throw fail('missing-column', 'noSuchColumn', asked, role.name, listed);
    }
    if (column === undefined) {
      if (!role.required) continue;
      const suggestion = suggestColumn(table, role, Object.values(found));
      throw fail('missing-column', 'needsColumn', role.name, role.type, role.meaning, listed, suggestion);
    }
    if (table.duplicates.includes(column)) {
      throw fail('duplicate-column', 'duplicateColumn', column);
    }
    found[role.name] = column;
  }
  return found;
}

/** How many columns the suggestion looks at: it must stay quick on a very wide file. */
const SUGGESTION_LIMIT = 200;

/**
 * The column a user most likely meant: numbers for a numeric role, text
 * otherwise, not already used. Looks at the first SUGGESTION_LIMIT columns
 * only, each once (linear in the columns it looks at).
 */
function suggestColumn(table: RawTable, role: RoleDef, used: string[]): string | undefined {
  const taken = new Set(used);
  const sample = table.rows.slice(0, 20);
  const numeric = (index: number) => {
    const cells = sample.map((row) => row[index]).filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
    return cells.length > 0 && cells.every((c) => typeof c === 'number' || parseNumber(String(c), '.') !== undefined || parseNumber(String(c), ',') !== undefined);
  };
  const wantsNumbers = role.type === 'quantitative';
  let first: string | undefined;
  let looked = 0;
  for (let index = 0; index < table.columns.length && looked < SUGGESTION_LIMIT; index++) {
    const name = table.columns[index]!;
    if (name === '' || taken.has(name)) continue;
    looked++;
    first ??= name;
    if (numeric(index) === wantsNumbers) return name;
  }
  return first;
}

interface ColumnValues {
  values: (string | number | Date | null)[];
  unit?: string;
  /** Cells given as bounds ("<5"), left out. */
  bounds?: Bound[];
}

function convertColumn(cells: Cell[], role: RoleDef, column: string, options: TypingOptions): ColumnValues {
  switch (role.type) {
    case 'quantitative':
      return convertNumbers(cells, column, options);
    case 'temporal':
      return { values: cells.map((cell, i) => convertTime(cell, column, i)) };
    default:
      return { values: cells.map((cell) => (cell === null || cell === undefined ? null : String(cell).trim())) };
  }
}

function convertNumbers(cells: Cell[], column: string, options: TypingOptions): ColumnValues {
  const texts = cells.filter((c): c is string => typeof c === 'string');
  const mark = options.decimal ?? decideMark(texts, column, options.lang);
  let percent = 0;
  let numbers = 0;
  const problems: BadCell[] = [];
  const bounds: Bound[] = [];
  const values = cells.map((cell, i) => {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'number') {
      if (isDrawableNumber(cell)) return cell;
      problems.push(describeCell(i, String(cell)));
      return null;
    }
    const text = String(cell);
    const value = parseNumber(text, mark);
    const bound = value === undefined ? BOUND.exec(text) : null;
    if (bound && typeof parseNumber(bound[2]!, mark) === 'number') {
      bounds.push({ index: i, text });
      return null;
    }
    if (value === undefined) {
      problems.push(describeCell(i, text));
      return null;
    }
    if (value !== null) {
      numbers++;
      if (text.trim().endsWith('%')) percent++;
    }
    return value;
  });
  if (problems.length > 0) {
    throw fail('wrong-type', 'notNumbers', column, problems.slice(0, 3), Math.max(0, problems.length - 3));
  }
  return { values, ...(percent > 0 && percent === numbers ? { unit: '%' } : {}), ...(bounds.length > 0 ? { bounds } : {}) };
}

function decideMark(texts: string[], column: string, lang: string | undefined): DecimalMark {
  const verdict = inferDecimal(texts);
  if (verdict.mark) return verdict.mark;
  if (verdict.conflict) {
    throw fail('wrong-type', 'mixedDecimals', column);
  }
  if (!verdict.ambiguous) return '.';
  if (lang) return decimalMarkOf(lang);
  const example = texts.find((t) => /\d[.,]\d{3}(\D|$)/.test(t)) ?? texts[0];
  throw fail('wrong-type', 'ambiguousDecimal', column, example ?? '');
}

function describeCell(index: number, text: string): BadCell {
  // Row numbers as a spreadsheet shows them: the header is row 1.
  return [index + 2, text.length > 40 ? `${text.slice(0, 40)}…` : text];
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Years (2015), year-months (2015-06) and ISO dates, as UTC dates; quarters and free text are errors. */
/** Years a chart reads: four digits from 1000 (`0050` is a typo, not the year 50, and never 1950). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * The date of a year, month and day exactly as written, else undefined: no
 * rollover (`2015-02-30` is not 2 March) and no two-digit-year guessing
 * (`Date.UTC` reads the years 0–99 as 1900–1999).
 */
function exactDate(year: number, month: number, day: number): Date | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A cell of a temporal column as a UTC date (a year is its 1 January); a `wrong-type` error when it is none. */
export function convertTime(cell: Cell, column: string, index: number): Date | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number' && Number.isInteger(cell)) {
    const year = exactDate(cell, 1, 1);
    if (year) return year;
    throw fail('wrong-type', 'notDates', column, describeCell(index, String(cell)));
  }
  const text = String(cell).trim();
  if (text === '' || /^(na|n\/a|\.\.|-|nan)$/i.test(text)) return null;
  const match = DATE_PATTERN.exec(text);
  if (match) {
    const [, y, m, d] = match;
    const date = exactDate(Number(y), m ? Number(m) : 1, d ? Number(d) : 1);
    if (date) return date;
    throw fail('wrong-type', 'notDates', column, describeCell(index, text));
  }
  const iso = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(iso)) return new Date(iso);
  throw fail('wrong-type', 'notDates', column, describeCell(index, text));
}
