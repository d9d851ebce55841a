import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { View } from 'vega';
import type { LnobChart } from '../../index.js';
import { cleanup, filledTable, mount, nextOutcome, shadowText, svgOf, type Outcome } from '../helpers.js';

/** Small multiples (`facet-column`): panels, shared scales, wrapping, per-panel words, and the errors. */

interface Item {
  x: number;
  y: number;
  items?: Mark[];
  datum?: Record<string, unknown>;
}
interface Mark {
  name?: string;
  marktype?: string;
  role?: string;
  items: Item[];
}

/** The panels as Vega laid them out: each one's place and its datum (the facet value). */
function panels(view: View): Item[] {
  const root = (view.scenegraph() as unknown as { root: Mark }).root;
  const group = root.items[0]!.items!.find((mark) => mark.name === 'lnob_panel');
  return group?.items ?? [];
}

/** The tick labels of each panel's axes, as drawn. */
function axisLabels(chart: LnobChart): string[][] {
  const groups = [...svgOf(chart).querySelectorAll('g.lnob_panel > g')];
  return groups.map((panel) => [...panel.querySelectorAll('.role-axis-label text')].map((text) => text.textContent ?? ''));
}

function csv(rows: readonly string[]): string {
  return `<script type="text/csv">\n${rows.join('\n')}\n</script>`;
}

/** Poverty in four places over five years (illustrative). */
const TREND = csv([
  'year,place,area,rate',
  ...['North', 'South', 'East', 'West'].flatMap((place, p) =>
    [2015, 2017, 2019, 2021, 2023].flatMap((year, i) => [`${year},${place},Rural,${40 + p * 10 - i * 2}`, `${year},${place},Urban,${20 + p * 5 - i}`]),
  ),
]);

async function drawn(markup: string, width: number): Promise<{ chart: LnobChart; view: View; host: HTMLElement }> {
  const { chart, host, outcome } = mount(markup, width);
  const result: Outcome = await outcome;
  if (result.type === 'lnob-error') throw new Error(`expected a chart, got ${result.detail.code}: ${result.detail.message}`);
  await chart.updateComplete;
  return { chart, host, view: result.detail.view as View };
}

async function failure(markup: string) {
  const { chart, outcome } = mount(markup);
  const result = await outcome;
  expect(result.type).to.equal('lnob-error');
  await chart.updateComplete;
  return { detail: result.detail as { code: string; message: string }, alert: shadowText(chart, '[role="alert"]') };
}

const trendChart = `<lnob-chart template="trend" eager facet-column="place" time-column="year" series-column="area" value-column="rate" title="Poverty">${TREND}</lnob-chart>`;

