import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * `npm run build:builder`: the builder page as a static folder (builder-dist/) with relative paths, to be served
 * next to the kit's dist/ folder (it loads ../dist/lnob-charts.js at run time; see main.ts).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineConfig({
  root,
  base: './',
  define: { __LNOB_VERSION__: JSON.stringify(VERSION) },
  build: {
    outDir: fileURLToPath(new URL('../builder-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
  },
});
