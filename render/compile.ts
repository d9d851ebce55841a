import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartTemplate, Options, SpecContext } from '../templates/types.js';
import { accessibleSpec } from './accessible-spec.js';
import { rememberParsed } from './parsed-at-build.js';
import { precompiledSpecs } from './precompiled.js';

/**
 * Compiles a template's Vega-Lite spec to Vega once per (template, structural
 * options, context) and shares the result with every chart on the page and
 * every re-render: the spec holds neither data nor theme, so nothing else can
 * change it.
 *
 * The built bundles carry every built-in template's specs precompiled (see
 * scripts/precompile-plugin.ts), so the Vega-Lite compiler is loaded only for
 * a configuration nobody precompiled, such as a template a site registers.
 */
export interface CompiledSpec {
  readonly key: string;
  readonly spec: VegaSpec;
}

type VegaLite = typeof import('vega-lite');

const cache = new Map<string, Promise<CompiledSpec>>();
let compiles = 0;

export function structuralOptions(template: ChartTemplate, options: Options): Options {
  const picked: Record<string, Options[string]> = {};
  for (const option of template.options) if (option.structural) picked[option.attribute] = options[option.attribute] ?? null;
  return picked;
}

/** The name of a template's precompiled specs with bounds (`ranked-bar+bounds`), beside its plain ones (`ranked-bar`). */
export const WITH_BOUNDS = '+bounds';

/** The cache key: everything a compiled spec depends on. */
export function compileKey(template: ChartTemplate, options: Options, context: SpecContext): string {
  return `${template.id}|${JSON.stringify(structuralOptions(template, options))}|${JSON.stringify(context)}`;
}

/**
 * `direction`: a right-to-left chart gets the mirror image of the left-to-right spec (render/mirror-spec.ts),
 * made from the same precompiled spec and cached beside it.
 */
export function compileTemplate(template: ChartTemplate, options: Options, context: SpecContext, direction: 'ltr' | 'rtl' = 'ltr'): Promise<CompiledSpec> {
  const key = compileKey(template, options, context);
  if (direction === 'rtl') return mirrored(template, options, context, key);
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(template, structuralOptions(template, options), context, key);
    cache.set(key, compiled);
    compiled.catch(() => cache.delete(key));
  }
  return compiled;
}

function mirrored(template: ChartTemplate, options: Options, context: SpecContext, key: string): Promise<CompiledSpec> {
  const rtlKey = `${key}|rtl`;
  let compiled = cache.get(rtlKey);
  if (!compiled) {
    // Loaded only by a right-to-left chart: a page in other languages never downloads it.
    compiled = Promise.all([compileTemplate(template, options, context), import('./mirror-spec.js')]).then(([{ spec }, { mirrorSpec }]) => ({ key: rtlKey, spec: mirrorSpec(spec) }));
    cache.set(rtlKey, compiled);
    compiled.catch(() => cache.delete(rtlKey));
  }
  return compiled;
}

async function compile(template: ChartTemplate, options: Options, context: SpecContext, key: string): Promise<CompiledSpec> {
  // Specs with bounds (templates/uncertainty/) are a chunk of their own: charts without them do not download them.
  const precompiled = precompiledSpecs[context.uncertainty ? `${template.id}${WITH_BOUNDS}` : template.id];
  if (precompiled) {
    const { default: specs, parsed } = await precompiled();
    const spec = specs[key];
    if (spec && parsed?.key === key) rememberParsed(spec, parsed);
    if (spec) return { key, spec };
  }
  const [vegaLite, bounds] = await Promise.all([import('vega-lite'), context.uncertainty ? import('../templates/uncertainty/draw.js') : undefined]);
  const addBounds = template.uncertainty && bounds?.BOUND_MARKS[template.uncertainty.marks];
  compiles++;
  const { spec, warnings } = compileSpec(vegaLite, template, options, context, addBounds);
  if (warnings.length) console.warn(`lnob-charts: template "${template.id}" compiled with warnings:`, warnings);
  return { key, spec };
}

/** Vega-Lite → Vega for one configuration. Pure given the compiler: the build runs it in Node too. */
export function compileSpec(
  vegaLite: VegaLite,
  template: ChartTemplate,
  options: Options,
  context: SpecContext,
  /** Adds each value's bounds (`BOUND_MARKS[template.uncertainty.marks]`, templates/uncertainty/draw.ts), for a context with `uncertainty`. */
  addBounds?: (spec: TopLevelSpec) => TopLevelSpec,
): { spec: VegaSpec; warnings: string[] } {
  const warnings: string[] = [];
  const drawn = template.spec(options, context);
  const withBounds = context.uncertainty && addBounds ? addBounds(drawn) : drawn;
  const { spec } = vegaLite.compile(withBounds, { logger: collectingLogger(warnings) });
  // Width comes from the container and height by step (or fixed): Vega fits the
  // whole chart, axes and labels included, into the width it is given. (Set
  // here, not in the Vega-Lite spec, where fit-x on a step-sized chart draws a
  // needless warning.)
  spec.autosize = { type: context.fixedHeight ? 'fit' : 'fit-x', contains: 'padding' };
  // Vega-Lite writes its default background ("white") and padding (5) into the
  // spec, where they would beat the theme's Vega config: leave them to the theme.
  delete spec.background;
  delete spec.padding;
  return { spec: accessibleSpec(spec), warnings }; // what screen readers find: one place for every template
}

function collectingLogger(warnings: string[]) {
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    warn: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as NonNullable<Parameters<VegaLite['compile']>[1]>['logger'];
}

/** How many specs were compiled in the browser since the page loaded (for tests and the benchmark). */
export function compileCount(): number {
  return compiles;
}
