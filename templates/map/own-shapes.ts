/**
 * The map's hooks when the page gives its own boundaries (`shapes="…"`): the file and the code that reads it load
 * in chunks of their own, once per file, only for such a map; the synchronous hooks find them here by address.
 */
import type { Shapes } from '../../data/geo/shapes.js';
import type { Row } from '../../data/table.js';
import type { Options } from '../types.js';

export interface OwnShapes {
  readonly shapes: Shapes;
  readonly report: typeof import('./shapes-report.js');
}

const loaded = new Map<string, OwnShapes>();

/** The `shapes` attribute, or undefined for a world map. */
export function shapesSource(options: Options | undefined): string | undefined {
  const src = options?.['shapes'];
  return typeof src === 'string' && src.trim() ? src.trim() : undefined;
}

/** Loads the file named by `shapes` (fetch, checks) and the code that reads it. */
export async function loadOwnShapes(src: string): Promise<void> {
  const [geo, report] = await Promise.all([import('../../data/geo/shapes.js'), import('./shapes-report.js')]);
  loaded.set(src, { shapes: await geo.loadShapes(src), report });
}

/** The loaded file and code for these options; `load()` runs first (the plan awaits it before the other hooks). */
export function ownShapes(options: Options): OwnShapes | undefined {
  const src = shapesSource(options);
  if (src === undefined) return undefined;
  const own = loaded.get(src);
  if (!own) throw new Error('The map template was used before load() finished loading its shapes.');
  return own;
}

/** The report for these rows, computed once per (rows, options) and shared by the hooks. */
const reports = new WeakMap<readonly Row[], { options: Options; report: ReturnType<OwnShapes['report']['reportShapes']> }>();
export function ownReport(rows: readonly Row[], options: Options, own: OwnShapes): ReturnType<OwnShapes['report']['reportShapes']> {
  const cached = reports.get(rows);
  if (cached?.options === options) return cached.report;
  const report = own.report.reportShapes(rows, options, own.shapes);
  reports.set(rows, { options, report });
  return report;
}

/** Height as a share of width for the file's areas under Mercator (what the map draws them with), within sensible bounds. */
export function shapesAspect(shapes: Shapes): number {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [x, y] = value as number[];
      west = Math.min(west, x!);
      east = Math.max(east, x!);
      south = Math.min(south, y!);
      north = Math.max(north, y!);
      return;
    }
    for (const item of value) visit(item);
  };
  for (const area of shapes.areas) visit('coordinates' in area.geometry ? area.geometry.coordinates : undefined);
  const mercator = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, latitude)) * Math.PI) / 360));
  const width = ((east - west) * Math.PI) / 180;
  const ratio = width > 0 ? (mercator(north) - mercator(south)) / width : 1;
  return Number.isFinite(ratio) ? Math.max(0.4, Math.min(1.4, ratio)) : 1;
}
