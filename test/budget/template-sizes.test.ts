import { expect } from '@open-wc/testing';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { templateIds } from '../../templates/index.js';
import { scaledBudget } from '../time-budget.js';
import { loadInFrame } from './load-in-frame.js';

/**
 * Size budget per template (issue 21): the gzipped JavaScript a fresh page downloads for one chart of each template,
 * its catalogue's first sample, with the built kit (dist/). Each budget is what was measured, rounded up to the next
 * KiB, so that none grows unnoticed; test/budget/size.test.ts holds the plain ranked-bar chart to its own.
 */
// Measured 6 December 2026 after the session's merges (206.7–210.3 KiB; the map's 277.4 include its shapes and
// country names). The names of small multiples' fields and of the annotations' dataset live in modules of their own
// (render/facet-fields.ts, templates/annotation-names.ts): imported from the panels' and annotations' code, they had
// brought 2 KiB of it into the entry. 193.4–201.6 (map 265.8) once each template's code loads only for a chart that
// draws it (templates/built-in.ts, issue 21); 0.8 KiB more in the entry for writing numbers and dates without Intl
// (core/known-locales.ts: the first Intl formatter of a page costs ~25 ms, 100 ms and more on a cheap phone). 187.1–195.4
// (map 261.6) once d3-geo's spherical functions left Vega's chunk (render/geo-stubs.ts: they load with a map).
// 190.1–204.0 (map 267.9) with each template's usual chart parsed at build (render/parsed-at-build.ts: 2.7–7.6 KiB
// per template, for the first chart's largest step of CPU; see test/budget/size.test.ts).
const BUDGETS_KIB: Readonly<Record<string, number>> = {
  'ranked-bar': 195,
  disaggregation: 199,
  map: 268,
  progress: 205,
  pyramid: 193,
  slope: 200,
  stacked: 197,
  survey: 197,
  trend: 195,
  waffle: 191,
};

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(`/__gzip-size?path=${encodeURIComponent(new URL(url).pathname.replace(/^\/slow\/\d+/, ''))}`);
  return ((await response.json()) as { gzip: number }).gzip;
}

describe('size budget per template', () => {
  for (const [i, id] of templateIds().entries()) {
    it(`one ${id} chart loads at most its budget of gzipped JavaScript`, async function () {
      this.timeout(scaledBudget(30_000));
      const sample = samples.find((each) => each.template === id);
      expect(sample, `a sample of ${id}`).to.not.equal(undefined);
      // A path of its own for each page (the hold in ms), so that nothing comes from the browser's cache.
      const scripts = await loadInFrame(sampleMarkup(sample!, { eager: '' }), 1 + i);
      const sizes = await Promise.all(scripts.map((entry) => gzipSize(entry.name)));
      const total = sizes.reduce((a, b) => a + b, 0) / 1024;
      const listing = scripts.map((entry, j) => `${new URL(entry.name).pathname.replace(/^.*\/dist\//, '')} ${(sizes[j]! / 1024).toFixed(1)}`).join(', ');
      console.log(`${id}: ${total.toFixed(1)} KiB gzip (${listing})`);
      expect(BUDGETS_KIB[id], `a budget for ${id}`).to.be.a('number');
      expect(total, listing).to.be.at.most(BUDGETS_KIB[id]!);
    });
  }
});
