/**
 * The part of Vega the kit's charts use: the view, the parser, the operators
 * the parser makes and the transforms the built-in templates' precompiled
 * specs name (scripts/precompile-plugin.ts). Vega's full bundle also
 * registers binning, densities, force layouts, trees, word clouds, Voronoi,
 * regression and label placement, which no built-in template uses, so the
 * default download is smaller for readers on slow connections. The other
 * transforms (render/more-transforms.ts) and the geographic ones come in
 * chunks of their own, loaded only for a spec that uses them (a template a
 * site compiles itself, a map), and so does the canvas renderer. A built-in
 * template that needs another transform adds it here.
 */
import type { Spec } from 'vega';
import { transforms } from 'vega-dataflow';
import { axisticks, datajoin, encode, legendentries, scale, sortitems, stack } from 'vega-encode';
import { locale } from 'vega-format';
import {
  aggregate, collect, compare, expression, extent, facet, field, filter, flatten, fold, formula, joinaggregate, key, load, lookup,
  multiextent, multivalues, params, prefacet, proxy, relay, sieve, tupleindex, values, window,
} from 'vega-transforms';
import { extend } from 'vega-util';
import { installGeoFunctions } from './geo-stubs.js';
import { bound, identifier, mark, overlap, render, viewlayout } from 'vega-view-transforms';

extend(transforms, {
  // Made by the parser itself, for any spec.
  aggregate, axisticks, bound, collect, compare, datajoin, encode, expression, facet, field, key, legendentries, load, mark, multiextent,
  multivalues, overlap, params, prefacet, proxy, relay, render, scale, sieve, sortitems, values, viewlayout,
  // Named in the built-in templates' specs (and `identifier`, in Vega-Lite's selections).
  extent, filter, flatten, fold, formula, identifier, joinaggregate, lookup, stack, tupleindex, window,
});

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

const GEO = /"type":"(?:geojson|geopath|geopoint|geoshape|graticule|contour|heatmap|isocontour|kde2d)"|"projections":|\bgeo(?:Area|Bounds|Centroid)\(/;
/** Vega's other transforms (render/more-transforms.ts); a mark or scale of one of these names only loads them early. */
const MORE = /"type":"(?:bin|countpattern|cross|density|dotbin|generate|impute|kde|linkpath|pie|pivot|project|quantile|sample|sequence|subflow|timeunit)"/;
const needs = new WeakMap<Spec, Promise<void>>();
let geo: Promise<void> | undefined;
let more: Promise<void> | undefined;

/** Loads the transforms a compiled spec uses that are not loaded yet: the geographic ones, the rarely used ones. */
export function loadTransformsFor(spec: Spec): Promise<void> {
  let loading = needs.get(spec);
  if (!loading) {
    const json = JSON.stringify(spec);
    const waits: Promise<void>[] = [];
    // The geographic transforms, and d3-geo's functions for Vega's expressions (render/geo-stubs.ts).
    if (GEO.test(json)) {
      geo ??= Promise.all([import('vega-geo'), import('./geo-functions.js')]).then(([module, functions]) => {
        extend(transforms, module);
        installGeoFunctions(functions);
      });
      waits.push(geo);
    }
    if (MORE.test(json)) waits.push((more ??= import('./more-transforms.js').then((module) => void extend(transforms, module.moreTransforms))));
    needs.set(spec, (loading = Promise.all(waits).then(() => undefined)));
  }
  return loading;
}

let canvas: Promise<void> | undefined;

/** Vega's canvas renderer, loaded only for a chart drawn with `renderer="canvas"` (render/canvas-renderer.ts). */
export function loadRenderer(renderer: string): Promise<void> {
  if (renderer !== 'canvas') return Promise.resolve();
  canvas ??= import('./canvas-renderer.js').then(() => undefined);
  return canvas;
}
