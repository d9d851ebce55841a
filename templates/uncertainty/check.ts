/**
 * What the plan checks about bounds (`lower-column`, `upper-column`): both or neither (an error naming the missing
 * attribute), then notes for the reader on rows drawn without their range — bounds missing, or a range that does not
 * contain its value. No bound is ever made up: such rows are drawn without one.
 */
import { fail } from '../../i18n/errors/core.en.js';
import type { TypedData } from '../../data/typing.js';
import type { Row } from '../../data/table.js';
import type { LanguageContext } from '../types.js';
import { strings as en } from '../../i18n/en.js';
import { wordsIn } from '../words.js';
import { rowName } from './bounds.js';
import { english } from './words.js';

/** True when the rows carry bounds to draw; an error when only one of the two columns is given. */
export function hasBounds(typed: Pick<TypedData, 'columns'>): boolean {
  const { lower, upper } = typed.columns;
  if (lower === undefined && upper === undefined) return false;
  if (lower === undefined) throw fail('missing-column', 'oneBound', 'upper', upper!, 'lower');
  if (upper === undefined) throw fail('missing-column', 'oneBound', 'lower', lower, 'upper');
  return true;
}

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
