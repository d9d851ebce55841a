/**
 * The builder page (builder/index.html, built by `npm run build:builder` into
 * builder-dist/). The builder's own code is bundled; the chart elements come
 * from the kit itself, `../dist/lnob-charts.js` next to this folder — the same
 * file the snippets load, so what the preview shows is what a partner's page draws.
 */
import './lnob-builder.js';

const kit = new URL(new URLSearchParams(location.search).get('kit') ?? '../dist/lnob-charts.js', document.baseURI);
if (kit.origin === location.origin) {
  // Computed at run time on purpose: the bundler must not pull the kit into this page's own bundle.
  await import(/* @vite-ignore */ kit.href);
}

// The builder speaks the reader's language when the kit has it (the page says `en` until then).
const wanted = (navigator.language || 'en').toLowerCase().split('-')[0]!;
const builder = document.querySelector('lnob-builder');
if (builder && ['fr', 'es', 'pt', 'ar'].includes(wanted)) {
  builder.lang = wanted;
  document.documentElement.lang = wanted;
  if (wanted === 'ar') document.documentElement.dir = 'rtl';
}
