import { readFileSync, rmSync } from 'node:fs';
import { build, defineConfig, type Plugin } from 'vite';
import { dropTemplateDescriptions, precompileTemplates } from './scripts/precompile-plugin.js';

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
 * templates/<id>/sample.ts. Only i18n/<lang>.ts imports anything at run time (core/lists.ts, kept in its own chunk).
 */
function chunkGroup(id: string): string | null {
  const language = /\/(?:i18n\/|templates\/[^/]+\/words\.)([a-z]{2,3})\.ts$/.exec(id)?.[1];
  if (language) return language === 'en' ? null : language; // English is in the page's own file
  return /\/templates\/[^/]+\/sample\.ts$/.test(id) ? 'samples' : null;
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
    plugins: [precompileTemplates(process.cwd()), ...(standalone ? [clearStandalone(), dropTemplateDescriptions()] : [alsoStandalone()])],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !standalone,
      sourcemap: true,
      minify: standalone,
      reportCompressedSize: false,
      lib: {
        entry: standalone ? { 'lnob-charts': 'index.ts' } : { index: 'index.ts' },
        formats: ['es'],
      },
      rollupOptions: standalone
        ? {
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Vite minifies an ES-module library's names and syntax but keeps its whitespace and annotations for the
              // user's bundler. This file goes straight to a reader's phone, with no bundler after it: they go too.
              minify: { codegen: { removeWhitespace: true } },
              comments: { annotation: false },
              // (core/lists.ts, which the language files share with the page, stays a chunk of its own: see chunkGroup.)
              codeSplitting: { groups: [{ name: 'lists', test: /\/core\/lists\.ts$/, priority: 1 }, { name: chunkGroup }] },
            },
          }
        : {
            external: bare,
            output: { preserveModules: true, preserveModulesRoot: '.', dir: 'dist/lib', entryFileNames: '[name].js' },
          },
    },
  };
});
