import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { cleanup, rendered } from '../helpers.js';

/**
 * Small multiples as a screen reader meets them (Chrome's accessibility tree, test/a11y/ax-tree-plugin.js): every
 * panel's lines and marks say that panel's values, never the first panel's, as the keyboard's announcements do.
 */
interface AxNode {
  role: string;
  name: string;
  roledescription: string;
}

const csv = (rows: readonly string[]) => `<script type="text/csv">\n${rows.join('\n')}\n</script>`;

/** Poverty in four places over five years (illustrative): North starts at 40, South 50, East 60, West 70 (rural). */
const PLACES = ['North', 'South', 'East', 'West'];
const TREND = csv([
  'year,place,area,rate',
  ...PLACES.flatMap((place, p) => [2015, 2017, 2019, 2021, 2023].flatMap((year, i) => [`${year},${place},Rural,${40 + p * 10 - i * 2}`, `${year},${place},Urban,${20 + p * 5 - i}`])),
]);

async function tree(markup: string): Promise<AxNode[]> {
  await rendered(markup, 800);
  return JSON.parse((await executeServerCommand('lnob-ax-tree')) as string) as AxNode[];
}

const named = (nodes: AxNode[], roledescription: string) => nodes.filter((node) => node.role === 'graphics-symbol' && node.roledescription === roledescription).map((node) => node.name);

describe('small multiples: each panel says its own values to a screen reader', () => {
  afterEach(cleanup);

  it('trend: each line names its panel and series, with its own start, end, lowest and highest', async () => {
    const nodes = await tree(`<lnob-chart template="trend" eager facet-column="place" time-column="year" series-column="area" value-column="rate" title="Poverty">${TREND}</lnob-chart>`);
    const lines = named(nodes, 'line');
    expect(lines).to.have.length(8);
    expect(lines[0]).to.equal('North, Rural: from 40 in 2015 to 32 in 2023, down 8; lowest 32 in 2023, highest 40 in 2015.');
    // The second and third panels: their own values, not North's.
    expect(lines[2]).to.equal('South, Rural: from 50 in 2015 to 42 in 2023, down 8; lowest 42 in 2023, highest 50 in 2015.');
    expect(lines[3]).to.equal('South, Urban: from 25 in 2015 to 21 in 2023, down 4; lowest 21 in 2023, highest 25 in 2015.');
    expect(lines[4]).to.equal('East, Rural: from 60 in 2015 to 52 in 2023, down 8; lowest 52 in 2023, highest 60 in 2015.');
    expect(new Set(lines).size).to.equal(8);
    // The points at each line's end: their own panel's values.
    expect(named(nodes, 'point')).to.deep.equal(['Rural, 2023: 32', 'Urban, 2023: 16', 'Rural, 2023: 42', 'Urban, 2023: 21', 'Rural, 2023: 52', 'Urban, 2023: 26', 'Rural, 2023: 62', 'Urban, 2023: 31']);
  });

  it('progress of one line per panel: the line is named by its panel, and the untitled drawing by the panels, not by the first one’s values', async () => {
    const nodes = await tree(
      `<lnob-chart template="progress" eager facet-column="place" time-column="year" value-column="rate" where="area=Rural" target-relative="0.5" baseline-year="2015" direction="decrease">${TREND}</lnob-chart>`,
    );
    expect(named(nodes, 'line')).to.deep.equal(
      PLACES.map((place, p) => `${place}: from ${40 + p * 10} in 2015 to ${32 + p * 10} in 2023, down 8; lowest ${32 + p * 10} in 2023, highest ${40 + p * 10} in 2015.`),
    );
    const points = named(nodes, 'point');
    expect(points.slice(5, 10)).to.deep.equal(['2015: 50', '2017: 48', '2019: 46', '2021: 44', '2023: 42']); // South's
    const application = nodes.find((node) => node.role === 'application')!;
    expect(application.name).to.equal('Line chart. North, South, East, and West.');
    expect(application.name).to.not.contain('32');
  });

  it('ranked bars and dots: the marks of panels 2 and 3 say their own values', async () => {
    const bars = named(await tree(`<lnob-chart template="ranked-bar" eager facet-column="place" category-column="area" value-column="rate" where="year=2023">${TREND}</lnob-chart>`), 'bar');
    // Panels sorted by their highest bar: West, East, South, North.
    expect(bars).to.deep.equal(['Rural: 62', 'Urban: 31', 'Rural: 52', 'Urban: 26', 'Rural: 42', 'Urban: 21', 'Rural: 32', 'Urban: 16']);
    cleanup();
    const dots = named(await tree(`<lnob-chart template="disaggregation" eager facet-column="place" category-column="year" group-column="area" value-column="rate" where="year=2015">${TREND}</lnob-chart>`), 'point');
    expect(dots).to.deep.equal(['2015, Rural: 40', '2015, Urban: 20', '2015, Rural: 50', '2015, Urban: 25', '2015, Rural: 60', '2015, Urban: 30', '2015, Rural: 70', '2015, Urban: 35']);
  });

  it('in Arabic: each panel’s line sentence in the chart’s language, with its own values', async () => {
    const nodes = await tree(
      `<lnob-chart lang="ar" template="progress" eager facet-column="place" time-column="year" value-column="rate" where="area=Rural" target-relative="0.5" baseline-year="2015" direction="decrease">${TREND}</lnob-chart>`,
    );
    const ar = (await import('../../i18n/ar.js')).strings.a11y!;
    const lines = named(nodes, ar.marks['line']!);
    expect(lines).to.have.length(4);
    expect(lines[1]).to.match(/^South/);
    expect(lines[1]).to.contain('50');
    expect(lines[1]).to.not.contain('40');
  });
});
