import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { sampleMarkup } from '../samples/index.js';
import { lifeExpectancyBySex } from './sample.js';
import { slopeEnds } from './ends.js';
import { cleanup, failed, mount, rendered, svgOf } from '../../test/helpers.js';
import { checkEdge, timeCases } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';

const warningsOf = (chart: LnobChart) => chart.shadowRoot!.querySelector('[part="warnings"]')?.textContent ?? '';
/** The dots' accessible names ("Kenya (women), 2000: 54.1"). */
const dotNames = (chart: LnobChart) => marks(chart, 'symbol').map((dot) => dot.getAttribute('aria-label') ?? '');
const boxOf = (chart: LnobChart, name: string) => {
  const dot = marks(chart, 'symbol').find((d) => d.getAttribute('aria-label') === name);
  expect(dot, name).to.not.equal(undefined);
  return dot!.getBoundingClientRect(); // symbols are placed by a transform: the screen box, not the path's own
};
const legendLabels = (chart: LnobChart) => [...svgOf(chart).querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);

describe('slope template', () => {
  afterEach(cleanup);

  it('draws one line per category between two dots, the first year left, higher values higher', async () => {
    const { chart } = await rendered(sampleMarkup(lifeExpectancyBySex, { eager: '' }), 800);
    expect(marks(chart, 'line')).to.have.length(6);
    expect(marks(chart, 'symbol')).to.have.length(12);
    const from = boxOf(chart, 'Kenya (women), 2000: 54.1');
    const to = boxOf(chart, 'Kenya (women), 2016: 68.9');
    expect(from.x).to.be.lessThan(to.x - 100); // 2000 on the left
    expect(to.y).to.be.lessThan(from.y); // it rose: higher on screen
    expect(boxOf(chart, 'France (women), 2000: 82.7').y).to.be.lessThan(from.y);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('names each line with its value at the left end and writes the value at the right end, the years on top', async () => {
    const { chart } = await rendered(sampleMarkup(lifeExpectancyBySex, { eager: '' }), 800);
    const texts = markTexts(chart);
    expect(texts).to.include('Kenya (women)').and.include('Nigeria (men)').and.include('54.1').and.include('68.9');
    expect(texts.filter((t) => /^\d+\.\d$/.test(t))).to.have.length(12); // a value at each end of each line
    // The name and the value of a left end are on one line, the name before the value.
    const at = (text: string) => marks(chart, 'text').find((t) => t.textContent === text)!.getBoundingClientRect();
    expect(Math.abs(at('Kenya (women)').y - at('54.1').y)).to.be.lessThan(1);
    expect(at('Kenya (women)').right).to.be.at.most(at('54.1').left);
    const axis = [...svgOf(chart).querySelectorAll('g.role-axis-label text')].map((t) => t.textContent);
    expect(axis).to.deep.equal(['2000', '2016']);
  });

  it('nudges close labels apart at each end, at phone width too', async () => {
    const close = 'place,year,rate\nA,2015,50\nB,2015,50.4\nC,2015,50.8\nD,2015,49.6\nA,2022,40\nB,2022,40.2\nC,2022,60\nD,2022,39.9';
    for (const width of [320, 800]) {
      const { chart } = await rendered(chartMarkup('slope', close, { 'category-column': 'place', 'time-column': 'year', 'value-column': 'rate' }), width);
      expect(overlappingTexts(svgOf(chart)), `${width} px`).to.deep.equal([]);
      expect(markTexts(chart)).to.include('C').and.include('50.8').and.include('40.2');
      cleanup();
    }
  });

  it('summarises what rose and fell most, in the chart’s language', async () => {
    const data = 'region,year,poverty\nNorth,2015,40%\nNorth,2022,34%\nSouth,2015,20%\nSouth,2022,23%\nEast,2015,30%\nEast,2022,29%';
    const attributes = { 'category-column': 'region', 'time-column': 'year', 'value-column': 'poverty', title: 'Poverty by region' };
    const { chart } = await rendered(chartMarkup('slope', data, attributes));
    expect(summaryOf(chart)).to.contain('Slope chart: Poverty by region. 3 lines, 2015 and 2022.')
      .and.contain('Rose most: South, by 3 percentage points, from 20% to 23%.')
      .and.contain('Fell most: North, by 6 percentage points, from 40% to 34%.')
      .and.contain('1 of 3 rose, 2 fell.');
    cleanup();
    const french = await rendered(chartMarkup('slope', data, { ...attributes, lang: 'fr' }));
    expect(summaryOf(french.chart)).to.contain('Graphique de pente').and.contain('La plus forte baisse : North');
  });

  it('summarises the sample', async () => {
    const { chart } = await rendered(sampleMarkup(lifeExpectancyBySex, { eager: '' }));
    expect(summaryOf(chart)).to.contain('6 lines, 2000 and 2016.').and.contain('Rose most: Kenya (women), by 14.8, from 54.1 to 68.9.').and.contain('All 6 rose.');
  });

  it('draws the first and last year of a longer file and says which, with `years` to pick two others', async () => {
    const data = 'area,year,v\nRural,2010,50\nRural,2015,45\nRural,2020,41\nUrban,2010,30\nUrban,2015,26\nUrban,2020,22';
    const attributes = { 'category-column': 'area', 'time-column': 'year', 'value-column': 'v' };
    const { chart, host } = mount(chartMarkup('slope', data, attributes));
    const warned = new Promise<string>((resolve) => host.addEventListener('lnob-warning', (e) => resolve((e as CustomEvent).detail.message)));
    await new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await chart.updateComplete;
    expect(marks(chart, 'symbol')).to.have.length(4);
    expect(dotNames(chart)).to.include('Rural, 2010: 50').and.include('Rural, 2020: 41').and.not.include('Rural, 2015: 45');
    expect(warningsOf(chart)).to.contain('The chart compares 2010 and 2020, the first and last years of the data; the data also has 2015.');
    expect(await warned).to.contain('years="2010; 2015"');
    cleanup();
    const picked = await rendered(chartMarkup('slope', data, { ...attributes, years: '2010; 2015' }));
    expect(dotNames(picked.chart)).to.include('Rural, 2015: 45').and.not.include('Rural, 2020: 41');
    expect(warningsOf(picked.chart)).to.equal('');
  });

  it('draws a dot alone for a line with one end, and says so', async () => {
    const data = 'area,year,v\nRural,2010,50\nRural,2020,41\nUrban,2010,30';
    const { chart } = await rendered(chartMarkup('slope', data, { 'category-column': 'area', 'time-column': 'year', 'value-column': 'v' }));
    expect(marks(chart, 'symbol')).to.have.length(3);
    expect(warningsOf(chart)).to.contain('No value for 2020, so only a dot is drawn: Urban.');
  });

  it('colours lines that improved and worsened when the page says which way is better, with a key', async () => {
    const data = 'region,year,poverty\nNorth,2015,40\nNorth,2022,34\nSouth,2015,20\nSouth,2022,23';
    const attributes = { 'category-column': 'region', 'time-column': 'year', 'value-column': 'poverty', direction: 'decrease' };
    const { chart } = await rendered(chartMarkup('slope', data, attributes));
    const stroke = (i: number) => marks(chart, 'line')[i]!.getAttribute('stroke');
    expect(stroke(0)).to.not.equal(stroke(1));
    expect(legendLabels(chart)).to.deep.equal(['Improved', 'Worsened']);
    cleanup();
    const { direction: _, ...noDirection } = attributes;
    const plain = await rendered(chartMarkup('slope', data, noDirection));
    expect(legendLabels(plain.chart)).to.deep.equal([]);
  });

  it('greys the lines that are not highlighted', async () => {
    const { chart } = await rendered(sampleMarkup(lifeExpectancyBySex, { eager: '' }));
    const lines = marks(chart, 'line').map((line) => ({ name: line.getAttribute('aria-label') ?? '', stroke: line.getAttribute('stroke') }));
    const kenya = new Set(lines.filter((l) => l.name.includes('Kenya')).map((l) => l.stroke));
    const others = new Set(lines.filter((l) => !l.name.includes('Kenya')).map((l) => l.stroke));
    expect([kenya.size, others.size]).to.deep.equal([1, 1]);
    expect([...kenya][0]).to.not.equal([...others][0]);
  });

  it('is read line by line with the keyboard: ← → along a line, ↓ to the next', async () => {
    const { chart } = await rendered(sampleMarkup(lifeExpectancyBySex, { eager: '' }));
    await chart.updateComplete;
    chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!.focus();
    await (chart as unknown as { keyboard: { load(): Promise<unknown> } }).keyboard.load(); // its code loads on first focus
    const said = async (key: string) => {
      await sendKeys({ press: key });
      return chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.replace(/\u00a0$/, '');
    };
    expect(await said('ArrowRight')).to.match(/^France \(women\), 2000, 82\.7, 1 of 2/);
    expect(await said('ArrowRight')).to.match(/^France \(women\), 2016, 85\.7, 2 of 2/);
    expect(await said('ArrowDown')).to.match(/^France \(men\), 2016, 80\.1/);
    const line = svgOf(chart).querySelector('g.mark-line path[aria-label]');
    expect(line?.getAttribute('aria-label')).to.contain('France (women)');
  });

  it('says plainly when there is one year only, a value is not a number, or two rows fall on one line end', async () => {
    const one = await failed(chartMarkup('slope', 'category,time,value\nA,2020,1\nB,2020,2'));
    expect(one.error.code).to.equal('unsupported');
    expect(one.alert.textContent).to.contain('one only (2020)');
    cleanup();
    const words = await failed(chartMarkup('slope', 'category,time,value\nA,2015,high\nA,2020,low'));
    expect(words.error.code).to.equal('wrong-type');
    cleanup();
    const twice = await failed(chartMarkup('slope', 'category,time,value\nA,2015,10\nA,2015,12\nA,2020,11'));
    expect(twice.error.code).to.equal('ambiguous-rows');
  });

  it('names the missing column in plain words', async () => {
    const { error } = await failed(chartMarkup('slope', 'category,value\nA,1'));
    expect(error.code).to.equal('missing-column');
  });

  it('finds the first and last time, and each line’s ends', () => {
    const at = (year: number) => new Date(Date.UTC(year, 0, 1));
    const ends = slopeEnds([
      { category: 'A', time: at(2020), value: 2 },
      { category: 'A', time: at(2010), value: 1 },
      { category: 'B', time: at(2015), value: 5 },
      { category: 'B', time: at(2020), value: null },
    ])!;
    expect(ends.from.getUTCFullYear()).to.equal(2010);
    expect(ends.to.getUTCFullYear()).to.equal(2020);
    expect(ends.lines).to.deep.equal([{ category: 'A', from: 1, to: 2 }]); // B has no value at either end
    expect(slopeEnds([{ category: 'A', time: at(2020), value: 2 }])).to.equal(undefined);
  });

  describe('edge data at 320 px', () => {
    for (const edge of timeCases({ 'category-column': 'series' })) {
      const error = edge.name === 'one row' ? ('unsupported' as const) : undefined;
      it(edge.name, () => checkEdge('slope', { ...edge, error }));
    }
  });
});
