/**
 * Numbers in summaries are true: a value that is not zero is never written "0" or "-0" (issue 18: "Lowest: C, -0",
 * "would reach 0 by 2030"). Through the element, as a reader gets them.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { cleanup, rendered } from '../helpers.js';
import { chartMarkup, summaryOf } from '../templates/util.js';

describe('numbers in summaries', () => {
  afterEach(cleanup);

  it('never writes "-0" for the lowest bar', async () => {
    for (const lowest of ['-0.001', '-0.4', '-0']) {
      const { chart } = await rendered(chartMarkup('ranked-bar', `category,value\nA,3\nB,1\nC,${lowest}`));
      expect(summaryOf(chart), lowest).to.not.match(/-0(?![.,\d])/);
      expect(summaryOf(chart), lowest).to.not.match(/-0[.,]0*(?!\d)/);
      cleanup();
    }
  });

  it('never writes "-0" or "would reach 0" in a progress summary of tiny values', async () => {
    const { chart } = await rendered(chartMarkup('progress', 'time,value\n2015,4\n2020,1', { target: '0' }));
    const summary = summaryOf(chart);
    expect(summary).to.contain('would reach 0.06 by 2030');
    expect(summary).to.not.match(/-0(?![.,\d])/);
  });
});
