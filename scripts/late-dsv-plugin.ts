import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * A second copy of d3-dsv for the modules that load after the entry, in the standalone build (issue 21).
 *
 * The entry reads CSV with d3-dsv; Vega's loader (in `chunks/vega.js`) and the exporters with the embed code (the
 * share menu's chunk) import it too. A module the entry shares with chunks it loads later goes, with this bundler,
 * to a chunk of its own, which the entry then waits for before it can run: one more round trip before anything
 * shows. Those late importers get their own copy instead (about 1 KiB gzip, in `chunks/vega.js`, which the share
 * menu's chunk imports from: it only runs once a chart is drawn), so the entry imports nothing.
 */
export const LATE_DSV = '\0lnob-late-d3-dsv:';
const LATE_IMPORTERS = /\/(?:node_modules\/vega-loader\/|components\/lnob-chart\/share-export\.ts$|components\/shared\/embed-code\.ts$)/;

export function lateDsv(): Plugin {
  return {
    name: 'lnob-late-dsv',
    apply: 'build',
    enforce: 'pre', // before Vite's own resolver, which takes every bare import
    async resolveId(source, importer) {
      if (source !== 'd3-dsv' || !importer || !LATE_IMPORTERS.test(importer.replace(/\\/g, '/'))) return null;
      const real = await this.resolve(source, importer, { skipSelf: true });
      return real ? `${LATE_DSV}${real.id}` : null;
    },
    load(id) {
      return id.startsWith(LATE_DSV) ? readFile(id.slice(LATE_DSV.length), 'utf8') : null;
    },
  };
}
