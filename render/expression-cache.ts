import { context } from 'vega-runtime';

/**
 * Vega's expression code generator, with each compiled function kept
 * page-wide by its source code.
 *
 * A Vega view turns every expression of its spec (label formats, colours,
 * positions, event handlers) into a function with `new Function`, each time a
 * view is made. The charts of a page share a few templates, so the same code
 * would be compiled again for every chart and every redraw. Here it is
 * compiled once: the cache holds the functions unbound, and each view binds
 * them to its own context, exactly as Vega's own generator does. (Strict-CSP
 * pages use vega-interpreter instead and never reach this module's `Function`.)
 */
type Bindable = (...args: never[]) => unknown;
interface ExpressionContext {
  readonly functions?: object;
}
interface Expression {
  readonly code: string;
}
interface EncodeExpression {
  readonly marktype: string;
  readonly channels: Readonly<Record<string, Expression>>;
}
export interface ExpressionCodegen {
  operator(ctx: ExpressionContext | null, expr: Expression): Bindable;
  parameter(ctx: ExpressionContext | null, expr: Expression): Bindable;
  event(ctx: ExpressionContext | null, expr: Expression): Bindable;
  handler(ctx: ExpressionContext | null, expr: Expression): Bindable;
  encode(ctx: ExpressionContext | null, encode: EncodeExpression): Bindable;
  codegen: { get(path: readonly string[]): Bindable; comparator(fields: unknown[], orders: unknown[]): Bindable };
}

/** Vega's own generator (vega-runtime does not export it; a context made without one carries it). */
const vegaCodegen = context({ events: () => undefined }, {}).expr as ExpressionCodegen;

/** Beyond this many distinct expressions (a page of many different custom specs), start again: memory stays bounded. */
const MAX_ENTRIES = 5000;
const compiled = new Map<string, Bindable>();

function remember(key: string, make: () => Bindable): Bindable {
  let fn = compiled.get(key);
  if (!fn) {
    if (compiled.size >= MAX_ENTRIES) compiled.clear();
    compiled.set(key, (fn = make()));
  }
  return fn;
}

/**
 * Binds as Vega does, to the context's functions (`this.scale(…)`, `this.data(…)` inside the code). Vega
 * then writes `fields` and `fname` on the function it gets: on the bound copy, never on the shared one.
 */
function bound(ctx: ExpressionContext | null, key: string, make: () => Bindable): Bindable {
  return ctx?.functions ? remember(key, make).bind(ctx.functions) : make();
}

type Kind = 'operator' | 'parameter' | 'event' | 'handler';
const byCode = (kind: Kind) => (ctx: ExpressionContext | null, expr: Expression) =>
  bound(ctx, `${kind}\u0000${expr.code}`, () => vegaCodegen[kind](null, expr));

function encodeKey(encode: EncodeExpression): string {
  let key = `encode\u0000${encode.marktype}`;
  for (const name in encode.channels) key += `\u0000${name}\u0001${encode.channels[name]!.code}`;
  return key;
}

export const cachedCodegen: ExpressionCodegen = {
  operator: byCode('operator'),
  parameter: byCode('parameter'),
  event: byCode('event'),
  handler: byCode('handler'),
  encode: (ctx, encode) => bound(ctx, encodeKey(encode), () => vegaCodegen.encode(null, encode)),
  // Field getters and comparators are cheap, and Vega writes on the functions they return (vega-util's
  // `accessor`): made fresh each time, as Vega does.
  codegen: vegaCodegen.codegen,
};

/** How many distinct functions are kept (for tests). */
export function cachedExpressionCount(): number {
  return compiled.size;
}
