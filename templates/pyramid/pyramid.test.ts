import { expect } from '@open-wc/testing';
import '../../index.js';
import { sampleMarkup } from '../samples/index.js';
import { hamiltonByAgeAndSex } from './sample.js';
import { ageShares } from './ages.js';
import { cleanup, failed, rendered, svgOf } from '../../test/helpers.js';
import { groupCases, checkEdge } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, marks, summaryOf } from '../../test/templates/util.js';

/** The bars' accessible names ("Female, 0–4: 13,710"), outlines included. */
const barLabels = (chart: Parameters<typeof marks>[0]) => marks(chart, 'rect').map((bar) => bar.getAttribute('aria-label') ?? '');

describe('pyramid template', () => {
  afterEach(cleanup);

  it('draws one bar per age group and sex, the first group to the left of the middle, the youngest at the bottom', async () => {
    const { chart } = await rendered(sampleMarkup(hamiltonByAgeAndSex, { eager: '' }));
    const bars = marks(chart, 'rect');
    expect(bars).to.have.length(36);
    const box = (label: string) => (bars.find((bar) => bar.getAttribute('aria-label') === label) as SVGGraphicsElement).getBBox();
    const female = box('Female, 0–4: 13,710');
    const male = box('Male, 0–4: 14,565');
    expect(female.x + female.width).to.be.at.most(male.x + 1); // back to back
    expect(box('Female, 85+: 9,115').y).to.be.lessThan(female.y); // oldest at the top
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('summarises the largest age group and the shares of children and older people', async () => {
    const { chart } = await rendered(sampleMarkup(hamiltonByAgeAndSex, { eager: '' }));
    expect(summaryOf(chart)).to.contain('Population pyramid: More older women than older men.')
      .and.contain('The largest age group is 50–54: 41,945.')
      .and.contain('Children under 15 are 16.2% of the total.')
      .and.contain('People aged 65 and over are 17.3%.');
  });

  it('summarises in the chart’s language', async () => {
    const { chart } = await rendered(sampleMarkup(hamiltonByAgeAndSex, { eager: '', lang: 'fr' }));
    expect(summaryOf(chart)).to.contain('Pyramide des âges').and.contain('moins de 15 ans');
  });

  it('draws the rows of the `outline` series as outlines over the bars', async () => {
    const data = 'age,sex,year,people\n0-14,F,2020,30\n0-14,M,2020,31\n15-64,F,2020,60\n15-64,M,2020,58\n0-14,F,2050,20\n0-14,M,2050,21\n15-64,F,2050,62\n15-64,M,2050,60';
    const { chart } = await rendered(chartMarkup('pyramid', data, { 'category-column': 'age', 'group-column': 'sex', 'series-column': 'year', 'value-column': 'people', outline: '2050' }));
    const outlines = marks(chart, 'rect').filter((bar) => bar.getAttribute('fill-opacity') === '0');
    expect(outlines).to.have.length(4);
    expect(barLabels(chart)).to.have.length(8);
    expect(summaryOf(chart)).to.contain('The largest age group is 15-64: 118.'); // the 2020 rows, not the outline's
  });

  it('says plainly that it compares two groups, and that values cannot be negative', async () => {
    const three = await failed(chartMarkup('pyramid', 'category,group,value\n0-4,F,1\n0-4,M,2\n0-4,All,3'));
    expect(three.error.code).to.equal('unsupported');
    expect(three.alert.textContent).to.contain('"All"');
    cleanup();
    const negative = await failed(chartMarkup('pyramid', 'category,group,value\n0-4,F,-1\n0-4,M,2'));
    expect(negative.error.code).to.equal('wrong-type');
  });

  it('names the missing column in plain words', async () => {
    const { error } = await failed(chartMarkup('pyramid', 'category,value\n0-4,1'));
    expect(error.code).to.equal('missing-column');
  });

  it('reads ages from their labels only when every label starts with a year', () => {
    const rows = [{ category: '0-14', value: 20 }, { category: '15-64', value: 60 }, { category: '65+', value: 20 }];
    expect(ageShares(rows)).to.deep.include({ children: 0.2, older: 0.2 });
    expect(ageShares([...rows, { category: 'Unknown', value: 5 }])).to.deep.include({ children: undefined, older: undefined });
  });

  describe('edge data at 320 px', () => {
    for (const edge of groupCases()) {
      const error = edge.name === 'negative values' ? ('wrong-type' as const) : undefined;
      it(edge.name, () => checkEdge('pyramid', { ...edge, error }));
    }
  });
});
