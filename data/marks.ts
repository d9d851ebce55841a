import { failSlice as fail } from '../i18n/errors/slice.en.js';
import { listing } from '../core/lists.js';
import type { AuthorHint, Choice, TotalPart } from './layouts/types.js';
import { columnKey, text, yearOf } from './layouts/columns.js';
import { isMissing } from './numbers.js';
import type { Cell } from './table.js';

type Rows = readonly (readonly Cell[])[];

/** What the rows are, after the page's own filters: the input of {@link resolveMarks}. */
export interface MarkInput {
  readonly columns: readonly string[];
  readonly rows: Rows;
  /** The columns naming one mark (category; category × group; series…), time excepted. */
  readonly keys: readonly string[];
  readonly value: string | undefined;
  /** The column of years, if the table has one. */
  readonly time: string | undefined;
  /** Does the chart draw time (a line), or one value per mark? */
  readonly readsTime: boolean;
  /** Breakdown columns the file's layout declares (Sex, Age…); for a plain table, any column may turn out to be one. */
  readonly dimensions: readonly string[] | 'any';
  /** How the layout marks a breakdown's total: codes (BOTHSEX, _T…) or an empty cell (Open SDG). */
  readonly totals: 'codes' | 'empty' | 'none';
  /** The file's own total codes besides the shared ones (SDMX: `T`). */
  readonly totalCodes?: readonly string[] | undefined;
  /** Columns that must hold one value in a chart (units, series code, reporting type). */
  readonly single: readonly string[];
  /** The column `series-code` filters, for the message that says how to pick one. */
  readonly seriesCode: string | undefined;
  /** Columns the page asked about (`where`, `<role>-column`): never resolved for it. */
  readonly asked: ReadonlySet<string>;
  /** Columns that describe a value rather than tell rows apart (source, footnote, nature…). */
  readonly ignore: ReadonlySet<string>;
}

export interface Resolved {
  readonly rows: Rows;
  /** What the chart did, for its readers. */
  readonly choices: Choice[];
  readonly period: { readonly years: string; readonly latest: boolean } | undefined;
  readonly hints: AuthorHint[];
}

/**
 * The rule "a chart draws exactly what its rows say": after slicing, each mark
 * must have one row. A breakdown the page did not ask about is read at its total
 * (BOTHSEX, ALLAGE, `_T`, Total) and the chart says so; a chart without a time
 * axis shows each mark's latest year and says which years; anything else that
 * still puts two rows on one mark is an `ambiguous-rows` error naming the
 * columns that differ and how to pick one. Nothing is picked, summed or stacked silently.
 */
