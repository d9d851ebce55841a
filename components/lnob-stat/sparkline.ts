/**
 * The sparkline of a big-number card, as an SVG path computed from the
 * points: pure, synchronous and a few hundred bytes. A card is meant to show
 * at once on a cheap phone; loading and parsing Vega (the heavy chunk of the
 * kit) to draw one unlabelled line of a dozen points would cost far more than
 * the line is worth, and a plain path needs no expression interpreter, no
 * view to finalize and no theme signals: it is stroked with `currentColor`
 * from the same `--lnob-*` tokens as the rest of the card.
 */
export interface SparkPoint {
  /** Position along the line: a time in ms, or the row's index when the data has no time column. */
  readonly x: number;
  readonly y: number;
}

export interface Sparkline {
  /** The line, in a `0 0 width height` box. */
  readonly line: string;
  /** A zero-length segment at the last point: with a round cap and a non-scaling stroke it draws a dot. */
  readonly end: string;
}

/** Rounded to 2 decimals so the path stays short and stable across browsers. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Maps points to a `width`×`height` box (y grows downwards), `pad` units from
 * every edge so the stroke is never clipped. Fewer than two usable points give
 * no line; a flat series is drawn through the middle.
 */
export function sparkline(points: readonly SparkPoint[], width = 100, height = 24, pad = 2): Sparkline | undefined {
  const usable = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
  if (usable.length < 2) return undefined;
  const xs = usable.map((p) => p.x);
  const ys = usable.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => (x1 === x0 ? width / 2 : pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad));
  const sy = (y: number) => (y1 === y0 ? height / 2 : height - pad - ((y - y0) / (y1 - y0)) * (height - 2 * pad));
  const line = usable.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(sx(p.x))} ${n(sy(p.y))}`).join(' ');
  const last = usable[usable.length - 1]!;
  return { line, end: `M${n(sx(last.x))} ${n(sy(last.y))} Z` };
}
