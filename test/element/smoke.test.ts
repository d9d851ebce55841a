import { expect } from '@open-wc/testing';
import '../../index.js';
import { bars, cleanup, labels, rendered, shadowText } from '../helpers.js';

describe('smoke', () => {
  afterEach(cleanup);
  it('renders ranked-bar from a CSV file', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" category-column="zone" value-column="poverty_rate" title="Poverty is highest in the North"></lnob-chart>`,
    );
    expect(bars(chart)).to.have.length(6);
    expect(labels(chart)).to.include('70.0%');
    expect(shadowText(chart, '[part="title"]')).to.equal('Poverty is highest in the North');
  });
});
