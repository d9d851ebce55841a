import { expect } from '@open-wc/testing';
import '../../index.js';
import { completionByWealth } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, failed, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { checkEdge, groupCases } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';

describe('disaggregation template', () => {
  afterEach(cleanup);

  it('draws one dot per group, a line per category and labelled values and gaps', async () => {
    const { chart } = await rendered(sampleMarkup(completionByWealth, { eager: '' }));
    expect(marks(chart, 'symbol')).to.have.length(10);
    expect(marks(chart, 'rule')).to.have.length(5);
    const texts = markTexts(chart);
    expect(texts).to.include.members(['31%', '88%', '85%', '96%', 'gap 57 points', 'gap 11 points']);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    expect(shadowText(chart, '[part="notes"]')).to.contain('Illustrative data');
  });

  it('sorts the categories by gap, largest first', async () => {
    const { chart } = await rendered(sampleMarkup(completionByWealth, { eager: '' }));
    const gaps = markTexts(chart).filter((t) => t.startsWith('gap '));
    expect(gaps).to.deep.equal(['gap 57 points', 'gap 42 points', 'gap 27 points', 'gap 18 points', 'gap 11 points']);
  });

  it('summarises the largest gap and the group behind', async () => {
    const { chart } = await rendered(sampleMarkup(completionByWealth, { eager: '' }));
    expect(summaryOf(chart)).to.equal(
      'Dot chart: The poorest children are furthest from finishing primary school, 5 categories, 2 groups. ' +
        'Largest gap: Country A, 57 percentage points between Richest 20% (88%) and Poorest 20% (31%). Poorest 20% is behind.',
    );
  });

  it('calls the higher group behind when lower is better', async () => {
    const { chart } = await rendered(
      chartMarkup('disaggregation', 'category,group,value\nNigeria,Rural,52%\nNigeria,Urban,18%', { direction: 'decrease' }),
    );
    expect(summaryOf(chart)).to.contain('Rural is behind');
  });

  it('names the missing column in plain words', async () => {
    const { error, alert } = await failed(chartMarkup('disaggregation', 'category,value\nA,1'));
    expect(error.code).to.equal('missing-column');
    expect(alert.textContent).to.contain('group');
  });

  describe('edge data at 320 px', () => {
    for (const edge of groupCases()) it(edge.name, () => checkEdge('disaggregation', edge));
  });
});
