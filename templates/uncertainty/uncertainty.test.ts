import { expect } from '@open-wc/testing';
import type { View } from 'vega';
import '../../index.js';
import { sampleMarkup } from '../samples/index.js';
import { cleanup, failed, filledTable, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { chartMarkup, summaryOf } from '../../test/templates/util.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { planChart } from '../../render/plan.js';
import { announcement, dataPoints } from '../../render/data-points.js';
import { parseText } from '../../data/parse.js';
import { englishStrings } from '../../i18n/index.js';
import { liberiaMalariaByRegion, liberiaMalariaBySex, liberiaMalariaGapBySex, liberiaMalariaProgress } from './samples.js';

interface Item {
  readonly x?: number;
  readonly x2?: number;
  readonly y?: number;
  readonly y2?: number;
  readonly datum?: Record<string, unknown>;
  readonly items?: readonly (Item | MarkScene)[];
}
interface MarkScene {
  readonly marktype: string;
  readonly role?: string;
  readonly name?: string;
  readonly items: readonly Item[];
}

/** Every mark of a type in the view's scene graph (Vega's own positions, in px). */
function scenes(view: View, type: string): MarkScene[] {
  const found: MarkScene[] = [];
  const walk = (node: Item | MarkScene) => {
    if ('marktype' in node && node.marktype === type && node.role === 'mark') found.push(node);
    for (const child of node.items ?? []) walk(child);
  };
  walk((view.scenegraph() as unknown as { root: MarkScene }).root);
  return found;
}

/** The points of every band (an area mark's items are its points). */
const areaPoints = (view: View): Item[] => scenes(view, 'area').flatMap((mark) => mark.items);

const near = (a: number | undefined, b: number) => expect(a, `${a} ≈ ${b}`).to.be.closeTo(b, 0.6);

describe('uncertainty: lower-column and upper-column', () => {
  afterEach(cleanup);

  it('draws a whisker from each bar’s lower to its upper bound, labels past it, and says whether the ends differ', async () => {
    const { chart, view } = await rendered(sampleMarkup(liberiaMalariaByRegion, { eager: '' }));
    const x = view.scale('x') as (value: number) => number;
    const [rule] = scenes(view, 'rule').filter((mark) => mark.items.some((item) => item.datum?.['lower'] !== undefined));
    expect(rule!.items).to.have.length(6);
    for (const item of rule!.items) {
      near(item.x, x(item.datum!['lower'] as number));
      near(item.x2, x(item.datum!['upper'] as number));
    }
    const caps = scenes(view, 'rect').filter((mark) => mark.items.some((item) => item.datum?.['lower'] !== undefined && item.x !== undefined && (item as { width?: number }).width! < 3));
    expect(caps.length, 'a cap at each end').to.equal(2);
    expect(summaryOf(chart)).to.contain('The ranges of South Eastern B and Monrovia do not overlap: the gap is larger than the margin of error.');
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    // The tooltip's and screen reader's words give the range.
    const described = [...svgOf(chart).querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'));
    expect(described.some((label) => label?.includes('South Eastern B: 32.8% (28.7–36.9%)')), described.join(' | ')).to.equal(true);
  });

  it('draws a band behind each line from lower to upper, and says a change beyond the margin of error', async () => {
    const { chart, view } = await rendered(sampleMarkup(liberiaMalariaBySex, { eager: '' }));
    const y = view.scale('y') as (value: number) => number;
    const points = areaPoints(view);
    expect(points).to.have.length(8);
    for (const point of points) {
      near(point.y, y(point.datum!['lnob_lower'] as number));
      near(point.y2, y(point.datum!['lnob_upper'] as number));
      expect(point.datum!['lnob_lower']).to.equal(point.datum!['lower']);
    }
    // One band per line, each one piece from the first year to the last.
    const paths = [...svgOf(chart).querySelectorAll('g.mark-area path')].map((path) => path.getAttribute('d') ?? '');
    expect(paths).to.have.length(2);
    for (const path of paths) expect(path.match(/M/g), path).to.have.length(1);
    expect(summaryOf(chart)).to.contain('The ranges for Girls in 2009 and 2022 do not overlap: the change is larger than the margin of error.');
  });

  it('edges each band with a line at its lower and its upper bound, in the line’s colour, which no screen reader counts as a line', async () => {
    const { chart, view } = await rendered(sampleMarkup(liberiaMalariaBySex, { eager: '' }));
    const y = view.scale('y') as (value: number) => number;
    const edges = scenes(view, 'line').filter((mark) => mark.name?.startsWith('lnob_band_edge'));
    expect([...new Set(edges.map((mark) => mark.name))].sort()).to.deep.equal(['lnob_band_edge_lower_marks', 'lnob_band_edge_upper_marks']);
    // One vertex per survey (4), per line (2), per bound (2), each at its bound.
    expect(edges.flatMap((mark) => mark.items)).to.have.length(16);
    for (const mark of edges) {
      const field = mark.name!.includes('lower') ? 'lower' : 'upper';
      for (const vertex of mark.items) near(vertex.y, y(vertex.datum![field] as number));
    }
    // Each edge is drawn in its band's colour, at full strength; the band's wash stays light.
    const svg = svgOf(chart);
    const bands = [...svg.querySelectorAll('g.mark-area path')].map((path) => path.getAttribute('fill'));
    const strokes = [...svg.querySelectorAll('g.mark-line[class*="lnob_band_edge"] > path')].map((path) => `${path.getAttribute('stroke')} ${path.getAttribute('stroke-opacity') ?? 1} ${path.getAttribute('opacity') ?? 1}`);
    expect(strokes).to.have.length(4);
    expect(new Set(strokes)).to.deep.equal(new Set(bands.map((fill) => `${fill} 1 1`)));
    // Two lines to a screen reader (Girls, Boys), not six; their edges are not reached by the keyboard either.
    expect([...svg.querySelectorAll('[aria-roledescription="line"]')]).to.have.length(2);
    expect(svg.querySelectorAll('[class*="lnob_band_edge"] [aria-roledescription], [class*="lnob_band_edge"] [aria-label]').length).to.equal(0);
  });

  it('draws a band on a progress chart too', async () => {
    const { chart, view } = await rendered(sampleMarkup(liberiaMalariaProgress, { eager: '' }));
    const points = areaPoints(view);
    expect(points).to.have.length(4);
    expect(summaryOf(chart)).to.contain('The ranges in 2009 and 2022 do not overlap: the change is larger than the margin of error.');
  });

  it('draws a whisker on each dot and says a gap within the margin of error, in English and in French', async () => {
    const { chart, view } = await rendered(sampleMarkup(liberiaMalariaGapBySex, { eager: '' }));
    const x = view.scale('x') as (value: number) => number;
    const whiskers = scenes(view, 'rule').flatMap((mark) => mark.items).filter((item) => item.datum?.['upper'] !== undefined && item.x2 !== undefined && item.datum?.['lnob_group_index'] !== undefined);
    expect(whiskers).to.have.length(8);
    for (const item of whiskers) {
      near(item.x, x(item.datum!['lower'] as number));
      near(item.x2, x(item.datum!['upper'] as number));
    }
    // The two groups' whiskers sit apart, so overlapping ranges stay readable.
    expect(new Set(whiskers.map((item) => Math.round(item.y!))).size).to.equal(8);
    expect(summaryOf(chart)).to.contain('The gap between Boys and Girls (2011) is within the margin of error: their ranges overlap.');
    cleanup();
    const french = await rendered(sampleMarkup(liberiaMalariaGapBySex, { eager: '', lang: 'fr' }));
    expect(summaryOf(french.chart)).to.contain('L’écart entre Boys et Girls (2011) est dans la marge d’erreur : leurs intervalles se chevauchent.');
  });

  it('says the ranges of bars that overlap are within the margin of error, in Spanish too', async () => {
    const data = 'place,value,lo,hi\nA,42,38,46\nB,40,35,44\n';
    const { chart } = await rendered(chartMarkup('ranked-bar', data.replace('place', 'category'), { 'lower-column': 'lo', 'upper-column': 'hi' }));
    expect(summaryOf(chart)).to.contain('The gap between A and B is within the margin of error: their ranges overlap.');
    cleanup();
    const spanish = await rendered(chartMarkup('ranked-bar', data.replace('place', 'category'), { 'lower-column': 'lo', 'upper-column': 'hi', lang: 'es' }));
    expect(summaryOf(spanish.chart)).to.contain('La brecha entre A y B está dentro del margen de error');
  });

  it('adds the bounds to the data table, with their unit', async () => {
    const { chart } = await rendered(sampleMarkup(liberiaMalariaByRegion, { eager: '' }));
    const table = await filledTable(chart);
    const headers = [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent?.trim());
    expect(headers).to.deep.equal(['region', 'prevalence (%)', 'lower (%)', 'upper (%)']);
    expect([...table.tBodies[0]!.rows[0]!.cells].map((cell) => cell.textContent?.trim())).to.deep.equal(['Monrovia', '4.1', '1.0', '7.2']);
  });

  it('gives the range in the keyboard announcement', async () => {
    const plan = await planChart({
      table: parseText(liberiaMalariaByRegion.csv, 'csv', 'test'),
      attribute: (name) => ({ template: 'ranked-bar', ...liberiaMalariaByRegion.attributes })[name] ?? null,
      strings: englishStrings,
    });
    const points = dataPoints(plan);
    expect(announcement(plan, points, 0, 0)).to.match(/^Monrovia, 4\.1% \(1\.0–7\.2%\), 1 of 6/);
  });

  it('warns about rows without a bound and ranges that leave out their value, and draws them without one', async () => {
    const data = 'place,value,lo,hi\nA,42,38,46\nB,40,,44\nC,30,33,36\nD,20,15,25\n';
    const { chart, view } = await rendered(chartMarkup('ranked-bar', data.replace('place', 'category'), { 'lower-column': 'lo', 'upper-column': 'hi' }));
    const warnings = shadowText(chart, '[part="warnings"]');
    expect(warnings).to.contain('1 value has no lower or upper bound (B): it is drawn without its range.');
    expect(warnings).to.contain('The range given for C (33–36) does not contain its value, 30');
    const whiskers = scenes(view, 'rule').flatMap((mark) => mark.items).filter((item) => item.datum?.['upper'] !== undefined);
    expect(whiskers.map((item) => item.datum!['category'])).to.have.members(['A', 'D']);
  });

  it('breaks a band where a row has no bounds rather than bridging it', async () => {
    const data = 'year,place,value,lo,hi\n2010,A,50,45,55\n2012,A,48,,\n2014,A,46,41,51\n2016,A,44,39,49\n';
    const { chart, view } = await rendered(chartMarkup('trend', data, { 'time-column': 'year', 'series-column': 'place', 'lower-column': 'lo', 'upper-column': 'hi' }));
    expect(shadowText(chart, '[part="warnings"]')).to.contain('1 value has no lower or upper bound (A 2012)');
    const points = areaPoints(view);
    expect(points.filter((point) => point.datum!['lnob_lower'] === null)).to.have.length(1);
    const path = [...svgOf(chart).querySelectorAll('g.mark-area path')].map((p) => p.getAttribute('d')).join(' ');
    expect(path.match(/M/g)?.length, path).to.equal(2);
  });

  it('names the missing attribute when only one bound is given', async () => {
    const { error, alert } = await failed(chartMarkup('ranked-bar', 'category,value,lo\nA,42,38\n', { 'lower-column': 'lo' }));
    expect(error.code).to.equal('missing-column');
    expect(alert.textContent).to.contain('add upper-column="…"');
    expect(alert.textContent).to.contain('column "lo"');
  });

  it('says nothing of a margin of error without bounds', async () => {
    const { chart } = await rendered(chartMarkup('ranked-bar', 'category,value\nA,42\nB,40\n'));
    expect(summaryOf(chart)).not.to.contain('margin of error');
  });
});
