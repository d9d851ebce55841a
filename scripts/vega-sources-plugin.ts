import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vega's transforms from their source files, one module each, in the standalone build (issue 21).
 *
 * Each Vega package ships one built file, and the bundler keeps a module whole: every transform of vega-transforms
 * and vega-encode came with the first one named (a transform's module registers its class as it runs, so it cannot be
 * left out). From the packages' sources, each transform is a module of its own: `chunks/vega.js` gets those
 * render/vega-runtime.ts registers, and the rest (render/more-transforms.ts) a chunk loaded only for a spec that
 * names one. vega-scenegraph likewise, so that its canvas renderer loads only for `renderer="canvas"`. The sources
 * are the same code as the built files (same version, same package).
 */
const PACKAGES = new Set(['vega-transforms', 'vega-encode', 'vega-scenegraph']);
const INSIDE = /\/node_modules\/vega-(?:transforms|encode|scenegraph)\/(?:index\.js$|src\/)/;

/**
 * The files loaded on demand (kept out of Vega's chunk): the transforms of render/more-transforms.ts, the canvas
 * renderers of render/canvas-renderer.ts.
 */
export const LOADED_ON_DEMAND =
  /\/node_modules\/(?:vega-transforms\/src\/(?:Bin|CountPattern|Cross|Density|DotBin|Generate|Impute|KDE|Pivot|Project|Quantile|Sample|Sequence|TimeUnit)|vega-encode\/src\/(?:LinkPath|Pie)|vega-scenegraph\/src\/(?:CanvasRenderer|HybridRenderer|HybridHandler|util\/canvas\/resize))\.js$/;

/** Vega registers its canvas and hybrid renderers as it loads; render/canvas-renderer.ts does, when a chart asks. */
const RENDERERS = /\/node_modules\/vega-scenegraph\/src\/modules\.js$/;
const CANVAS_AT_LOAD = /modules\[Canvas\] = modules\[PNG\] = \{[^}]*\};\s*|modules\[Hybrid\] = \{[^}]*\};\s*/g;

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
    transform(code, id) {
      if (!RENDERERS.test(id.replace(/\\/g, '/'))) return null;
      const svgOnly = code.replace(CANVAS_AT_LOAD, '');
      if ((code.match(CANVAS_AT_LOAD) ?? []).length !== 2) this.error(`${id}: the canvas and hybrid renderers' registrations were not found`);
      return { code: svgOnly, map: null };
    },
  };
}
