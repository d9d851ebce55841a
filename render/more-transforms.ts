/**
 * Vega's transforms that no built-in template uses (render/vega-runtime.ts registers the others), for a spec that
 * names one, e.g. of a template a site registers and the browser compiles with Vega-Lite (binning, time units). In the
 * standalone build they come from a copy of their packages in this chunk (scripts/late-copies-plugin.ts).
 */
import { linkpath, pie } from 'vega-encode';
import { bin, countpattern, cross, density, dotbin, generate, impute, kde, pivot, project, quantile, sample, sequence, subflow, timeunit } from 'vega-transforms';

export const moreTransforms = { bin, countpattern, cross, density, dotbin, generate, impute, kde, linkpath, pie, pivot, project, quantile, sample, sequence, subflow, timeunit };
