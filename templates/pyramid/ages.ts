import type { Row } from '../../data/table.js';

/** The groups of the rows in their order, and the one drawn on the left (the first). */
export function pyramidSides(rows: readonly Row[]): { left: string; groups: string[] } {
  const groups = [...new Set(rows.filter((row) => typeof row['value'] === 'number').map((row) => String(row['group'] ?? '')))];
  return { left: groups[0] ?? '', groups };
}

/** The first whole number of an age label ("0–4" → 0, "65+" → 65, "85 years and over" → 85), or undefined. */
export function ageFrom(label: string): number | undefined {
  const match = /\d+/.exec(label);
  return match ? Number(match[0]) : undefined;
}

export interface AgeShares {
  /** The age group with the most people, both groups together. */
  readonly largest: { readonly age: string; readonly value: number };
  /** The share (0–1) of children under 15, when the age groups can be read and split there. */
  readonly children?: number | undefined;
  /** The share (0–1) of older people from `olderFrom` (65), likewise. */
  readonly older?: number | undefined;
  readonly olderFrom?: number | undefined;
}

/**
 * Pure: what the summary says of the rows — the largest age group, and the shares of children (under 15) and older
 * people (65 and over) when every age label starts with its first year and the groups split at 15 and 65.
 */
export function ageShares(rows: readonly Row[]): AgeShares | undefined {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (typeof row['value'] !== 'number' || !Number.isFinite(row['value'])) continue;
    const age = String(row['category'] ?? '');
    totals.set(age, (totals.get(age) ?? 0) + row['value']);
  }
  if (totals.size === 0) return undefined;
  const [age, value] = [...totals].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const total = [...totals.values()].reduce((sum, v) => sum + v, 0);
  const starts = [...totals.keys()].map((label) => ({ label, from: ageFrom(label) }));
  const readable = total > 0 && starts.every((start) => start.from !== undefined);
  const splitsAt = (year: number) => readable && starts.some((start) => start.from === year);
  const sum = (keep: (from: number) => boolean) => starts.filter((start) => keep(start.from!)).reduce((s, start) => s + totals.get(start.label)!, 0) / total;
  return {
    largest: { age, value },
    children: splitsAt(15) && starts.some((start) => start.from === 0) ? sum((from) => from < 15) : undefined,
    older: splitsAt(65) ? sum((from) => from >= 65) : undefined,
    olderFrom: splitsAt(65) ? 65 : undefined,
  };
}
