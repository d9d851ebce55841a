import { expect } from '@open-wc/testing';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { templateIds } from '../../templates/index.js';
import { scaledBudget } from '../time-budget.js';
import { loadInFrame, type Loaded } from './load-in-frame.js';

/**
 * Request depth (issue 21): on a fresh page, one chart of any template waits
 * for at most two requests one after another after the HTML — the entry
 * file, then everything else at once (the entry asks for Vega and the
 * template's chunks as soon as it runs). Not a timing: each page is a fresh
 * frame loading the built dist/lnob-charts.js through the test server's
 * `/slow/` route, so every answer takes a while and a request that had to
 * wait for another visibly starts after that one has arrived; the depth is
 * counted from the frame's resource timings.
 */
// A module the entry shares with a later chunk is split by the bundler into a chunk the entry would wait for:
// scripts/late-copies-plugin.ts gives the late importers of d3-dsv their own copy, and scripts/fold-into-entry-plugin.ts
// folds any other such chunk back into the entry.
const MAX_DEPTH = 2;
/** Each script answer is held this long, so a request made because another arrived starts after it ended. */
const HOLD_MS = 60;

/** How many requests came one after another: a request that started after another had arrived waited for it. */
function sequentialDepth(entries: readonly Loaded[]): { depth: number; chain: string } {
  const sorted = [...entries].sort((a, b) => a.startTime - b.startTime);
  const depth: number[] = [];
  const via: (number | undefined)[] = [];
  sorted.forEach((entry, i) => {
    depth[i] = 1;
    sorted.forEach((other, j) => {
      if (j < i && other.responseEnd <= entry.startTime && depth[j]! + 1 > depth[i]!) {
        depth[i] = depth[j]! + 1;
        via[i] = j;
      }
    });
  });
  const deepest = depth.indexOf(Math.max(...depth));
  const chain: string[] = [];
  for (let i: number | undefined = deepest; i !== undefined; i = via[i]) chain.unshift(new URL(sorted[i]!.name).pathname.replace(/^.*\/dist\//, ''));
  return { depth: depth[deepest] ?? 0, chain: chain.join(' → ') };
}

describe('request depth', () => {
  for (const [i, id] of templateIds().entries()) {
    it(`one ${id} chart on a fresh page: at most ${MAX_DEPTH} script requests one after another`, async function () {
      this.timeout(scaledBudget(30_000));
      const sample = samples.find((each) => each.template === id);
      expect(sample, `a sample of ${id}`).to.not.equal(undefined);
      // A path of its own for each page (the hold in ms), so that nothing comes from the browser's cache.
      const scripts = await loadInFrame(sampleMarkup(sample!, { eager: '' }), HOLD_MS + i);
      expect(scripts.some((entry) => entry.name.endsWith('/dist/lnob-charts.js'))).to.equal(true);
      const { depth, chain } = sequentialDepth(scripts);
      const listing = scripts.map((e) => `${new URL(e.name).pathname.replace(/^.*\/dist\//, '')} ${e.startTime.toFixed(0)}–${e.responseEnd.toFixed(0)}`).join(', ');
      expect(depth, `longest chain: ${chain} (${listing})`).to.be.at.most(MAX_DEPTH);
    });
  }
});
