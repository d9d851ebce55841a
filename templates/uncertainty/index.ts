/**
 * Uncertainty: each value's lower and upper bound (`lower-column`, `upper-column`, e.g. a survey's 95% confidence
 * interval). A template that can show them lists `BOUND_ROLES` among its roles and sets one hook, e.g.
 * `uncertainty: LINE_BANDS`; the plan checks the bounds, the compiler adds the marks (draw.ts) when the rows have
 * them, and the summary says whether the difference it speaks of is within the margin of error (summary.ts).
 */
import { registerTemplateWords } from '../../i18n/words.js';
import type { RoleDef, UncertaintyHook } from '../types.js';
import { bandsBehindLines, intervalsOnBars, intervalsOnDots } from './draw.js';
import { barsSummary, gapsSummary, linesSummary } from './summary.js';
import { english } from './words.js';

export { boundsOf } from './bounds.js';
export { boundsWarnings, hasBounds } from './check.js';

/** The two optional columns of bounds, read only as a pair. */
export const BOUND_ROLES: readonly RoleDef[] = [
  { name: 'lower', type: 'quantitative', required: false, meaning: 'the lower bound of each value (e.g. of its 95% confidence interval); needs `upper-column` too' },
  { name: 'upper', type: 'quantitative', required: false, meaning: 'the upper bound of each value; needs `lower-column` too' },
];

/** trend, progress: a band behind each line. */
export const LINE_BANDS: UncertaintyHook = { draw: bandsBehindLines, summary: linesSummary };
/** ranked-bar: a whisker on each bar. */
export const BAR_INTERVALS: UncertaintyHook = { draw: intervalsOnBars, summary: barsSummary };
/** disaggregation: a whisker on each dot. */
export const DOT_INTERVALS: UncertaintyHook = { draw: intervalsOnDots, summary: gapsSummary };

registerTemplateWords('uncertainty', {
  en: english,
  fr: () => import('./words.fr.js'),
  es: () => import('./words.es.js'),
  pt: () => import('./words.pt.js'),
  ar: () => import('./words.ar.js'),
});