export function resolveMarks(input: MarkInput): Resolved {
  const index = (column: string) => input.columns.indexOf(column);
  const choices: Choice[] = [];
  const hints: AuthorHint[] = [];
  let rows = input.rows;

  // 1. Breakdowns with a total: keep the total.
  const totals: { column: string; total: string; others: string[] }[] = [];
  const candidates = input.dimensions === 'any' ? varyingWithinMarks(input, rows) : input.dimensions;
  for (const column of candidates) {
    if (input.asked.has(column) || input.keys.includes(column) || column === input.time) continue;
    const at = index(column);
    const values = [...new Set(rows.map((row) => text(row[at])))];
    if (values.length <= 1) continue;
    const total =
      input.dimensions === 'any'
        ? values.find(isPlainTotal)
        : input.totals === 'empty'
          ? values.find((v) => v === '')
          : input.totals === 'codes'
            ? values.find((v) => isTotalCode(v) || (input.totalCodes ?? []).includes(v))
            : undefined;
    if (total === undefined) {
      // A breakdown the layout knows, with no total: rows of different groups must not be drawn side by side as if alike.
      if (input.dimensions !== 'any') throw fail('ambiguous-rows', 'severalValues', column, values.filter((v) => v !== ''), 'where');
      continue; // step 3 says what varies within a mark
    }
    rows = rows.filter((row) => text(row[at]) === total);
    totals.push({ column, total, others: values.filter((v) => v !== total && v !== '') });
  }
  if (totals.length > 0) {
    choices.push(totalsChoice(totals, input.totals === 'empty'));
    const first = totals[0]!;
    hints.push({
      code: 'totals',
      message:
        `Showing the total of ${listing(totals.map((t) => t.column))} (the file also has ${listing(totals.flatMap((t) => t.others))}). ` +
        `To show one group, write where="${first.column}=${first.others[0] ?? ''}"; to compare them, use group-column="${first.column}".`,
    });
  }

  // 2. Columns that must hold one value (units, series, reporting type).
  for (const column of input.single) {
    if (input.asked.has(column)) continue;
    const at = index(column);
    const values = [...new Set(rows.map((row) => text(row[at])).filter((v) => v !== ''))];
    if (values.length <= 1) continue;
    if (columnKey(column) === 'reporting type' && values.includes('G')) {
      rows = rows.filter((row) => text(row[at]) === 'G');
      choices.push({ kind: 'global-figures' });
      hints.push({ code: 'reporting-type', message: `The file also has Reporting Type ${listing(values.filter((v) => v !== 'G'))}. To show those, write where="${column}=${values.find((v) => v !== 'G')}".` });
      continue;
    }
    throw fail('ambiguous-rows', 'severalValues', column, values, column === input.seriesCode ? 'series-code' : 'where');
  }

  // 3. Two rows still on one mark (and year, for a chart of one value per mark)?
  const drawable = (row: readonly Cell[]) => input.value === undefined || !isMissing(text(row[index(input.value)]));
  const identity = input.time && !input.keys.includes(input.time) ? [...input.keys, input.time] : input.keys;
  const clash = firstClash(input, rows.filter(drawable), identity);
  if (clash) throw clash;
  rows = withoutRepeats(rows, [...identity, ...(input.value ? [input.value] : [])].map(index));

  // 4. One value per mark: each mark's latest year with data.
  let period: Resolved['period'];
  if (!input.readsTime && input.time) {
    const at = index(input.time);
    const latest = new Map<string, { row: readonly Cell[]; year: number }>();
    let repeated = false;
    for (const row of rows) {
      if (!drawable(row)) continue;
      const id = input.keys.map((c) => text(row[index(c)])).join('\u0000');
      const year = yearOf(row[at]) ?? -Infinity;
      const seen = latest.get(id);
      if (seen) repeated = true;
      if (!seen || year > seen.year) latest.set(id, { row, year });
    }
    const years = [...latest.values()].map((entry) => entry.year).filter(Number.isFinite);
    if (years.length > 0) {
      const from = Math.min(...years);
      const to = Math.max(...years);
      const span = from === to ? `${to}` : `${from}–${to}`;
      if (repeated) {
        rows = [...latest.values()].map((entry) => entry.row);
        period = { years: span, latest: true };
        choices.push(from === to ? { kind: 'latest-year', year: `${to}` } : { kind: 'latest-years', years: span });
        hints.push({ code: 'latest-year', message: `The file has several years for each mark; the chart shows each one's latest (${span}). To show one year or a range, write years="${to}".` });
      } else if (from !== to) {
        period = { years: span, latest: false };
        choices.push({ kind: 'different-years', years: span });
      }
    }
  }
  return { rows, choices, period, hints };
}