describe('small multiples (facet-column)', () => {
  afterEach(cleanup);

  it('draws one panel per value, in the order of the data, each titled with its value', async () => {
    const { chart, view } = await drawn(trendChart, 800);
    const items = panels(view);
    expect(items.map((item) => item.datum?.['lnob_panel'])).to.deep.equal(['North', 'South', 'East', 'West']);
    const svgText = svgOf(chart).textContent ?? '';
    for (const name of ['North', 'South', 'East', 'West']) expect(svgText).to.contain(name);
    // Each panel draws its own two lines, not every panel's.
    expect(svgOf(chart).querySelectorAll('g.lnob_panel > g').length).to.equal(4);
  });

  it('shares the y and x scales: every panel has the same axis ticks, though their values differ', async () => {
    const { chart, view } = await drawn(trendChart, 800);
    const ticks = axisLabels(chart);
    expect(ticks).to.have.length(4);
    expect(ticks[0]!.length).to.be.greaterThan(4);
    for (const panel of ticks) expect(panel).to.deep.equal(ticks[0]);
    // The shared y domain reaches the highest value of any panel (West, rural: 70) and starts at 0.
    const domain = (view.scale('y') as unknown as { domain(): number[] }).domain();
    expect(domain[0]).to.equal(0);
    expect(domain[1]).to.be.at.least(70);
  });

  it('wraps to the width: one column on a phone, two to four on a wider page', async () => {
    const narrow = await drawn(trendChart, 360);
    const xs = (view: View) => [...new Set(panels(view).map((item) => Math.round(item.x)))];
    const ys = (view: View) => [...new Set(panels(view).map((item) => Math.round(item.y)))];
    expect(xs(narrow.view)).to.have.length(1);
    expect(ys(narrow.view)).to.have.length(4);
    const wide = await drawn(trendChart, 800);
    expect(xs(wide.view)).to.have.length(2); // four panels: two rows of two, not three and one
    expect(ys(wide.view)).to.have.length(2);
    // The drawing fits the element.
    expect(svgOf(wide.chart).getBoundingClientRect().width).to.be.at.most(800);
    expect(svgOf(narrow.chart).getBoundingClientRect().width).to.be.at.most(360);
  });

  it('lays the panels out again when the page narrows to a phone, and back', async () => {
    const { host, view } = await drawn(trendChart, 800);
    const xs = (laidOut: View) => new Set(panels(laidOut).map((item) => Math.round(item.x))).size;
    expect(xs(view)).to.equal(2);
    const narrowed = nextOutcome(host);
    host.style.width = '360px';
    const drawnView = async (outcome: Promise<Outcome>) => {
      const result = await outcome;
      if (result.type === 'lnob-error') throw new Error(`expected a chart, got ${result.detail.code}`);
      return result.detail.view as View;
    };
    expect(xs(await drawnView(narrowed)), 'one column on a phone').to.equal(1);
    const widened = nextOutcome(host);
    host.style.width = '800px';
    expect(xs(await drawnView(widened)), 'two columns again').to.equal(2);
  });

  it('six panels on a wide page make three columns', async () => {
    const rows = ['year,place,area,rate', ...['A', 'B', 'C', 'D', 'E', 'F'].flatMap((place, p) => [2015, 2023].map((year, i) => `${year},${place},All,${30 + p - i * 5}`))];
    const { view } = await drawn(`<lnob-chart template="trend" eager facet-column="place" time-column="year" series-column="area" value-column="rate">${csv(rows)}</lnob-chart>`, 1000);
    expect(new Set(panels(view).map((item) => Math.round(item.x))).size).to.equal(3);
  });

  it('progress: each panel its own verdict, drawn under its name and said in the summary', async () => {
    const rows = csv([
      'year,country,rate',
      '2010,Kenya,46.2', '2015,Kenya,42.0', '2019,Kenya,38.6', '2023,Kenya,36.2',
      '2010,Ghana,30.1', '2015,Ghana,24.2', '2019,Ghana,18.0', '2023,Ghana,12.1',
    ]);
    const { chart, view } = await drawn(
      `<lnob-chart template="progress" eager facet-column="country" time-column="year" value-column="rate" target-relative="0.5" baseline-year="2015" direction="decrease">${rows}</lnob-chart>`,
      800,
    );
    expect(panels(view).map((item) => item.datum?.['lnob_panel_line'])).to.deep.equal(['off track', 'on track']);
    const summary = shadowText(chart, '[part="summary"]');
    expect(summary).to.match(/Kenya: .*off track/);
    expect(summary).to.match(/Ghana: .*on track/);
    expect(summary.indexOf('Kenya')).to.be.lessThan(summary.indexOf('Ghana'));
  });

  it('ranked-bar and disaggregation: a panel shows only its own bars and rows, on one value scale', async () => {
    const bars = csv(['region,country,rate', 'East,Kenya,36', 'East,Uganda,41', 'West,Ghana,24', 'West,Togo,45', 'West,Benin,38']);
    const ranked = await drawn(`<lnob-chart template="ranked-bar" eager facet-column="region" category-column="country" value-column="rate">${bars}</lnob-chart>`, 800);
    const drawnBars = [...svgOf(ranked.chart).querySelectorAll('g.lnob_panel > g')].map((panel) => panel.querySelectorAll('g.mark-rect.role-mark path').length);
    // ranked-bar sorts (descending by default): so do its panels, by their highest value (West 45, East 41).
    expect(panels(ranked.view).map((item) => item.datum?.['lnob_panel'])).to.deep.equal(['West', 'East']);
    expect(drawnBars).to.deep.equal([3, 2]);
    const ticks = axisLabels(ranked.chart).map((labels) => labels.filter((label) => /\d/.test(label)));
    expect(ticks[0]).to.deep.equal(ticks[1]);
    const dots = csv(['country,wealth,rate,year', 'Kenya,Poorest,31,2014', 'Kenya,Richest,88,2014', 'Ghana,Poorest,52,2014', 'Ghana,Richest,94,2014']);
    const gaps = await drawn(`<lnob-chart template="disaggregation" eager facet-column="year" category-column="country" group-column="wealth" value-column="rate">${dots}</lnob-chart>`, 800);
    expect(panels(gaps.view)).to.have.length(1);
  });

  it('a percentage scale shared by every panel: past 100 when a later panel is, though the first stops short of it', async () => {
    // Gross enrolment ratios pass 100% (illustrative values): the first panel's highest, 90%, alone would stop the scale at 100.
    const rows = csv(['region,country,ratio', 'East,Kenya,90%', 'East,Uganda,70%', 'West,Ghana,112%', 'West,Togo,96%']);
    const { view } = await drawn(`<lnob-chart template="ranked-bar" eager sort="none" facet-column="region" category-column="country" value-column="ratio">${rows}</lnob-chart>`, 800);
    const domain = (view.scale('x') as unknown as { domain(): number[] }).domain();
    expect(domain[1]).to.be.at.least(112);
  });

  it('more than 24 panels: a plain-words error that says how to filter', async () => {
    const rows = ['country,rate', ...Array.from({ length: 30 }, (_, i) => `Country ${i + 1},${i}`)];
    const many = csv(rows.map((row, i) => (i === 0 ? 'region,country,rate' : `R${i},${row}`)));
    const { detail, alert } = await failure(`<lnob-chart template="ranked-bar" eager facet-column="region" category-column="country" value-column="rate">${many}</lnob-chart>`);
    expect(detail.code).to.equal('too-large');
    expect(detail.message).to.contain('more than 24');
    expect(detail.message).to.contain('countries=');
    expect(alert).to.contain(detail.message);
  });

  it('a facet-column naming no column: the kit’s missing-column message', async () => {
    const { detail } = await failure(trendChart.replace('facet-column="place"', 'facet-column="nation"'));
    expect(detail.code).to.equal('missing-column');
    expect(detail.message).to.contain('There is no column "nation" (from facet-column="nation")');
    expect(detail.message).to.contain('place');
  });

  it('a template without small multiples says so', async () => {
    const { detail } = await failure(`<lnob-chart template="waffle" eager facet-column="place" value-column="rate">${TREND}</lnob-chart>`);
    expect(detail.code).to.equal('unsupported');
    expect(detail.message).to.contain('facet-column');
  });

  it('panel names are text, never markup', async () => {
    const rows = csv(['year,place,area,rate', '2015,<b>North</b>,All,3', '2020,<b>North</b>,All,4', '2015,B,All,5', '2020,B,All,6']);
    const { chart } = await drawn(`<lnob-chart template="trend" eager facet-column="place" time-column="year" series-column="area" value-column="rate">${rows}</lnob-chart>`, 800);
    expect(svgOf(chart).querySelector('b') === null).to.equal(true);
    expect(svgOf(chart).textContent).to.contain('<b>North</b>');
  });

  it('says its words in French: the error in the chart’s language', async () => {
    const rows = ['region,country,rate', ...Array.from({ length: 30 }, (_, i) => `R${i},C${i},${i}`)];
    const { detail } = await failure(`<lnob-chart lang="fr" template="ranked-bar" eager facet-column="region" category-column="country" value-column="rate">${csv(rows)}</lnob-chart>`);
    expect(detail.message).to.contain('petits graphiques');
  });

  it('keyboard: the arrows walk a panel, then the next, and say which panel a point is in, ringing its own mark', async () => {
    const { chart } = await drawn(trendChart, 800);
    const box = chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!;
    box.focus();
    await (chart as unknown as { keyboard: { load(): Promise<unknown> } }).keyboard.load(); // its code loads on first focus
    const said = () => chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.replace(/\u00a0$/, '');
    await sendKeys({ press: 'ArrowRight' });
    expect(said()).to.match(/^North, Rural, 2015, 40/);
    await sendKeys({ press: 'ArrowDown' });
    expect(said()).to.match(/^North, Urban, 2015, 20/);
    await sendKeys({ press: 'ArrowDown' });
    expect(said()).to.match(/^South, Rural, 2015, 50/);
    // The ring is drawn around South's point, in the second panel (to the right of the first).
    const ring = chart.shadowRoot!.querySelector<SVGGraphicsElement>('svg .lnob-focus-ring')!;
    const first = svgOf(chart).querySelector<SVGGraphicsElement>('g.lnob_panel > g')!;
    expect(ring.getBoundingClientRect().left).to.be.greaterThan(first.getBoundingClientRect().right - 1);
  });

  it('the data table has the facet column first, its rows grouped by panel', async () => {
    const { chart } = await drawn(trendChart, 800);
    const table = await filledTable(chart);
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers[0]).to.equal('place');
    const firstCells = [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th, td')!.textContent?.trim());
    expect(firstCells).to.have.length(40);
    expect([...new Set(firstCells)]).to.deep.equal(['North', 'South', 'East', 'West']);
    expect(firstCells.slice(0, 10).every((cell) => cell === 'North')).to.equal(true);
  });
});
