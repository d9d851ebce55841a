/**
 * The summary's sentence on uncertainty: whether the difference the template's summary speaks of (highest and
 * lowest bar, largest gap between groups, a line's change) is within the margin of error, i.e. whether the two
 * values' ranges overlap. Nothing is said when either value lacks a range.
 */
import type { Row } from '../../data/table.js';
import type { SummaryContext } from '../types.js';
import { strings as en } from '../../i18n/en.js';
import { wordsIn } from '../words.js';
import { boundsOf, overlap } from './bounds.js';
import { english } from './words.js';

const finite = (row: Row) => typeof row['value'] === 'number' && Number.isFinite(row['value']);
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** Two rows compared: "the gap between a and b (where)". */
function gapSentence(a: Row, b: Row, where: string, context: SummaryContext): string | undefined {
  const [first, second] = [boundsOf(a), boundsOf(b)];
  if (!first || !second) return undefined;
  const words = wordsIn(english, context.strings ?? en.summary);
  const names = (row: Row) => text(row['group'] ?? row['category'] ?? row['series']);
  return (overlap(first, second) ? words.gapWithin : words.gapBeyond)(names(a), names(b), where);
}

/** Ranked bars: the highest and the lowest bar, as the summary names them. */
export function barsSummary(rows: readonly Row[], _options: unknown, context: SummaryContext): string | undefined {
  const sorted = rows.filter(finite).sort((a, b) => (b['value'] as number) - (a['value'] as number));
  return sorted.length < 2 ? undefined : gapSentence(sorted[0]!, sorted.at(-1)!, '', context);
}

/** Gaps between groups: the two groups of the largest gap, as the summary names them. */
export function gapsSummary(rows: readonly Row[], _options: unknown, context: SummaryContext): string | undefined {
  const byCategory = new Map<string, Row[]>();
  for (const row of rows.filter(finite)) byCategory.set(text(row['category']), [...(byCategory.get(text(row['category'])) ?? []), row]);
  let largest: { category: string; low: Row; high: Row; gap: number } | undefined;
  for (const [category, dots] of byCategory) {
    const low = dots.reduce((a, b) => ((b['value'] as number) < (a['value'] as number) ? b : a));
    const high = dots.reduce((a, b) => ((b['value'] as number) > (a['value'] as number) ? b : a));
    const gap = (high['value'] as number) - (low['value'] as number);
    if (!largest || gap > largest.gap) largest = { category, low, high, gap };
  }
  return largest && largest.gap > 0 ? gapSentence(largest.high, largest.low, byCategory.size > 1 ? largest.category : '', context) : undefined;
}

/** Lines over time: the first and last value of the line that changed most, as the summary names it. */
export function linesSummary(rows: readonly Row[], _options: unknown, context: SummaryContext): string | undefined {
  const bySeries = new Map<string, Row[]>();
  for (const row of rows.filter((r) => finite(r) && r['time'] instanceof Date)) bySeries.set(text(row['series']), [...(bySeries.get(text(row['series'])) ?? []), row]);
  const time = (row: Row) => (row['time'] as Date).getTime();
  let most: { series: string; first: Row; last: Row; change: number } | undefined;
  for (const [series, points] of bySeries) {
    const sorted = [...points].sort((a, b) => time(a) - time(b));
    const [first, last] = [sorted[0]!, sorted.at(-1)!];
    const change = Math.abs((last['value'] as number) - (first['value'] as number));
    if (time(first) !== time(last) && (!most || change > most.change)) most = { series, first, last, change };
  }
  if (!most) return undefined;
  const [from, to] = [boundsOf(most.first), boundsOf(most.last)];
  if (!from || !to) return undefined;
  const words = wordsIn(english, context.strings ?? en.summary);
  const year = (row: Row) => String((row['time'] as Date).getUTCFullYear());
  const line = bySeries.size > 1 ? most.series : '';
  return (overlap(from, to) ? words.changeWithin : words.changeBeyond)(line, year(most.first), year(most.last));
}
