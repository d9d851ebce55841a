import { preloadManifest } from './preload-manifest.js';
import { strictPage } from './policy.js';

/**
 * As soon as the kit's script runs, it asks for everything the page's charts
 * will need — Vega, each template's specs and data, each language's words —
 * all at once, rather than one after
 * another as each part finds it needs the next (on a slow connection each of
 * those steps costs a round trip). The charts are found by a quick scan of
 * the document (the script is a module: it runs once the page is parsed).
 */
const asked = new Set<string>();
/** Attributes after which a chart reads a real-world file's layout or slices it (data/slice.ts). */
const SLICING = ['src', 'layout', 'where', 'series-code', 'countries', 'years', 'aggregates'];

export function preloadForPage(root: ParentNode = document): void {
  const manifest = preloadManifest();
  if (!manifest) return;
  const charts = [...root.querySelectorAll('lnob-chart, lnob-stat')];
  if (!charts.length) return;
  const files = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((file) => files.add(file));
  const strict = strictPage();
  for (const chart of charts) {
    const lang = chart.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase().split('-')[0];
    if (lang) add(manifest.languages[lang]);
    if (chart.localName !== 'lnob-chart') continue; // a big-number card draws without Vega
    add(manifest.vega);
    add(manifest.templates[chart.getAttribute('template')?.trim() || 'ranked-bar']);
    if (strict || chart.getAttribute('csp')?.trim().toLowerCase() === 'strict') add(manifest.interpreter);
    if (chart.hasAttribute('indicator')) add(manifest.indicators);
    if (SLICING.some((name) => chart.hasAttribute(name))) add(manifest.slice);
  }
  for (const file of files) {
    const href = new URL(file, import.meta.url).href;
    if (asked.has(href)) continue;
    asked.add(href);
    // import() rather than <link rel="modulepreload">: the kit adds no element to the page (security.mdx), and a
    // chunk is only a module the chart would import a moment later. A failure is the chart's to report, then.
    void import(/* @vite-ignore */ href).catch(() => undefined);
  }
}

// At once, when the kit's entry runs (index.ts imports this module second, before Lit and the templates).
if (typeof document !== 'undefined') preloadForPage();
