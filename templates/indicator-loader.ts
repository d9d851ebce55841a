import type * as Indicators from './indicators.js';

/**
 * The SDG indicator presets (names in three languages, targets, notes) are
 * loaded only by pages that use `indicator="…"`: most charts never need them,
 * and every page would otherwise download them.
 */
let loaded: typeof Indicators | undefined;
let loading: Promise<typeof Indicators> | undefined;

export function loadIndicators(): Promise<typeof Indicators> {
  loading ??= import('./indicators.js').then((module) => (loaded = module));
  return loading;
}

/** The presets if a chart has loaded them already, else undefined (the chart shows them once loaded). */
export function loadedIndicators(): typeof Indicators | undefined {
  return loaded;
}
