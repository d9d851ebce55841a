import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../index.js';
import type { View } from 'vega';
import type { LnobChart } from '../../index.js';
import { distinctLabels, fitLabel, labelForms } from '../../templates/labels.js';
import { cleanup, filledTable, rendered, svgOf } from '../helpers.js';
import { chartMarkup, csv } from '../templates/util.js';
import { COUNTY_GROUPS } from './names.js';
import { overlappingTexts } from '../templates/overlap.js';

/**
 * Labels that stay distinct (issue 17, point 7): however narrow the chart, two different names never look the
 * same on the axis, the legend or at a line's end, and the full name is in the tooltip and the data table.
 * These read what a reader sees: the drawn SVG text.
 */

const ANSWERS = [
  'People with disabilities living in rural areas far from services',
  'People with disabilities living in urban informal settlements',
  'Older women living alone in rural areas far from services',
  'Older women living alone in urban informal settlements',
  'Children',
];
const ARABIC = ['المحافظات الشمالية الشرقية للمنطقة الريفية', 'المحافظات الشمالية الغربية للمنطقة الريفية', 'المحافظات الجنوبية الشرقية للمنطقة الريفية', 'العاصمة'];

/** A drawn <text> as read aloud: its lines (one <tspan> each) joined by spaces. */
function read(text: Element): string {
  const lines = [...text.querySelectorAll('tspan')];
  return (lines.length ? lines.map((line) => line.textContent ?? '').join(' ') : (text.textContent ?? '')).trim();
}
/** The names on the category axis (the value axis's numbers left out). */
const axisLabels = (chart: LnobChart) =>
  [...svgOf(chart).querySelectorAll('g.role-axis-label text')].map(read).filter((text) => !/^[\d.,%\s٠-٩٫٬−\u2068\u2069-]+$/.test(text));
const legendLabels = (chart: LnobChart) => [...svgOf(chart).querySelectorAll('g.role-legend-label text')].map(read);
const markTexts = (chart: LnobChart) => [...svgOf(chart).querySelectorAll('g.mark-text.role-mark text')].map(read);

/** Every tooltip the drawing holds (what a reader gets on hovering or tapping each mark). */
function tooltips(view: View): string[] {
  const out: string[] = [];
  const walk = (node: { items?: unknown[]; tooltip?: unknown }) => {
    if (node.tooltip !== undefined && node.tooltip !== null) out.push(typeof node.tooltip === 'object' ? Object.values(node.tooltip).join(' | ') : String(node.tooltip));
    for (const child of node.items ?? []) walk(child as typeof node);
  };
  walk((view.scenegraph() as unknown as { root: { items?: unknown[] } }).root);
  return out;
}

function expectDistinct(drawn: readonly string[], names: readonly string[]) {
  const shown = drawn.filter((text) => text !== '');
  expect(new Set(shown).size, `labels alike: ${JSON.stringify(shown)}`).to.equal(shown.length);
  expect(shown.length, `one label per name: ${JSON.stringify(shown)}`).to.equal(names.length);
}

async function fullNamesInTable(chart: LnobChart, names: readonly string[]) {
  const cells = [...(await filledTable(chart)).tBodies[0]!.rows].flatMap((row) => [...row.cells].map((cell) => cell.textContent ?? ''));
  for (const name of names) expect(cells, name).to.include(name);
}

const bars = (names: readonly string[]) => csv(['category', 'value'], names.map((name, i) => [name, 20 + i * 7]));

