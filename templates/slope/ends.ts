import type { Row } from '../../data/table.js';

/** One line of a slope chart: its category and its value at each end (null where the data has none). */
export interface SlopeLine {
  readonly category: string;
  readonly from: number | null;
  readonly to: number | null;
}

export interface SlopeEnds {
  /** The two times drawn: the first and the last of the rows (after `years`, which picks them). */
  readonly from: Date;
  readonly to: Date;
  /** Every time the rows hold, in order (more than two: the chart says which two it draws). */
  readonly times: readonly Date[];
  readonly lines: readonly SlopeLine[];
}

const valid = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Pure: what a slope chart draws of the rows — the first and last time, and each category's value at both. The
 * drawing, the summary, the notes and the keyboard walk all read this one result. Undefined without two times.
 */
export function slopeEnds(rows: readonly Row[]): SlopeEnds | undefined {
  const instants = new Set<number>();
  for (const row of rows) if (row['time'] instanceof Date && valid(row['value'])) instants.add(row['time'].getTime());
  const sorted = [...instants].sort((a, b) => a - b);
  if (sorted.length < 2) return undefined;
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const lines = new Map<string, { from: number | null; to: number | null }>();
  for (const row of rows) {
    const category = row['category'] === null || row['category'] === undefined ? '' : String(row['category']);
    if (!lines.has(category)) lines.set(category, { from: null, to: null });
    const time = row['time'] instanceof Date ? row['time'].getTime() : NaN;
    if (!valid(row['value'])) continue;
    if (time === from) lines.get(category)!.from = row['value'];
    if (time === to) lines.get(category)!.to = row['value'];
  }
  return {
    from: new Date(from),
    to: new Date(to),
    times: sorted.map((t) => new Date(t)),
    lines: [...lines].filter(([, ends]) => ends.from !== null || ends.to !== null).map(([category, ends]) => ({ category, ...ends })),
  };
}

/** The rows the drawing shows: those at either end (a middle year is in the table, not on the chart). */
export function drawnRows(rows: readonly Row[]): readonly Row[] {
  const ends = slopeEnds(rows);
  if (!ends) return rows;
  const keep = new Set([ends.from.getTime(), ends.to.getTime()]);
  return rows.filter((row) => row['time'] instanceof Date && keep.has(row['time'].getTime()));
}

/** The change of a line with both ends, else null. */
export function changeOf(line: SlopeLine): number | null {
  return line.from === null || line.to === null ? null : line.to - line.from;
}

/** A time as the chart names it: the year when every time is on 1 January, else the date (UTC) in the chart's language. */
export function timeLabeller(times: readonly Date[], lang: string | undefined): (time: Date) => string {
  const yearly = times.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1 && t.getUTCHours() === 0);
  if (yearly) return (time) => String(time.getUTCFullYear());
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat(lang ?? 'en', { dateStyle: 'medium', timeZone: 'UTC' });
  } catch {
    formatter = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
  }
  return (time) => formatter.format(time);
}

/** Which way each line moved, for its colour: better or worse when the page says which way is better, else rose or fell. */
export type Way = 'better' | 'worse' | 'same' | 'rose' | 'fell' | 'one-end';

export function wayOf(line: SlopeLine, direction: 'increase' | 'decrease' | null): Way {
  const change = changeOf(line);
  if (change === null) return 'one-end';
  if (change === 0) return 'same';
  if (direction === null) return change > 0 ? 'rose' : 'fell';
  return (change > 0) === (direction === 'increase') ? 'better' : 'worse';
}
