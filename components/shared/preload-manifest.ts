/**
 * Which chunk files of the standalone build each part of a chart needs, by
 * path beside the entry file. Written into dist/lnob-charts.js by the build
 * (scripts/preload-plugin.ts); in the source, the npm library and the tests it
 * stays the placeholder, and nothing is preloaded (their bundler or server
 * decides).
 */
export interface PreloadManifest {
  /** Vega: the view, the parser, the renderers and the transforms the templates use. */
  readonly vega: readonly string[];
  /** vega-interpreter, for `csp="strict"` and the page-level switch. */
  readonly interpreter: readonly string[];
  /** The SDG indicator presets, for charts with `indicator`. */
  readonly indicators: readonly string[];
  /** Reading real-world file layouts and slicing them, for charts with `src` or slice attributes. */
  readonly slice: readonly string[];
  /** Per template id: its precompiled specs and the data it loads itself (the map's shapes, Vega's geographic transforms). */
  readonly templates: Readonly<Record<string, readonly string[]>>;
  /** Per language: its words (English is in the entry). */
  readonly languages: Readonly<Record<string, readonly string[]>>;
}

export const PRELOAD_PLACEHOLDER = '__LNOB_PRELOAD_MANIFEST__';

/** The build writes the manifest's JSON over this string, at the same length. */
const written: string = '__LNOB_PRELOAD_MANIFEST__';

export function preloadManifest(): PreloadManifest | undefined {
  const text = written.trim();
  return text.startsWith(PRELOAD_PLACEHOLDER) ? undefined : (JSON.parse(text) as PreloadManifest);
}
