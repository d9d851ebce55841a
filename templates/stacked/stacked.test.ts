import { expect } from '@open-wc/testing';
import '../../index.js';
import { urbanPoverty } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, failed, rendered, svgOf } from '../../test/helpers.js';
import { checkEdge, groupCases } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';

describe('stacked template', () => {
  afterEach(cleanup);

  it('draws 100% bars with a labelled segment per part', async () => {
    const { chart } = await rendered(sampleMarkup(urbanPoverty, { eager: '' }));
    expect(marks(chart, 'rect')).to.have.length(4);
    expect(markTexts(chart)).to.deep.equal(['Urban 55%', 'Rural 45%', 'Urban 55%', 'Rural 45%']);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('turns counts into shares of their bar', async () => {
    const { chart } = await rendered(chartMarkup('stacked', 'category,group,value\nA,Urban,300\nA,Rural,100'));
    expect(markTexts(chart)).to.deep.equal(['Urban 75%', 'Rural 25%']);
  });

  it('shortens or drops labels of narrow segments at 320 px', async () => {
    const { chart } = await rendered(chartMarkup('stacked', 'category,group,value\nA,Large majority group,97\nA,Small minority group,3'), 320);
    const texts = markTexts(chart);
    expect(texts[0]).to.match(/97%/);
    expect(texts).to.have.length(1);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('has a legend only where some segment is not labelled with its group (issue 20)', async () => {
    const legend = (chart: Parameters<typeof marks>[0]) => [...svgOf(chart).querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);
    const labelled = await rendered(sampleMarkup(urbanPoverty, { eager: '' }), 600);
    expect(markTexts(labelled.chart)).to.include('Urban 55%');
    expect(legend(labelled.chart), 'no legend beside "Urban 55%" and "Rural 45%"').to.deep.equal([]);
    cleanup();
    const hidden = await rendered(chartMarkup('stacked', 'category,group,value\nA,Large majority group,97\nA,Small minority group,3'), 320);
    // Long names are in two lines (tspans), so read as "Largemajority group".
    expect(legend(hidden.chart).join(' | ')).to.match(/majority.*\|.*minority/);
  });

  it('summarises the shares', async () => {
    const { chart } = await rendered(sampleMarkup(urbanPoverty, { eager: '' }));
    expect(summaryOf(chart)).to.equal(
      '100% stacked bar chart: In Bolivia and Peru, most poor people live in towns and cities, 2 bars. ' +
        'Bolivia: Urban 55%, Rural 45%. Peru: Urban 55%, Rural 45%.',
    );
  });

  it('names the missing column in plain words', async () => {
    const { error, alert } = await failed(chartMarkup('stacked', 'category,share\nA,1'));
    expect(error.code).to.equal('missing-column');
    expect(alert.textContent).to.contain('group');
  });

  describe('edge data at 320 px', () => {
    for (const edge of groupCases()) {
      const error = edge.name === 'negative values' ? ('wrong-type' as const) : undefined;
      it(edge.name, () => checkEdge('stacked', { ...edge, error }));
    }
  });
});
