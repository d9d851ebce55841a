// Vega's sub-packages ship no type declarations; only these few names are used (render/vega-runtime.ts, render/expression-cache.ts).
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
/** Each transform's class, registered by name (render/vega-runtime.ts, render/more-transforms.ts). */
declare module 'vega-transforms' {
  const transform: unknown;
  export {
    transform as aggregate, transform as bin, transform as collect, transform as compare, transform as countpattern, transform as cross,
    transform as density, transform as dotbin, transform as expression, transform as extent, transform as facet, transform as field,
    transform as filter, transform as flatten, transform as fold, transform as formula, transform as generate, transform as impute,
    transform as joinaggregate, transform as kde, transform as key, transform as load, transform as lookup, transform as multiextent,
    transform as multivalues, transform as params, transform as pivot, transform as prefacet, transform as project, transform as proxy,
    transform as quantile, transform as relay, transform as sample, transform as sequence, transform as sieve, transform as subflow,
    transform as timeunit, transform as tupleindex, transform as values, transform as window,
  };
}
declare module 'vega-view-transforms' {
  const transform: unknown;
  export { transform as bound, transform as identifier, transform as mark, transform as overlap, transform as render, transform as viewlayout };
}
declare module 'vega-encode' {
  const transform: unknown;
  export {
    transform as axisticks, transform as datajoin, transform as encode, transform as legendentries, transform as linkpath, transform as pie,
    transform as scale, transform as sortitems, transform as stack,
  };
}
declare module 'vega-geo';
declare module 'vega-parser' {
  export { parse } from 'vega';
}
declare module 'vega-view' {
  export { View } from 'vega';
}
declare module 'vega-runtime' {
  /** Makes a parse context; render/expression-cache.ts only reads the expression generator one carries. */
  export function context(dataflow: object, transforms: object, functions?: object, expr?: object): { expr: unknown };
}
declare module 'vega-format' {
  /** Vega's number and time formats from d3 locale definitions. */
  export function locale(number: object, time: object): unknown;
}
declare module 'vega-scenegraph' {
  /** Vega's renderers and event handlers, registered by name (render/canvas-renderer.ts). */
  const part: unknown;
  export { part as CanvasHandler, part as CanvasRenderer, part as HybridHandler, part as HybridRenderer };
  export function renderModule(name: string, module: { renderer: unknown; headless: unknown; handler: unknown }): unknown;
}
declare module 'd3-geo';
