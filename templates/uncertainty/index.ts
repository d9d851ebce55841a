/**
 * Uncertainty: each value's lower and upper bound (`lower-column`, `upper-column`, e.g. a survey's 95% confidence
 * interval). A template that can show them lists `BOUND_ROLES` among its roles and sets one hook, e.g.
 * `uncertainty: LINE_BANDS`; the plan checks the bounds (check.ts) and, for rows that have them, loads the notes
 * and the summary's sentence on the margin of error (reading.ts); the compiler adds the marks (draw.ts).
 */
import { registerTemplateWords } from '../../i18n/words.js';
import type { RoleDef, UncertaintyHook } from '../types.js';
import { english } from './words.js';

export { boundsOf } from './bounds.js';
export { hasBounds } from './check.js';

/** The two optional columns of bounds, read only as a pair. */
export const BOUND_ROLES: readonly RoleDef[] = [
  { name: 'lower', type: 'quantitative', required: false, meaning: 'the lower bound of each value (e.g. of its 95% confidence interval); needs `upper-column` too' },
  { name: 'upper', type: 'quantitative', required: false, meaning: 'the upper bound of each value; needs `lower-column` too' },
];

/** trend, progress: a band behind each line. */
export const LINE_BANDS: UncertaintyHook = { marks: 'bands' };
/** ranked-bar: a whisker on each bar. */
export const BAR_INTERVALS: UncertaintyHook = { marks: 'bar-intervals' };
/** disaggregation: a whisker on each dot. */
export const DOT_INTERVALS: UncertaintyHook = { marks: 'dot-intervals' };

registerTemplateWords('uncertainty', {
  en: english,
  fr: () => import('./words.fr.js'),
  es: () => import('./words.es.js'),
  pt: () => import('./words.pt.js'),
  ar: () => import('./words.ar.js'),
});
