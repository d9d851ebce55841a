/**
 * The part of Vega the kit's charts use: the view, the parser and the
 * transforms Vega-Lite compiles to (data, view layout, encoding). Vega's full
 * bundle also registers force layouts, trees, word clouds, Voronoi,
 * regression and label placement — about 50 KiB gzip that no template uses —
 * so the default download is smaller for readers on slow connections. The
 * geographic transforms come in their own chunk, loaded only for a spec that
 * draws a map. A template that needs another transform adds it here.
 */
import type { Spec } from 'vega';
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import * as tx from 'vega-transforms';
import { locale } from 'vega-format';
import { extend } from 'vega-util';
import * as vtx from 'vega-view-transforms';

extend(transforms, tx, vtx, encode);

export { parse } from 'vega-parser';
export { View } from 'vega-view';
// In this chunk, with Vega, rather than in view.ts: importing vega-runtime from there would split Vega in more chunks.
export { cachedCodegen } from './expression-cache.js';

type LocaleDefinition = { readonly number: object; readonly time: object };
const locales = new Map<string, object>();

/**
 * Vega's number and time formats for one language, made once per page and
 * shared by its charts. (Given as a view option, Vega would build them again
 * for every view, and parse every format string again in each.)
 */
export function sharedLocale(key: string, definition: LocaleDefinition): object {
  let built = locales.get(key);
  if (!built) locales.set(key, (built = locale(definition.number, definition.time) as object));
  return built;
}

const GEO = /"type":"(?:geojson|geopath|geopoint|geoshape|graticule|contour|heatmap|isocontour|kde2d)"|"projections":/;
const needsGeo = new WeakMap<Spec, boolean>();
let geo: Promise<void> | undefined;

/** Loads the transforms a compiled spec uses that are not loaded yet (today: the geographic ones). */
export function loadTransformsFor(spec: Spec): Promise<void> {
  let geographic = needsGeo.get(spec);
  if (geographic === undefined) needsGeo.set(spec, (geographic = GEO.test(JSON.stringify(spec))));
  if (!geographic) return Promise.resolve();
  geo ??= import('vega-geo').then((module) => void extend(transforms, module));
  return geo;
}
