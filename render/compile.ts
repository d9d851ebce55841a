import type { Spec as VegaSpec } from 'vega';
import type { ChartTemplate, Options, SpecContext } from '../templates/types.js';

/**
 * Compiles a template's Vega-Lite spec to Vega once per (template, structural
 * options, context) and shares the result with every chart on the page and
 * every re-render: the spec holds neither data nor theme, so nothing else can
 * change it. Vega-Lite is loaded only when a spec is first compiled.
 */
export interface CompiledSpec {
  readonly key: string;
  readonly spec: VegaSpec;
}

const cache = new Map<string, Promise<CompiledSpec>>();
let compiles = 0;

export function structuralOptions(template: ChartTemplate, options: Options): Options {
  const picked: Record<string, Options[string]> = {};
  for (const option of template.options) if (option.structural) picked[option.attribute] = options[option.attribute] ?? null;
  return picked;
}

export function compileTemplate(template: ChartTemplate, options: Options, context: SpecContext): Promise<CompiledSpec> {
  const structural = structuralOptions(template, options);
  const key = `${template.id}|${JSON.stringify(structural)}|${JSON.stringify(context)}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(template, structural, context, key);
    cache.set(key, compiled);
    compiled.catch(() => cache.delete(key));
  }
  return compiled;
}

async function compile(template: ChartTemplate, options: Options, context: SpecContext, key: string): Promise<CompiledSpec> {
  const vegaLite = await import('vega-lite');
  compiles++;
  const warnings: string[] = [];
  const logger = quietLogger(warnings);
  const { spec } = vegaLite.compile(template.spec(options, context), { logger });
  // Width comes from the container and height by step (or fixed): Vega fits the
  // whole chart, axes and labels included, into the width it is given.
  spec.autosize = { type: context.fixedHeight ? 'fit' : 'fit-x', contains: 'padding' };
  if (warnings.length) console.warn(`lnob-charts: template "${template.id}" compiled with warnings:`, warnings);
  return { key, spec };
}

/**
 * Vega-Lite warns "Dropping fit-y because spec has discrete height" for every
 * step-sized chart, even though we only ask for fit-x afterwards; the autosize
 * is set on the compiled spec instead, so that warning cannot arise. Everything
 * else is collected.
 */
function quietLogger(warnings: string[]) {
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    warn: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as Parameters<typeof import('vega-lite').compile>[1] extends infer O
    ? O extends { logger?: infer L } ? L : never
    : never;
}

/** How many specs were compiled since the page loaded (for tests and the benchmark). */
export function compileCount(): number {
  return compiles;
}
