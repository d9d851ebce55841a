import type { View } from 'vega';

/**
 * Finds the mark that draws a data point in Vega's scenegraph (`view.scenegraph()`: every drawn item with its
 * `datum`), and where it is in the drawing, so the keyboard can ring it and show its tooltip. Reads the scene the
 * view already built: nothing is scraped from the SVG, and it works for a canvas too.
 */
export interface SceneItem {
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly bounds?: { x1: number; y1: number; x2: number; y2: number };
  readonly datum?: Record<string, unknown>;
  readonly tooltip?: unknown;
  readonly items?: readonly SceneMark[];
  readonly mark: SceneMark;
}
interface SceneMark {
  readonly marktype: string;
  readonly role?: string;
  readonly aria?: boolean;
  readonly items: readonly SceneItem[];
  readonly group?: SceneItem;
}

/** Where a mark is in the drawing's own coordinates (the SVG's viewBox, the canvas's CSS pixels). */
export interface MarkBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Which mark stands for a point when several draw it: a dot over the line through it, a bar over its label. */
const PREFERENCE = ['symbol', 'rect', 'shape', 'arc', 'line', 'area', 'text'];

const same = (a: unknown, b: unknown): boolean =>
  a === b || ((a instanceof Date || typeof a === 'number') && (b instanceof Date || typeof b === 'number') && +a === +b);

/** The item drawing the datum whose fields equal `match` (times compared as instants), preferring data marks. */
export function findMark(view: View, match: Readonly<Record<string, unknown>>): SceneItem | undefined {
  const keys = Object.keys(match);
  let best: SceneItem | undefined;
  let rank = Infinity;
  const visit = (mark: SceneMark) => {
    for (const item of mark.items ?? []) {
      if (mark.marktype === 'group') {
        for (const child of item.items ?? []) visit(child);
        continue;
      }
      if (mark.role !== 'mark' || !item.datum || !keys.every((key) => same(item.datum![key], match[key]))) continue;
      // Marks a screen reader is told about first (the described data marks), then any other drawing of it.
      const r = PREFERENCE.indexOf(mark.marktype) + (mark.aria === false ? PREFERENCE.length : 0);
      if (r < rank && (r >= 0 || best === undefined)) {
        best = item;
        rank = r < 0 ? Infinity : r;
      }
    }
  };
  visit((view.scenegraph() as unknown as { root: SceneMark }).root);
  return best;
}

/** The item's box in the drawing's coordinates: its bounds, moved by every enclosing group and the view's origin. */
export function markBox(view: View, item: SceneItem): MarkBox {
  let dx = 0;
  let dy = 0;
  for (let group = item.mark.group; group; group = group.mark?.group) {
    dx += group.x ?? 0;
    dy += group.y ?? 0;
  }
  const [ox, oy] = view.origin();
  dx += ox;
  dy += oy;
  const type = item.mark.marktype;
  if ((type === 'line' || type === 'area') && item.x !== undefined && item.y !== undefined) {
    // A line's item is one vertex of the line: ring the vertex, not the whole line.
    return { x: dx + item.x - 4, y: dy + item.y - 4, width: 8, height: 8 };
  }
  const b = item.bounds;
  if (b && Number.isFinite(b.x1) && Number.isFinite(b.y2)) return { x: dx + b.x1, y: dy + b.y1, width: b.x2 - b.x1, height: b.y2 - b.y1 };
  return { x: dx + (item.x ?? 0), y: dy + (item.y ?? 0), width: item.width ?? 0, height: item.height ?? 0 };
}
