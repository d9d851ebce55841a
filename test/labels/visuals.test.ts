import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { sdgGoal } from '../../themes/index.js';
import { cleanup, rendered, svgOf } from '../helpers.js';
import { chartMarkup, csv, markTexts, marks } from '../templates/util.js';
import { overlappingTexts, textBoxes } from '../templates/overlap.js';

/**
 * What a reader sees, template by template (issue 20): numbers written, labels never cut while there is room,
 * never colliding, percentage scales that stop at 100, drawn words in the chart's language, and a drawing that
 * stays inside its box. The screenshots to look at: test/labels/templates.look.ts.
 */
const sample = (id: string) => samples.find((s) => s.id === id)!;
const LONG = csv(['category', 'value'], [['Democratic Republic of the Congo', 73], ['North Central', 45], ['People with disabilities', 38], ['Kenya', 30]]);

/** Texts drawn outside the SVG's own box (cut off for the reader). */
function clipped(chart: LnobChart): string[] {
  const svg = svgOf(chart).getBoundingClientRect();
  return textBoxes(svgOf(chart))
    .filter(({ box }) => box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1)
    .map(({ text }) => text);
}
const axisLabels = (chart: LnobChart) => [...svgOf(chart).querySelectorAll('g.role-axis-label text')].map((t) => t.textContent ?? '');
const scaleMax = (view: { scale(name: string): unknown }, name: string) => {
  const domain = (view.scale(name) as { domain(): number[] }).domain();
  return domain[domain.length - 1];
};

describe('visuals: every number a reader asks for, where it belongs (issue 20)', () => {
  afterEach(cleanup);

  for (const width of [360, 800]) {
    it(`progress at ${width} px: latest, projected, target and shortfall written; none clipped or overlapping`, async () => {
      const { chart } = await rendered(sampleMarkup(sample('poverty-progress'), { eager: '' }), width);
      const texts = markTexts(chart).join(' | ');
      for (const words of ['36.2%', '31.8% by 2030', '10.8 points short', 'off track', 'baseline 2015', '21.0%']) expect(texts).to.contain(words);
      expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
      expect(clipped(chart)).to.deep.equal([]);
    });
  }

  it('progress: "baseline 2015" sits beside its ring, the verdict is in colour, the line in the goal colour', async () => {
    const { chart } = await rendered(sampleMarkup(sample('poverty-progress'), { eager: '', goal: '1' }), 800);
    const svg = svgOf(chart);
    const ring = [...svg.querySelectorAll('g.mark-symbol path')].find((p) => p.getAttribute('fill') === 'transparent' || p.getAttribute('fill') === 'none')!;
    const label = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'baseline 2015')!;
    const [r, l] = [ring.getBoundingClientRect(), label.getBoundingClientRect()];
    expect(Math.hypot(l.left - r.right, (l.top + l.bottom) / 2 - (r.top + r.bottom) / 2), 'distance from its ring').to.be.below(24);
    const verdict = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'off track')!;
    expect(verdict.getAttribute('fill')).to.not.equal(label.getAttribute('fill'));
    expect(verdict.getAttribute('font-weight')).to.equal('bold');
    const observed = marks(chart, 'line').find((line) => !line.getAttribute('stroke-dasharray'))!;
    expect(observed.getAttribute('stroke')!.toLowerCase()).to.equal(sdgGoal(1)!.color.toLowerCase());
  });
});

describe('visuals: phones (issue 20)', () => {
  afterEach(cleanup);

  it('ranked-bar at 360 px: the value label clears the reference line; nothing clipped or overlapping', async () => {
    const { chart } = await rendered(chartMarkup('ranked-bar', LONG, { reference: '40', 'reference-label': 'National average' }), 360);
    const rule = svgOf(chart).querySelector('g.mark-rule line')!.getBoundingClientRect();
    const value = [...svgOf(chart).querySelectorAll('g.mark-text text')].find((t) => t.textContent === '38')!.getBoundingClientRect();
    expect(value.left > rule.right || value.right < rule.left, 'the value label is clear of the reference line').to.equal(true);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    expect(clipped(chart)).to.deep.equal([]);
  });
});

