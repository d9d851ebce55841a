/** What the plan checks about bounds (`lower-column`, `upper-column`) before anything else: both or neither. */
import { fail } from '../../i18n/errors/core.en.js';
import type { TypedData } from '../../data/typing.js';

/** True when the rows carry bounds to draw; an error when only one of the two columns is given. */
export function hasBounds(typed: Pick<TypedData, 'columns'>): boolean {
  const { lower, upper } = typed.columns;
  if (lower === undefined && upper === undefined) return false;
  if (lower === undefined) throw fail('missing-column', 'oneBound', 'upper', upper!, 'lower');
  if (upper === undefined) throw fail('missing-column', 'oneBound', 'lower', lower, 'upper');
  return true;
}
