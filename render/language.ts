/**
 * Glue between a language's strings and a template, for the chart plan: the
 * words a chart draws come in through signals the spec declares (e.g. the
 * map's `lnob_nodata_label`) and option defaults (the progress chart's
 * target label), so templates stay pure and English by default.
 */
import type { Spec as VegaSpec } from 'vega';
import type { ChartTemplate, Options } from '../templates/types.js';
import type { UiStrings } from '../i18n/strings.js';

/** Signals carrying drawn words, set only where the compiled spec declares them (Vega refuses unknown signals). */
export function languageSignals(spec: VegaSpec, strings: UiStrings): Record<string, unknown> {
  const declared = new Set((spec.signals ?? []).map((signal) => signal.name));
  const signals: Record<string, unknown> = {};
  if (declared.has('lnob_nodata_label')) signals['lnob_nodata_label'] = strings.summary.noData;
  // The world map's note and attribution (a map of the page's own boundaries sets its own attribution).
  if (declared.has('lnob_disclaimer') && strings.summary.mapDisclaimer) signals['lnob_disclaimer'] = strings.summary.mapDisclaimer;
  if (declared.has('lnob_disclaimer_short') && strings.summary.mapDisclaimerShort) signals['lnob_disclaimer_short'] = strings.summary.mapDisclaimerShort;
  if (declared.has('lnob_attribution') && strings.summary.mapAttribution) signals['lnob_attribution'] = strings.summary.mapAttribution;
  // Right to left: numbers with their units and names drawn as isolated runs (FSI … PDI), so "20%" stays whole.
  if (strings.dir === 'rtl' && declared.has('lnob_isolate')) Object.assign(signals, { lnob_isolate: '\u2068', lnob_isolate_end: '\u2069' });
  return signals;
}

/** Options whose default is words: filled in the chart's language when neither the page nor a preset set them. */
export function languageOptions(template: ChartTemplate, options: Options, strings: UiStrings): Options {
  if (strings.lang === 'en' || !template.options.some((option) => option.attribute === 'target-label')) return options;
  const label = options['target-label'];
  if (typeof label === 'string' && label.trim() !== '') return options;
  // A target relative to the baseline is named by the template, in the chart's words ("2030 target: half of 2015").
  if (typeof options['target-relative'] === 'number') return options;
  const year = typeof options['target-year'] === 'number' ? options['target-year'] : 2030;
  return { ...options, 'target-label': strings.summary.target(year) };
}