describe('visuals: scales and units (issue 20)', () => {
  afterEach(cleanup);

  it('a scale of percentages stops at 100 when the data does (gap chart, bars, lines)', async () => {
    const gaps = await rendered(sampleMarkup(sample('completion-by-wealth'), { eager: '' }), 800);
    expect(scaleMax(gaps.view, 'x')).to.equal(100);
    expect(axisLabels(gaps.chart)).to.not.include.members(['120%', '110%']);
    cleanup();
    const bars = await rendered(chartMarkup('ranked-bar', csv(['category', 'value'], [['Kenya', '98%'], ['Nigeria', '74%']])), 800);
    expect(scaleMax(bars.view, 'x')).to.equal(100);
    // The axis carries the unit, as the bars' labels do.
    expect(axisLabels(bars.chart)).to.include('100%');
    cleanup();
    const lines = await rendered(chartMarkup('trend', csv(['time', 'series', 'value'], [[2015, 'A', '88%'], [2020, 'A', '97%'], [2015, 'B', '70%'], [2020, 'B', '81%']])), 800);
    expect(scaleMax(lines.view, 'y')).to.equal(100);
  });

  it('a gap between percentages is in points, in the chart’s language', async () => {
    const en = await rendered(sampleMarkup(sample('completion-by-wealth'), { eager: '' }), 800);
    expect(markTexts(en.chart)).to.include('gap 57 points');
    cleanup();
    const fr = await rendered(sampleMarkup(sample('completion-by-wealth'), { eager: '', lang: 'fr' }), 800);
    expect(markTexts(fr.chart)).to.include('écart 57 points');
  });

  it('trend at 800 px: a handful of gridlines, not 13', async () => {
    const { chart } = await rendered(sampleMarkup(sample('urban-poverty-bolivia-peru'), { eager: '' }), 800);
    const grid = svgOf(chart).querySelectorAll('g.role-axis-grid line');
    expect(grid.length).to.be.within(2, 7);
  });
});

describe('visuals: right to left (issue 20)', () => {
  afterEach(cleanup);

  it('Arabic: drawn words translated, numbers with units isolated so "%" stays with its number', async () => {
    const { chart } = await rendered(sampleMarkup(sample('completion-by-wealth'), { eager: '', lang: 'ar' }), 360);
    const texts = markTexts(chart);
    const gaps = texts.filter((t) => /الفجوة/.test(t));
    expect(gaps).to.have.length(5);
    for (const text of texts) expect(text).to.not.match(/\b(gap|pts|points)\b/);
    for (const value of texts.filter((t) => /%/.test(t))) expect(value, 'isolated').to.match(/\u2068[^\u2069]*%[^\u2068]*\u2069/);
    cleanup();
    const progress = await rendered(sampleMarkup(sample('poverty-progress'), { eager: '', lang: 'ar' }), 360);
    expect(markTexts(progress.chart).join(' ')).to.not.match(/baseline|by 2030|short/);
  });
});

// The buttons under the drawing appear with the text, after the first measurement: the box is measured again once
// they are there, so the drawing gets only the room left and a click on the button lands on the button.
describe('visuals: a height the page sets (issue 20)', () => {
  afterEach(cleanup);

  for (const template of ['ranked-bar', 'map']) {
    it(`${template}: the drawing stays in its box, and a click on "Show data as table" lands on the button`, async () => {
      const data = template === 'map' ? 'geo\nKenya\nAtlantis\nMaldives' : 'category,value\nA,1\nB,2';
      const markup = `<lnob-chart eager template="${template}" style="height: 320px"><script type="text/csv">${data}</script></lnob-chart>`;
      const { chart } = await rendered(markup, 600);
      const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('.lnob-actions button')!;
      const box = button.getBoundingClientRect();
      const hit = chart.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === button, `the click lands on the button, not on ${hit?.tagName}`).to.equal(true);
      const drawing = svgOf(chart).getBoundingClientRect();
      const area = chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
      expect(drawing.bottom, 'drawing inside its box').to.be.at.most(area.bottom + 1);
    });
  }
});

describe('visuals: small places on a map (issue 20)', () => {
  afterEach(cleanup);
  const markers = (chart: LnobChart) => svgOf(chart).querySelectorAll('g.mark-symbol.role-mark path').length;

  it('a tiny highlighted country gets a marker; a large one does not need it', async () => {
    const { chart } = await rendered(chartMarkup('map', csv(['geo'], [['Fiji'], ['Rwanda'], ['Brazil']]), { highlight: 'Fiji; Rwanda; Brazil' }), 360);
    expect(markers(chart), 'Fiji and Rwanda, not Brazil').to.equal(2);
  });

  it('tiny countries with a value get a marker in their colour, at 360 and 800 px', async () => {
    const data = csv(['geo', 'value'], [['Fiji', 2], ['Rwanda', 3], ['El Salvador', 1], ['Kenya', 35], ['Brazil', 12], ['India', 22]]);
    const phone = await rendered(chartMarkup('map', data), 360);
    expect(markers(phone.chart), 'Fiji, Rwanda and El Salvador').to.equal(3);
    cleanup();
    const desktop = await rendered(chartMarkup('map', data), 800);
    expect(markers(desktop.chart)).to.be.within(2, 3);
  });
});
