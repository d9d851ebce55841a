import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Second copies of a few packages for the modules that load late, in the standalone build (issue 21). This bundler
 * keeps a package's module whole in one chunk, with every export any chunk uses; a copy for the late importers
 * keeps in the early chunk only what the early ones use.
 *
 * d3-dsv: the entry reads CSV with it; Vega's loader (in `chunks/vega.js`) and the exporters with the embed code (the
 * share menu's chunk) import it too. A module the entry shares with chunks it loads later goes, with this bundler,
 * to a chunk of its own, which the entry then waits for before it can run: one more round trip before anything
 * shows. Those late importers get their own copy instead (about 1 KiB gzip, in `chunks/vega.js`, which the share
 * menu's chunk imports from: it only runs once a chart is drawn), so the entry imports nothing.
 *
 * d3-geo: Vega's expressions use three of its functions (area, bounds, centroid), so it is in `chunks/vega.js`, and
 * there the geographic transforms' projections and paths (about 5 KiB gzip) would join them, in every chart's
 * download. The geographic transforms (the `vega-geo` chunk, loaded only for a map) get their own copy instead, and so
 * do the three functions Vega's expressions call (render/geo-functions.ts; Vega gets stand-ins, render/geo-stubs.ts).

 */
export const LATE_DSV = '\0lnob-late-d3-dsv:';
/** Every copy's id starts so. */
export const LATE = '\0lnob-late-';
const DSV_IMPORTERS = /\/(?:node_modules\/vega-loader\/|components\/lnob-chart\/share-export\.ts$|components\/shared\/embed-code\.ts$)/;
const GEO_IMPORTERS = /\/node_modules\/(?:vega-(?:geo|projection)|d3-geo-projection)\/|\/render\/geo-functions\.ts$/;

export const lateCopies = (): Plugin[] => [
  lateCopy('d3-dsv', DSV_IMPORTERS),
  lateCopy('d3-geo', GEO_IMPORTERS),
  geoStubsForVega(),
  vegaLiteWithoutVega(),
];

/**
 * Vega's expression functions geoArea, geoBounds and geoCentroid (vega-functions) call d3-geo's: they get stand-ins
 * (render/geo-stubs.ts), and the real functions load with a map (render/geo-functions.ts, from the copy of d3-geo the
 * geographic transforms use), so d3-geo leaves `chunks/vega.js`.
 */
function geoStubsForVega(): Plugin {
  return {
    name: 'lnob-geo-stubs',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'd3-geo' || !importer?.replace(/\\/g, '/').includes('/node_modules/vega-functions/')) return null;
      return this.resolve(resolvePath(process.cwd(), 'render/geo-stubs.ts'), importer, { skipSelf: true });
    },
  };
}

function lateCopy(pkg: string, importers: RegExp): Plugin {
  const prefix = `${LATE}${pkg}:`;
  return {
    name: `lnob-late-${pkg}`,
    apply: 'build',
    enforce: 'pre', // before Vite's own resolver, which takes every bare import
    async resolveId(source, importer) {
      if (!importer) return null;
      // The copy's own imports resolve as the package's would.
      if (importer.startsWith(prefix)) return source.startsWith('.') ? null : this.resolve(source, importer.slice(prefix.length), { skipSelf: true });
      if (source !== pkg || !importers.test(importer.replace(/\\/g, '/'))) return null;
      const real = await this.resolve(source, importer, { skipSelf: true });
      return real ? `${prefix}${real.id}` : null;
    },
    load(id) {
      return id.startsWith(prefix) ? readFile(id.slice(prefix.length), 'utf8') : null;
    },
  };
}

/**
 * Vega-Lite (loaded only for a template a site compiles itself) imports four helpers of vega-util through the `vega`
 * package, whose module registers every transform Vega has: that would keep them all in `chunks/vega.js`.
 */
function vegaLiteWithoutVega(): Plugin {
  return {
    name: 'lnob-vega-lite-without-vega',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'vega' || !importer?.replace(/\\/g, '/').includes('/node_modules/vega-lite/')) return null;
      return this.resolve('vega-util', importer, { skipSelf: true });
    },
  };
}
