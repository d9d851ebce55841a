/**
 * Reading each row's bounds (`lower`, `upper`): which rows have a range that contains their value, and whether two
 * ranges overlap. Pure: the plan's warnings and the summary's sentence share it.
 */
import type { Row } from '../../data/table.js';

export interface Bounded {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The row's value and bounds when both bounds are given and contain the value; undefined otherwise. */
export function boundsOf(row: Row): Bounded | undefined {
  const { value, lower, upper } = row;
  if (!finite(value) || !finite(lower) || !finite(upper) || lower > value || upper < value) return undefined;
  return { value, lower, upper };
}

/** Whether two ranges share at least one value: the difference between them is then within the margin of error. */
export function overlap(a: Bounded, b: Bounded): boolean {
  return a.lower <= b.upper && b.lower <= a.upper;
}

/** What names a row for a reader: its place, line or group, and its year ("Kano 2018"); else its line in the file. */
export function rowName(row: Row, index: number): string {
  const name = [row['category'], row['geo'], row['series'], row['group']].filter((v) => typeof v === 'string' && v !== '').join(', ');
  const time = row['time'] instanceof Date && !Number.isNaN(row['time'].getTime()) ? String(row['time'].getUTCFullYear()) : '';
  return [name, time].filter(Boolean).join(' ') || `row ${index + 2}`;
}
