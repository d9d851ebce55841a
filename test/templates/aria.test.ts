import { expect } from '@open-wc/testing';
import '../../index.js';
import { childrenInPoverty } from '../../templates/waffle/sample.js';
import { completionByWealth } from '../../templates/disaggregation/sample.js';
import { povertyByArea } from '../../templates/trend/sample.js';
import { povertyProgress } from '../../templates/progress/sample.js';
import { urbanPoverty } from '../../templates/stacked/sample.js';
import { sampleMarkup } from '../../templates/samples/index.js';
import type { Sample } from '../../templates/samples/index.js';
import { cleanup, rendered, svgOf } from '../helpers.js';

/** What a screen reader finds when it walks the drawing: one plain sentence per data mark, nothing for decorations. */
async function described(sample: Sample): Promise<string[]> {
  const { chart } = await rendered(sampleMarkup(sample, { eager: '' }));
  return [...svgOf(chart).querySelectorAll('[role="graphics-symbol"]')]
    .map((item) => item.getAttribute('aria-label') ?? '')
    .filter((label) => !/^(X-axis|Y-axis|Symbol legend)/.test(label)); // Vega-Lite's own axis and legend descriptions
}

describe('mark descriptions for screen readers', () => {
  afterEach(cleanup);

  it('waffle: the share once, not a hundred squares', async () => {
    expect(await described(childrenInPoverty)).to.deep.equal(['People in extreme poverty who are under 18: 50%']);
  });

  it('disaggregation: one sentence per dot', async () => {
    const labels = await described(completionByWealth);
    expect(labels).to.have.length(10);
    expect(labels).to.include('Country A, Poorest 20%: 31%');
  });

  it('stacked: each part with its share and value', async () => {
    expect(await described(urbanPoverty)).to.include('Bolivia, Urban: 55% (55%)');
  });

  it('trend and progress: values by series and year, no internal field names', async () => {
    const trend = await described(povertyByArea);
    expect(trend).to.include('Rural, 2023: 47%');
    cleanup();
    const progress = await described(povertyProgress);
    expect(progress).to.include('2023: 36.2%');
    for (const label of [...trend, ...progress]) expect(label).to.not.match(/lnob_/);
  });
});