/** The first mark with two drawable rows, as an `ambiguous-rows` error; undefined when every mark has one. */
function firstClash(input: MarkInput, rows: Rows, identity: readonly string[]) {
  const at = identity.map((c) => input.columns.indexOf(c));
  const groups = new Map<string, (readonly Cell[])[]>();
  let clashing: string | undefined;
  for (const row of rows) {
    const id = at.map((i) => text(row[i])).join('\u0000');
    const group = groups.get(id);
    if (group) {
      group.push(row);
      clashing ??= id;
    } else groups.set(id, [row]);
  }
  if (clashing === undefined) return undefined;
  const valueAt = input.value === undefined ? -1 : input.columns.indexOf(input.value);
  const skip = new Set([...identity, ...(input.value ? [input.value] : []), ...input.ignore]);
  // Rows that repeat exactly (the same value too) say nothing new: one of them is drawn.
  const repeats = [...groups.values()].filter((g) => g.length > 1 && new Set(g.map((row) => text(row[valueAt]))).size > 1);
  if (repeats.length === 0) return undefined;
  const example = repeats[0]!;
  const mark = at.map((i) => text(example[0]![i])).filter(Boolean).join(', ');
  const differing = input.columns
    .map((column, i) => ({ column, i }))
    .filter(({ column }) => column !== '' && !skip.has(column))
    .map(({ column, i }) => ({ column, values: [...new Set(example.map((row) => text(row[i])))] }))
    .filter(({ values }) => values.length > 1);
  // Columns of other numbers (a file's other indicators) differ too, but do not tell rows apart: name the labels.
  const labels = differing.filter(({ values }) => values.some((v) => v !== '' && !isNumberLike(v)));
  if (labels.length > 0) differing.splice(0, differing.length, ...labels);
  if (differing.length === 0) {
    return fail('ambiguous-rows', 'repeatedRows', mark, example.map((row) => text(row[valueAt])));
  }
  return fail('ambiguous-rows', 'ambiguousRows', mark, example.length, differing.slice(0, 4));
}

/** A cell that holds a number (or is empty), as a measure column would. */
function isNumberLike(value: string): boolean {
  return /^[-+]?\d[\d.,\s]*%?$/.test(value.trim());
}

/** Rows that repeat another exactly (same mark, same value) say nothing new: the first is kept. */
function withoutRepeats(rows: Rows, at: readonly number[]): Rows {
  const seen = new Set<string>();
  const kept = rows.filter((row) => {
    const id = at.map((i) => text(row[i])).join('\u0000');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return kept.length === rows.length ? rows : kept;
}

/** Columns (not marks, not measures) whose value differs between two rows of one mark: a plain table's breakdowns. */
function varyingWithinMarks(input: MarkInput, rows: Rows): string[] {
  const keyAt = input.keys.map((c) => input.columns.indexOf(c));
  const byMark = new Map<string, readonly Cell[]>();
  const varying = new Set<number>();
  const skip = new Set([...input.keys, input.value, input.time, ...input.ignore]);
  for (const row of rows) {
    const id = keyAt.map((i) => text(row[i])).join('\u0000');
    const first = byMark.get(id);
    if (!first) {
      byMark.set(id, row);
      continue;
    }
    input.columns.forEach((column, i) => {
      if (!skip.has(column) && text(row[i]) !== text(first[i])) varying.add(i);
    });
  }
  return [...varying].map((i) => input.columns[i]!);
}

/** UN SDG and SDMX codes for "all": BOTHSEX, ALLAGE, ALLAREA, _T, TOTAL… */
export function isTotalCode(value: string): boolean {
  return /^(bothsex|btsx|_t|_z|total|all.*)$/i.test(value); // BTSX: WHO's "both sexes"
}

/** A plain table's total, as people write it: Total, All, Both sexes, _T. */
function isPlainTotal(value: string): boolean {
  return /^(total|all|both sexes|_t|bothsex|btsx)$/i.test(value.trim());
}

/** What readers are told about the totals: "Both sexes, all ages." (the words are the chart's language's). */
function totalsChoice(totals: readonly { column: string; total: string }[], headline: boolean): Choice {
  if (headline) return { kind: 'headline', columns: totals.map((t) => t.column) };
  const parts = totals.map(({ column, total }) => TOTAL_PARTS[total.toUpperCase()] ?? totalOf(column));
  return { kind: 'totals', parts: parts.filter((part, i) => typeof part !== 'string' || parts.indexOf(part) === i) };
}

const TOTAL_PARTS: Record<string, TotalPart> = { BOTHSEX: 'both-sexes', BTSX: 'both-sexes', ALLAGE: 'all-ages', ALLAREA: 'all-areas' };

function totalOf(column: string): TotalPart {
  const name = columnKey(column);
  if (/\bsex\b|gender/.test(name)) return 'both-sexes';
  if (/\bage\b/.test(name)) return 'all-ages';
  if (/location|residence|\barea\b|urban/.test(name)) return 'all-areas';
  if (/wealth|quintile/.test(name)) return 'all-wealth';
  return { all: column };
}