describe('labels that stay distinct: pure rules', () => {
  it('wraps a long name to two lines, and keeps the end that tells look-alikes apart', () => {
    expect(fitLabel('Nairobi City', 13, 2)).to.equal('Nairobi City');
    expect(fitLabel('Groups of Counties : North Eastern', 22, 2)).to.deep.equal(['Groups of Counties :', 'North Eastern']);
    const forms = distinctLabels(COUNTY_GROUPS, 10, 2);
    expect(forms.get('Groups of Counties : North Eastern')).to.deep.equal(['…North', 'Eastern']);
    expect(forms.get('Groups of Counties : North Western')).to.deep.equal(['…North', 'Western']);
    expect(distinctLabels(COUNTY_GROUPS, 16, 1).get('Groups of Counties : South Eastern')).to.equal('…South Eastern');
  });

  it('never makes two names alike, at any width (property, fixed seed)', () => {
    const word = fc.constantFrom('North', 'South', 'Eastern', 'Western', 'Groups', 'of', 'Counties', ':', 'rural', 'urban', '(urban)', 'Région', 'الشمالية', 'a', 'Autonomous');
    const name = fc.array(word, { minLength: 1, maxLength: 9 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 12 }), (names) => {
        const lookup = labelForms(names);
        const forms = lookup[names[0]!]!.length;
        if (forms !== 8) throw new Error(`7 two-line forms and 1 one-line form, as the spec expects (spec-helpers.ts), not ${forms}`);
        for (let i = 0; i < forms; i++) {
          const shown = names.map((n) => JSON.stringify(lookup[n]![i]));
          if (new Set(shown).size !== names.length) throw new Error(`alike at form ${i}: ${shown.join(', ')}`);
        }
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('gives "constructor" and "__proto__" their own labels', () => {
    const lookup = labelForms(['constructor', '__proto__', 'toString']);
    expect(lookup['constructor']![3]).to.equal('constructor');
    expect(lookup['__proto__']![3]).to.equal('__proto__');
  });
});

describe('labels that stay distinct: drawn', () => {
  afterEach(cleanup);

  for (const width of [360, 800]) {
    it(`ranked-bar at ${width} px: county groups stay distinct on the axis; full names in tooltips and table`, async () => {
      const { chart, view } = await rendered(chartMarkup('ranked-bar', bars(COUNTY_GROUPS), { title: 'Poverty' }), width);
      expectDistinct(axisLabels(chart), COUNTY_GROUPS);
      const tips = tooltips(view).join('\n');
      for (const name of COUNTY_GROUPS) expect(tips).to.contain(name);
      await fullNamesInTable(chart, COUNTY_GROUPS);
      expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    });

    it(`survey at ${width} px: long answers stay distinct`, async () => {
      const { chart, view } = await rendered(chartMarkup('survey', bars(ANSWERS)), width);
      expectDistinct(axisLabels(chart), ANSWERS);
      const tips = tooltips(view).join('\n');
      for (const name of ANSWERS) expect(tips).to.contain(name);
      expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    });

    it(`disaggregation and stacked at ${width} px: categories and legend stay distinct`, async () => {
      const groups = ['Households headed by women in rural areas', 'Households headed by women in urban areas'];
      const rows = csv(['category', 'group', 'value'], COUNTY_GROUPS.slice(0, 4).flatMap((c, i) => groups.map((g, j) => [c, g, 30 + i * 5 + j * 12])));
      for (const template of ['disaggregation', 'stacked']) {
        const { chart, view } = await rendered(chartMarkup(template, rows), width);
        expectDistinct(axisLabels(chart), COUNTY_GROUPS.slice(0, 4));
        expectDistinct(legendLabels(chart), groups);
        const tips = tooltips(view).join('\n');
        for (const name of [...COUNTY_GROUPS.slice(0, 4), ...groups]) expect(tips, template).to.contain(name);
        await fullNamesInTable(chart, [...COUNTY_GROUPS.slice(0, 4), ...groups]);
        cleanup();
      }
    });

    it(`trend and progress at ${width} px: line-end names stay distinct`, async () => {
      const names = COUNTY_GROUPS.slice(0, 4);
      const rows = csv(['time', 'series', 'value'], names.flatMap((s, i) => [2015, 2018, 2022].map((year, k) => [year, s, 20 + i * 15 - k * (i + 1)])));
      const trend = await rendered(chartMarkup('trend', rows), width);
      const ends = markTexts(trend.chart).map((t) => t.replace(/\s+[\d.,]+%?$/, ''));
      expectDistinct(ends, names);
      for (const name of names) expect(tooltips(trend.view).join('\n')).to.contain(name);
      cleanup();
      const progress = await rendered(chartMarkup('progress', rows, { 'target-relative': '0.5' }), width);
      const verdicts = markTexts(progress.chart).filter((t) => / track$/.test(t));
      expectDistinct(verdicts, names);
      for (const name of names) expect(tooltips(progress.view).join('\n')).to.contain(name);
    });
  }

  it('without eval (csp="strict"): the label expression runs in the interpreter too', async () => {
    const { chart } = await rendered(chartMarkup('ranked-bar', bars(COUNTY_GROUPS), { csp: 'strict' }), 360);
    expectDistinct(axisLabels(chart), COUNTY_GROUPS);
  });

  it('Arabic (right to left) at 360 px: long names drawn, distinct, in Arabic script', async () => {
    const { chart } = await rendered(chartMarkup('ranked-bar', bars(ARABIC), { lang: 'ar' }), 360);
    const drawn = axisLabels(chart);
    expectDistinct(drawn, ARABIC);
    for (const text of drawn) expect(text).to.match(/[\u0600-\u06ff]/);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });
});
