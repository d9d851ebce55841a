import { expect } from '@open-wc/testing';
import '../../index.js';
import { childrenInPoverty } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, failed, rendered, svgOf } from '../../test/helpers.js';
import { categoryCases, checkEdge } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';

/** Counted squares are solid: their fill is their outline's colour; the others are hollow. */
const filled = (chart: Parameters<typeof marks>[0]) =>
  marks(chart, 'symbol').filter((cell) => cell.getAttribute('fill') === cell.getAttribute('stroke')).length;

describe('waffle template', () => {
  afterEach(cleanup);

  it('draws 100 squares, half filled, with the share written large', async () => {
    const { chart } = await rendered(sampleMarkup(childrenInPoverty, { eager: '' }));
    expect(marks(chart, 'symbol')).to.have.length(100);
    expect(filled(chart)).to.equal(50);
    expect(markTexts(chart)).to.include.members(['People in extreme poverty who are under 18', '50%']);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('draws one grid per category and reads fractions as shares', async () => {
    const { chart } = await rendered(chartMarkup('waffle', 'category,value\nGirls,0.25\nBoys,0.3'));
    expect(marks(chart, 'symbol')).to.have.length(200);
    expect(markTexts(chart)).to.include.members(['25%', '30%']);
    expect(summaryOf(chart)).to.contain('Girls: 25% (25 of 100 squares). Boys: 30% (30 of 100 squares).');
  });

  it('puts several waffles side by side as the width allows, centred (issue 20)', async () => {
    const data = 'category,value\nChildren,50\nWomen,38\nRural people,80';
    const numbers = (chart: Parameters<typeof marks>[0]) =>
      [...svgOf(chart).querySelectorAll('text')].filter((t) => /^\d+%$/.test(t.textContent ?? '')).map((t) => t.getBoundingClientRect());
    const wide = await rendered(chartMarkup('waffle', data), 800);
    const [a, b, c] = numbers(wide.chart);
    expect([a!.top, b!.top, c!.top].every((top) => Math.abs(top - a!.top) < 1), 'one line of three').to.equal(true);
    const cells = marks(wide.chart, 'symbol').map((cell) => cell.getBoundingClientRect());
    const plot = svgOf(wide.chart).getBoundingClientRect();
    const left = Math.min(...cells.map((cell) => cell.left)) - plot.left;
    const right = plot.right - Math.max(c!.right, ...cells.map((cell) => cell.right));
    expect(Math.abs(left - right), `centred: ${left} px left, ${right} px right`).to.be.below(60);
    expect(overlappingTexts(svgOf(wide.chart))).to.deep.equal([]);
    cleanup();
    const narrow = await rendered(chartMarkup('waffle', data), 360);
    const tops = numbers(narrow.chart).map((box) => box.top);
    expect(tops[1]! > tops[0]! && tops[2]! > tops[1]!, 'one above the other on a phone').to.equal(true);
  });

  it('summarises the share', async () => {
    const { chart } = await rendered(sampleMarkup(childrenInPoverty, { eager: '' }));
    expect(summaryOf(chart)).to.equal(
      'Waffle chart: Half of the people living in extreme poverty are children. People in extreme poverty who are under 18: 50% (50 of 100 squares).',
    );
  });

  it('says plainly that a share must be between 0 and 100%', async () => {
    const { error, alert } = await failed(chartMarkup('waffle', 'category,value\nA,140'));
    expect(error.code).to.equal('wrong-type');
    expect(alert.textContent).to.contain('between 0% and 100%');
  });

  it('names the missing column in plain words', async () => {
    const { error } = await failed(chartMarkup('waffle', 'name,value\nA,1'));
    expect(error.code).to.equal('missing-column');
  });

  describe('edge data at 320 px', () => {
    for (const edge of categoryCases()) {
      const error = edge.name === '200 categories' ? ('too-large' as const) : edge.name === 'negative values' ? ('wrong-type' as const) : undefined;
      it(edge.name, () => checkEdge('waffle', { ...edge, error }));
    }
  });
});
