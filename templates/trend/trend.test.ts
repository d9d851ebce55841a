import { expect } from '@open-wc/testing';
import '../../index.js';
import { povertyByArea } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, failed, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { checkEdge, timeCases } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';
import { ISSUE_CASES } from '../../test/labels/issue-cases.js';

describe('trend template', () => {
  afterEach(cleanup);

  for (const width of [360, 800]) {
    it(`keeps six close lines' end labels at their ends, with a leader line where one had to move (issue 20, ${width} px)`, async () => {
      const { chart } = await rendered(ISSUE_CASES.find(([name]) => name === 'trend-six')![1], width);
      const middle = (box: DOMRect) => (box.top + box.bottom) / 2;
      const dots = marks(chart, 'symbol').map((dot) => middle(dot.getBoundingClientRect()));
      const labels = marks(chart, 'text').map((label) => middle(label.getBoundingClientRect()));
      expect(labels).to.have.length(6);
      // Each label beside its own line's end (labels and dots are both in the order of the lines).
      const moves = labels.map((y) => Math.min(...dots.map((dot) => Math.abs(dot - y))));
      expect(Math.max(...moves), `moved ${moves.map(Math.round).join(', ')} px`).to.be.below(16);
      const leaders = marks(chart, 'rule');
      expect(leaders.length, 'a leader line for each label moved more than 5 px').to.equal(moves.filter((move) => move > 5.5).length);
      expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    });
  }

  it('draws one line per series, labelled at its end instead of a legend', async () => {
    const { chart } = await rendered(sampleMarkup(povertyByArea, { eager: '' }));
    expect(marks(chart, 'line')).to.have.length(3);
    expect(marks(chart, 'symbol')).to.have.length(3);
    expect(markTexts(chart)).to.have.members(['Rural  47%', 'Urban  17%', 'National  32%']);
    expect(svgOf(chart).querySelector('.role-legend')).to.equal(null);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    expect(shadowText(chart, '[part="notes"]')).to.contain('Illustrative data');
  });

  it('shows year ticks for years-only data', async () => {
    const { chart } = await rendered(sampleMarkup(povertyByArea, { eager: '' }));
    const ticks = [...svgOf(chart).querySelectorAll('g.role-axis-label text')]
      .filter((t) => t.getAttribute('opacity') !== '0')
      .map((t) => t.textContent ?? '')
      .filter((t) => !/%|^\d{1,2}$/.test(t));
    expect(ticks.length).to.be.greaterThan(1);
    for (const tick of ticks) expect(tick).to.match(/^(19|20)\d\d$/);
  });

  it('greys out the lines that are not highlighted', async () => {
    const { chart } = await rendered(sampleMarkup(povertyByArea, { eager: '' }));
    const strokes = marks(chart, 'line').map((l) => l.getAttribute('stroke'));
    expect(new Set(strokes).size).to.equal(2); // Rural in colour, the other two in the same grey
  });

  it('summarises the series that changed most', async () => {
    const { chart } = await rendered(sampleMarkup(povertyByArea, { eager: '' }));
    expect(summaryOf(chart)).to.equal(
      'Line chart: Rural poverty is falling more slowly than urban poverty, 3 lines, 2005–2023. ' +
        'Changed most: Urban, which fell by 14 percentage points, from 31% to 17%.',
    );
  });

  it('keeps end labels apart when lines end close together', async () => {
    const csv = 'time,series,value\n2015,A,10\n2020,A,20\n2015,B,10\n2020,B,20.2\n2015,C,10\n2020,C,20.4';
    const { chart } = await rendered(chartMarkup('trend', csv), 320);
    expect(markTexts(chart)).to.have.length(3);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('names the missing column in plain words', async () => {
    const { error, alert } = await failed(chartMarkup('trend', 'period,series,value\nthis year,A,1'));
    expect(error.code).to.equal('missing-column');
    expect(alert.textContent).to.contain('time-column');
  });

  describe('edge data at 320 px', () => {
    for (const edge of timeCases({ highlight: 'Rural' })) it(edge.name, () => checkEdge('trend', edge));
  });
});
