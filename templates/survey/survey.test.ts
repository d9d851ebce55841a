import { expect } from '@open-wc/testing';
import '../../index.js';
import { whoIsLeftBehind } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, failed, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { categoryCases, checkEdge } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';

describe('survey template', () => {
  afterEach(cleanup);

  it('draws ranked percentage bars and the number of respondents', async () => {
    const { chart } = await rendered(sampleMarkup(whoIsLeftBehind, { eager: '' }));
    expect(marks(chart, 'rect')).to.have.length(5);
    expect(markTexts(chart)).to.deep.equal(['34%', '24%', '21%', '12%', '9%', 'Respondents: 5,000']);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    expect(shadowText(chart, '[part="notes"]')).to.contain('Illustrative data');
  });

  it('summarises the highest and lowest answers with the number of respondents', async () => {
    const { chart } = await rendered(sampleMarkup(whoIsLeftBehind, { eager: '' }));
    expect(summaryOf(chart)).to.equal(
      'Survey results: Who is most at risk of being left behind?, 5 answers. Highest: Children, 34%. Lowest: Other groups, 9%. Respondents: 5,000.',
    );
  });

  it('shows a range when each answer has its own number of respondents', async () => {
    const { chart } = await rendered(chartMarkup('survey', 'category,value,n\nYes,60%,1200\nNo,40%,1150'));
    expect(markTexts(chart)).to.include('Respondents per answer: 1,150–1,200');
  });

  it('works without a respondents column', async () => {
    const { chart } = await rendered(chartMarkup('survey', 'category,value\nYes,60\nNo,40'));
    expect(markTexts(chart)).to.deep.equal(['60%', '40%']);
  });

  it('names the missing column in plain words', async () => {
    const { error, alert } = await failed(chartMarkup('survey', 'category,n\nYes,100'));
    expect(error.code).to.equal('missing-column');
    expect(alert.textContent).to.contain('percentage');
  });

  describe('edge data at 320 px', () => {
    for (const edge of categoryCases()) {
      const error = edge.name === 'negative values' ? ('wrong-type' as const) : undefined;
      it(edge.name, () => checkEdge('survey', { ...edge, error }));
    }
  });
});
