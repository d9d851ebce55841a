import { defineConfig } from 'vite';

/** Storybook's own Vite settings: relative asset paths, so the static catalogue works from any folder. */
export default defineConfig({
  base: './',
  build: { target: 'es2022' },
  esbuild: { target: 'es2022' },
});
