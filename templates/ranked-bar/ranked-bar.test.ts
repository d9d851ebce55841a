import { expect } from '@open-wc/testing';
import '../../index.js';
import { nigeriaPovertyNorth } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { categoryCases, checkEdge } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { markTexts, marks, summaryOf } from '../../test/templates/util.js';

describe('ranked-bar sample and edge data', () => {
  afterEach(cleanup);

  it('shows the deck’s figures for the North West and North East, with their source', async () => {
    const { chart } = await rendered(sampleMarkup(nigeriaPovertyNorth, { eager: '' }));
    expect(marks(chart, 'rect')).to.have.length(2);
    expect(markTexts(chart)).to.include.members(['70%', '69%']);
    expect(summaryOf(chart)).to.contain('Highest: North West, 70%. Lowest: North East, 69%.');
    expect(shadowText(chart, '[part="source"]')).to.contain('Leave No One Behind Partnership');
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  describe('edge data at 320 px', () => {
    for (const edge of categoryCases()) {
      it(edge.name, () => checkEdge('ranked-bar', edge));
    }
  });
});
