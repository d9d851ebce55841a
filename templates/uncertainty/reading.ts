/**
 * What a chart with bounds says about them, loaded by the plan only for such a chart: notes for the reader on rows
 * drawn without their range (bounds missing, or a range that does not contain its value: no bound is ever made up),
 * and the summary's sentence on the margin of error for each way of drawing them.
 */
import type { Row } from '../../data/table.js';
import type { LanguageContext, Options, SummaryContext, UncertaintyHook } from '../types.js';
import { strings as en } from '../../i18n/en.js';
import { wordsIn } from '../words.js';
import { rowName } from './bounds.js';
import { barsSummary, gapsSummary, linesSummary } from './summary.js';
import { english } from './words.js';

type Sentence = (rows: readonly Row[], options: Options, context: SummaryContext) => string | undefined;

/** The sentence each template's `uncertainty.marks` says: a line's change, or the gap between two bars or dots. */
export const BOUND_SENTENCES: Readonly<Record<UncertaintyHook['marks'], Sentence>> = {
  bands: linesSummary,
  'bar-intervals': barsSummary,
  'dot-intervals': gapsSummary,
};

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Notes for the chart's readers: rows without a bound, and ranges that leave out their value (each named). */
export function boundsWarnings(rows: readonly Row[], format: (value: number) => string, context: LanguageContext): string[] {
  const words = wordsIn(english, context.strings ?? en.summary);
  const missing: number[] = [];
  const notes: string[] = [];
  rows.forEach((row, index) => {
    if (!finite(row['value'])) return;
    const { value, lower, upper } = row;
    if (!finite(lower) || !finite(upper)) missing.push(index);
    else if (lower > value || upper < value) notes.push(words.boundsOutside(rowName(row, index), format(value), `${format(lower)}–${format(upper)}`));
  });
  const example = missing[0];
  const outside = notes.slice(0, 3); // a few named rows say what to check; more would crowd the chart
  return example === undefined ? outside : [words.boundsMissing(missing.length, rowName(rows[example]!, example)), ...outside];
}
