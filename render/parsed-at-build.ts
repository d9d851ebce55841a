import type { Spec as VegaSpec } from 'vega';

/**
 * Vega dataflows parsed when the kit was built (scripts/precompile-plugin.ts): each built-in template's usual spec
 * with the default theme's config. Parsing is the largest single step of a page's first chart; a chart whose spec and
 * config are exactly those skips it. Keyed by the spec object itself, so a spec made from it (mirrored for a
 * right-to-left chart, with annotations) is parsed as usual.
 */
export interface ParsedAtBuild {
  /** The spec's compile key (render/compile.ts). */
  readonly key: string;
  /** The config it was parsed with, as `themeToVega` keys it: another config (theme, page tokens) parses anew. */
  readonly configKey: string;
  /** What `vega.parse(spec, config, { ast: false })` returned, through JSON. */
  readonly runtime: object;
}

const parsedSpecs = new WeakMap<VegaSpec, ParsedAtBuild>();

/** Called when a template's precompiled specs arrive (render/compile.ts). */
export function rememberParsed(spec: VegaSpec, parsed: ParsedAtBuild): void {
  parsedSpecs.set(spec, parsed);
}

/** The dataflow parsed at build for this spec and config, if there is one (never for expressions as trees). */
export function parsedAtBuild(spec: VegaSpec, configKey: string): object | undefined {
  const parsed = parsedSpecs.get(spec);
  return parsed?.configKey === configKey ? parsed.runtime : undefined;
}
