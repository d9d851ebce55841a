// Vega's sub-packages ship no type declarations; only these few names are used (render/vega-runtime.ts, render/expression-cache.ts).
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
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
