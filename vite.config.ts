import { readFileSync, rmSync } from 'node:fs';
import { build, defineConfig, type Plugin } from 'vite';
import { dropTemplateDescriptions, precompileTemplates } from './scripts/precompile-plugin.js';
import { preloadManifest } from './scripts/preload-plugin.js';
import { LATE, LATE_DSV, lateCopies } from './scripts/late-copies-plugin.js';
import { foldIntoEntry } from './scripts/fold-into-entry-plugin.js';
import { inlineRuntime } from './scripts/inline-runtime-plugin.js';
import { LOADED_ON_DEMAND, vegaSources } from './scripts/vega-sources-plugin.js';
import { pureSchemes } from './scripts/pure-schemes-plugin.js';

/**
 * Two builds from one source:
 * - `vite build` — the library as ES modules for npm users (dist/lib), with
 *   dependencies left as imports so their bundler can share them.
 * - `vite build --mode standalone` (also run by `vite build`, after the
 *   library) — dist/lnob-charts.js, the one file a page
 *   loads with a <script type="module">. Everything is bundled; the heavy parts
 *   (Vega, the Vega-Lite compiler) are sibling chunks it loads from its own
 *   folder when a chart first renders, so the text of a chart shows at once.
 */
/** The standalone build shares dist/ with the library, so it clears only its own files (no stale chunks ship). */
function clearStandalone(): Plugin {
  return {
    name: 'lnob-clear-standalone',
    apply: 'build',
    buildStart() {
      rmSync('dist/chunks', { recursive: true, force: true });
      rmSync('dist/lnob-charts.js', { force: true });
      rmSync('dist/lnob-charts.js.map', { force: true });
    },
  };
}

/** After the library build, build the standalone file too, so one `vite build` makes both. */
function alsoStandalone(): Plugin {
  return {
    name: 'lnob-also-standalone',
    apply: 'build',
    async closeBundle() {
      await build({ mode: 'standalone', logLevel: 'warn' });
      await build({ mode: 'cli', logLevel: 'warn' });
    },
  };
}

/**
 * The chunk a module shares with others of its kind: `fr` for i18n/fr.ts and every templates/<id>/words.fr.ts (one
 * download for a chart in French, as before the templates' words moved to their folders), `samples` for every
 * templates/<id>/sample.ts. Only i18n/<lang>.ts imports anything at run time (core/lists.ts, from the entry).
 */
function chunkGroup(id: string): string | null {
  const language = /\/(?:i18n\/|templates\/[^/]+\/words\.)([a-z]{2,3})\.ts$/.exec(id)?.[1];
  if (language) return language === 'en' ? null : language; // English is in the page's own file
  return /\/templates\/[^/]+\/sample\.ts$/.test(id) ? 'samples' : null;
}

/**
 * Vega as the kit's charts use it (render/vega-runtime.ts and the packages it draws on) in one chunk with a stable
 * name, `chunks/vega.js`: one request, started as soon as the entry runs (components/shared/preload.ts), and a
 * name a page may announce itself with `<link rel="modulepreload">`. Vega-Lite, the geographic transforms and the
 * CSP-safe interpreter stay apart (loaded only when needed); d3-dsv is in the entry, which reads CSV, and the
 * modules that load later have their own copy, here; the geographic transforms have their own copy of d3-geo
 * (scripts/late-copies-plugin.ts); the rarely used transforms and the canvas renderer are left out (scripts/vega-sources-plugin.ts).
 */
const VEGA_PACKAGES =
  /\/node_modules\/(?:vega-(?:util|time|format|loader|dataflow|statistics|scale|canvas|transforms|scenegraph|view-transforms|encode|expression|selections|functions|runtime|view|event-selector|parser)|d3-(?:array|format|time|time-format|geo|color|interpolate|scale|scale-chromatic|path|shape|timer|ease)|topojson-client|internmap)\//;
const VEGA_SOURCE = /\/render\/(?:vega-runtime|expression-cache|geo-stubs)\.ts$/;
function isVega(id: string): boolean {
  const path = id.replace(/\\/g, '/');
  if (id.startsWith(LATE)) return id.startsWith(LATE_DSV);
  return (VEGA_PACKAGES.test(path) && !LOADED_ON_DEMAND.test(path)) || VEGA_SOURCE.test(path);
}

/** The package version, for the embed code's CDN address (components/shared/kit-address.ts). */
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const bare = (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    // `npx lnob-charts render`: Node, dependencies left as imports.
    return {
      build: {
        ssr: 'cli/main.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        sourcemap: true,
        // JSON data (country codes, map shapes) is bundled: Node would need import attributes to load it.
        rollupOptions: { external: (id: string) => bare(id) && !id.endsWith('.json'), output: { entryFileNames: 'main.js', format: 'es' as const } },
      },
    };
  }
  const standalone = mode === 'standalone';
  return {
    define: { __LNOB_VERSION__: JSON.stringify(VERSION) },
    plugins: [precompileTemplates(process.cwd()), ...(standalone ? [clearStandalone(), dropTemplateDescriptions(), inlineRuntime(), foldIntoEntry(), preloadManifest(), ...lateCopies(), vegaSources(), pureSchemes()] : [alsoStandalone()])],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !standalone,
      sourcemap: true,
      minify: standalone,
      reportCompressedSize: false,
      lib: {
        // The library also ships every built-in template loaded at once (templates/index.ts), for the scripts that read
        // them all (the elements' manifest, the WordPress block's choices); a page's charts load each on first use.
        entry: standalone ? { 'lnob-charts': 'index.ts' } : { index: 'index.ts', 'templates/index': 'templates/index.ts' },
        formats: ['es'],
      },
      rollupOptions: standalone
        ? {
            // Modules the entry shares with its chunks stay in the entry (the chunks import them from it): no small
            // chunks to fetch before the entry can run.
            preserveEntrySignatures: 'allow-extension',
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: (chunk) => (chunk.name === 'vega' ? 'chunks/vega.js' : 'chunks/[name]-[hash].js'),
              // Vite minifies an ES-module library's names and syntax but keeps its whitespace and annotations for the
              // user's bundler. This file goes straight to a reader's phone, with no bundler after it: they go too.
              minify: { codegen: { removeWhitespace: true } },
              comments: { annotation: false },
              codeSplitting: { groups: [{ name: 'vega', test: isVega, priority: 2, includeDependenciesRecursively: false }, { name: chunkGroup, includeDependenciesRecursively: false }] },
            },
          }
        : {
            // Dependencies stay imports for the user's bundler; the precompiled specs (virtual modules only this
            // build can make) ship as modules of their own, or `import 'lnob-charts'` would fail in every bundler.
            external: (id: string) => bare(id) && !id.startsWith('virtual:'),
            // Every module is a file of its own here: that templates/index.ts also imports the templates built-in.ts
            // loads on demand changes nothing.
            onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
            output: { preserveModules: true, preserveModulesRoot: '.', dir: 'dist/lib', entryFileNames: '[name].js' },
          },
    },
  };
});
