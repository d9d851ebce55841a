import { expect } from '@open-wc/testing';
import '../../index.js';
import type { View } from 'vega';
import type { LnobChart } from '../../index.js';
import { cleanup, mount, svgOf, type Outcome } from '../helpers.js';

/**
 * Small multiples in Arabic (render/facet-rtl.ts): the panels laid out right to left — the first at the top right, a
 * last row that is not full starting at the right — each panel's name at its right, each panel mirrored as a single
 * chart is.
 */
interface Item {
  x: number;
  y: number;
  width: number;
  datum?: Record<string, unknown>;
}

const csv = (rows: readonly string[]) => `<script type="text/csv">\n${rows.join('\n')}\n</script>`;
const series = (places: readonly string[]) =>
  csv(['year,place,area,rate', ...places.flatMap((place, p) => [2015, 2019, 2023].map((year, i) => `${year},${place},All,${40 + p * 10 - i * 3}`))]);
const chart = (lang: string, places: readonly string[]) =>
  `<lnob-chart lang="${lang}" template="trend" eager facet-column="place" time-column="year" series-column="area" value-column="rate" title="Poverty">${series(places)}</lnob-chart>`;

async function drawn(markup: string, width: number) {
  const { chart: element, outcome } = mount(markup, width);
  const result: Outcome = await outcome;
  if (result.type === 'lnob-error') throw new Error(`expected a chart, got ${result.detail.code}: ${result.detail.message}`);
  await element.updateComplete;
  const view = result.detail.view as View;
  const root = (view.scenegraph() as unknown as { root: { items: { items: { name?: string; items: Item[] }[] }[] } }).root;
  const cells = root.items[0]!.items.find((mark) => mark.name === 'lnob_panel')!.items;
  /** Where each panel is, by name: its column's left edge and its row's top, rounded. */
  const at = (name: string) => {
    const cell = cells.find((item) => item.datum?.['lnob_panel'] === name)!;
    return { x: Math.round(cell.x), y: Math.round(cell.y), width: cell.width };
  };
  return { chart: element, view, cells, at };
}

describe('small multiples right to left (lang="ar")', () => {
  afterEach(cleanup);

  it('the first panel at the top right, each row read from the right', async () => {
    const { at } = await drawn(chart('ar', ['North', 'South', 'East', 'West']), 800); // two rows of two
    expect(at('North').y).to.equal(at('South').y);
    expect(at('North').x).to.be.greaterThan(at('South').x);
    expect(at('East').y).to.be.greaterThan(at('North').y);
    expect(at('East').x).to.equal(at('North').x);
    expect(at('West').x).to.equal(at('South').x);
    const three = await drawn(chart('ar', ['A', 'B', 'C']), 800); // one row of three
    expect(three.at('A').x).to.be.greaterThan(three.at('B').x);
    expect(three.at('B').x).to.be.greaterThan(three.at('C').x);
  });

  it('a last row that is not full starts at the right edge, beside an empty cell nobody sees or hears', async () => {
    const { at, cells, chart: element } = await drawn(chart('ar', ['A', 'B', 'C']), 600); // two columns: two panels, then one
    expect(at('C').y).to.be.greaterThan(at('A').y);
    expect(at('C').x).to.equal(at('A').x);
    expect(at('A').x).to.be.greaterThan(at('B').x);
    const blank = cells.filter((item) => item.datum?.['lnob_blank']);
    expect(blank).to.have.length(1);
    expect(blank[0]!.width).to.equal(0);
    const groups = [...svgOf(element).querySelectorAll('g.lnob_panel > g')];
    expect(groups).to.have.length(4);
    // Only the three panels are named to a screen reader, in the data's order (the first at the right is read first).
    expect(groups.map((g) => g.getAttribute('aria-label')).filter(Boolean)).to.deep.equal(['A', 'B', 'C']);
  });

  it('each panel’s name at its right, where its reader starts; in English at its left', async () => {
    const heading = (element: LnobChart, name: string) => [...svgOf(element).querySelectorAll('g.lnob_panel text')].find((text) => text.textContent?.replace(/[\u2068\u2069]/g, '') === name)!;
    const ar = await drawn(chart('ar', ['North', 'South']), 800);
    const arHeading = heading(ar.chart, 'North');
    expect(arHeading.getAttribute('text-anchor')).to.equal('end');
    const panel = arHeading.closest('g.lnob_panel > g')!.getBoundingClientRect();
    expect(Math.abs(arHeading.getBoundingClientRect().right - panel.right)).to.be.below(40);
    cleanup();
    const en = await drawn(chart('en', ['North', 'South']), 800);
    expect(en.at('North').x).to.be.lessThan(en.at('South').x);
    expect(heading(en.chart, 'North').getAttribute('text-anchor')).to.not.equal('end');
  });

  it('each panel is mirrored as a single chart: its first year at the right', async () => {
    const { view } = await drawn(chart('ar', ['North', 'South']), 800);
    const x = view.scale('x') as (value: Date) => number;
    expect(x(new Date(Date.UTC(2015, 0, 1)))).to.be.greaterThan(x(new Date(Date.UTC(2023, 0, 1))));
  });
});
