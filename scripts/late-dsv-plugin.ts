import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * A second copy of a small package for the modules that load late, in the standalone build (issue 21).
 *
 * d3-dsv: the entry reads CSV with it; Vega's loader (in `chunks/vega.js`) and the exporters with the embed code (the
 * share menu's chunk) import it too. A module the entry shares with chunks it loads later goes, with this bundler,
 * to a chunk of its own, which the entry then waits for before it can run: one more round trip before anything
 * shows. Those late importers get their own copy instead (about 1 KiB gzip, in `chunks/vega.js`, which the share
 * menu's chunk imports from: it only runs once a chart is drawn), so the entry imports nothing.
 *
 * d3-geo: Vega's expressions use three of its functions (area, bounds, centroid), so it is in `chunks/vega.js`, and
 * there the geographic transforms' projections and paths (about 8 KiB gzip) would join them, in every chart's
 * download. The geographic transforms (the `vega-geo` chunk, loaded only for a map) get their own copy instead.
 */
export const LATE_DSV = '\0lnob-late-d3-dsv:';
export const LATE_GEO = '\0lnob-late-d3-geo:';
const DSV_IMPORTERS = /\/(?:node_modules\/vega-loader\/|components\/lnob-chart\/share-export\.ts$|components\/shared\/embed-code\.ts$)/;
const GEO_IMPORTERS = /\/node_modules\/vega-(?:geo|projection)\//;

export const lateDsv = () => lateCopy('d3-dsv', LATE_DSV, DSV_IMPORTERS);
export const lateGeo = () => lateCopy('d3-geo', LATE_GEO, GEO_IMPORTERS);

function lateCopy(pkg: string, prefix: string, importers: RegExp): Plugin {
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
