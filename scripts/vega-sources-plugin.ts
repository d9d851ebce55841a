import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vega's transforms from their source files, one module each, in the standalone build (issue 21).
 *
 * Each Vega package ships one built file, and the bundler keeps a module whole: every transform of vega-transforms
 * and vega-encode came with the first one named (a transform's module registers its class as it runs, so it cannot be
 * left out). From the packages' sources, each transform is a module of its own: `chunks/vega.js` gets those
 * render/vega-runtime.ts registers, and the rest (render/more-transforms.ts) a chunk loaded only for a spec that
 * names one. The sources are the same code as the built files (same version, same package).
 */
const PACKAGES = new Set(['vega-transforms', 'vega-encode']);
const INSIDE = /\/node_modules\/vega-(?:transforms|encode)\/(?:index\.js$|src\/)/;

/** The transforms' files that render/more-transforms.ts loads (kept out of Vega's chunk). */
export const RARE_TRANSFORM =
  /\/node_modules\/(?:vega-transforms\/src\/(?:Bin|CountPattern|Cross|Density|DotBin|Generate|Impute|KDE|Pivot|Project|Quantile|Sample|Sequence|TimeUnit)|vega-encode\/src\/(?:LinkPath|Pie))\.js$/;

export function vegaSources(): Plugin {
  return {
    name: 'lnob-vega-sources',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      if (PACKAGES.has(source)) {
        const built = await this.resolve(source, importer, { skipSelf: true }); // <package>/build/<package>.js
        return built ? { id: resolve(dirname(built.id), '..', 'index.js'), moduleSideEffects: false } : null;
      }
      // Within the sources: a transform's module is left out when nothing uses it.
      if (source.startsWith('.') && INSIDE.test(importer.replace(/\\/g, '/'))) return { id: resolve(dirname(importer), source), moduleSideEffects: false };
      return null;
    },
  };
}
