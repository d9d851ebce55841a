import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { firstSamples } from '../../stories/gallery.js';
import { sampleMarkup } from '../../templates/samples/index.js';
import type { Sample } from '../../templates/samples/types.js';
import { KEEP_X_STYLE, mirrorSpec, replaceScaleCalls } from '../../render/mirror-spec.js';
import type { Spec } from 'vega';
import { cleanup, rendered, scaledBudget, svgOf } from '../helpers.js';

/**
 * Right-to-left drawings (issue 20, part 3): in Arabic the drawing is the mirror image of the English one
 * (render/mirror-spec.ts), every word it draws is Arabic except the data's own, and every number keeps its
 * "%" and sign beside it.
 */
const WIDTH = 600;
const ISOLATES = /[\u2066-\u2069]/g;
/** Names of things, not words to translate (the world map's attribution). */
const PROPER_NAMES = ['Natural Earth', 'world-atlas'];

const SAMPLES = firstSamples();
const sampleOf = (template: string): Sample => SAMPLES.find((sample) => sample.template === template)!;

async function draw(sample: Sample, lang: 'en' | 'ar'): Promise<LnobChart> {
  const { chart } = await rendered(sampleMarkup(sample, { eager: '', lang }), WIDTH);
  return chart;
}

interface Text {
  readonly text: string;
  readonly raw: string;
  readonly box: DOMRect;
  readonly anchor: string;
}

/** Every text the drawing shows, with its box; `selector` narrows it (e.g. one mark's or one axis's). */
function texts(chart: LnobChart, selector = 'text'): Text[] {
  return [...svgOf(chart).querySelectorAll<SVGTextElement>(selector)]
    .map((element) => ({
      raw: element.textContent ?? '',
      text: (element.textContent ?? '').replace(ISOLATES, '').trim(),
      box: element.getBoundingClientRect(),
      anchor: element.getAttribute('text-anchor') ?? 'start',
    }))
    .filter((text) => text.text !== '');
}

function boxes(chart: LnobChart, selector: string): DOMRect[] {
  return [...svgOf(chart).querySelectorAll(selector)].map((element) => element.getBoundingClientRect()).filter((box) => box.width > 0 || box.height > 0);
}

const centre = (box: DOMRect) => box.left + box.width / 2;
const leftmost = (list: readonly DOMRect[]) => Math.min(...list.map((box) => box.left));
const rightmost = (list: readonly DOMRect[]) => Math.max(...list.map((box) => box.right));

/** The data's own words: every cell of the sample and every attribute the page wrote (highlight labels, legend titles). */
function dataWords(sample: Sample): string[] {
  const cells = sample.csv.split(/\r?\n/).flatMap((line) => line.split(/[,\t]/)).map((cell) => cell.replace(/^"|"$/g, '').trim());
  return [...cells, ...Object.values(sample.attributes), ...PROPER_NAMES].filter((word) => /[A-Za-z]/.test(word)).sort((a, b) => b.length - a.length);
}

describe('right-to-left drawings', function () {
  this.timeout(scaledBudget(30_000));
  afterEach(cleanup);

  it('ranked bars: names on the right, bars growing leftwards from them, value labels at their left ends', async () => {
    const sample = sampleOf('ranked-bar');
    const names = sample.csv.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]!);
    for (const lang of ['en', 'ar'] as const) {
      const chart = await draw(sample, lang);
      const bars = boxes(chart, 'g.mark-rect path');
      const nameBoxes = texts(chart).filter((text) => names.includes(text.text)).map((text) => text.box);
      const values = texts(chart, 'g.mark-text.role-mark text');
      expect(bars.length, `${lang}: bars`).to.be.greaterThan(0);
      expect(nameBoxes.length, `${lang}: category names`).to.equal(names.length);
      if (lang === 'en') {
        expect(rightmost(nameBoxes), 'en: names left of the bars').to.be.at.most(leftmost(bars) + 1);
        // Every bar starts at zero, on the left.
        expect(Math.max(...bars.map((box) => box.left)) - leftmost(bars), 'en: a shared left edge').to.be.below(1.5);
        for (const value of values) expect(value.anchor, 'en: value labels start at the bar end').to.equal('start');
      } else {
        expect(leftmost(nameBoxes), 'ar: names right of the bars').to.be.at.least(rightmost(bars) - 1);
        expect(rightmost(bars) - Math.min(...bars.map((box) => box.right)), 'ar: a shared right edge').to.be.below(1.5);
        for (const value of values) {
          expect(value.anchor, 'ar: value labels end at the bar end').to.equal('end');
          expect(value.box.right, 'ar: value label left of its bar').to.be.at.most(rightmost(bars));
        }
      }
      cleanup();
    }
  });

  it('trend: time runs right to left, the value axis is on the right, line-end labels on the left', async () => {
    const sample = sampleOf('trend');
    const results: Record<string, { years: number[]; axis: DOMRect[]; lines: DOMRect[]; ends: Text[] }> = {};
    for (const lang of ['en', 'ar'] as const) {
      const chart = await draw(sample, lang);
      const years = texts(chart, 'g.role-axis-label text')
        .filter((text) => /^\d{4}$/.test(text.text))
        .sort((a, b) => centre(a.box) - centre(b.box))
        .map((text) => Number(text.text));
      const axis = texts(chart, 'g.role-axis-label text').filter((text) => text.text.endsWith('%')).map((text) => text.box);
      results[lang] = { years, axis, lines: boxes(chart, 'g.mark-line path'), ends: texts(chart, 'g.mark-text.role-mark text') };
      cleanup();
    }
    const { en, ar } = results as Record<'en' | 'ar', (typeof results)[string]>;
    expect(en.years.length).to.be.greaterThan(1);
    expect(en.years, 'en: first year leftmost').to.deep.equal([...en.years].sort((a, b) => a - b));
    expect(ar.years, 'ar: first year rightmost').to.deep.equal([...ar.years].sort((a, b) => b - a));
    expect(rightmost(en.axis), 'en: value axis left of the lines').to.be.at.most(leftmost(en.lines) + 1);
    expect(leftmost(ar.axis), 'ar: value axis right of the lines').to.be.at.least(rightmost(ar.lines) - 1);
    expect(ar.ends.length).to.be.greaterThan(0);
    for (const end of en.ends) expect(end.box.left, 'en: end labels right of the lines').to.be.at.least(rightmost(en.lines) - 1);
    for (const end of ar.ends) {
      expect(end.anchor).to.equal('end');
      expect(end.box.right, 'ar: end labels left of the lines').to.be.at.most(leftmost(ar.lines) + 1);
    }
  });

  it('disaggregation: the lowest and highest values on the mirrored sides of their dots, the legend at the right', async () => {
    const sample = sampleOf('disaggregation');
    for (const lang of ['en', 'ar'] as const) {
      const chart = await draw(sample, lang);
      const plot = boxes(chart, 'g.mark-symbol path');
      const legend = boxes(chart, 'g.role-legend');
      const svg = svgOf(chart).getBoundingClientRect();
      expect(legend.length, `${lang}: a legend`).to.be.greaterThan(0);
      const values = texts(chart, 'g.mark-text.role-mark text').filter((text) => /%$/.test(text.text));
      const anchors = new Set(values.map((value) => value.anchor));
      expect([...anchors].sort(), `${lang}: values on both sides of the dots`).to.deep.equal(['end', 'start']);
      if (lang === 'ar') expect(centre(legend[0]!), 'ar: legend on the start (right) side').to.be.above(centre(svg));
      else expect(centre(legend[0]!), 'en: legend on the start (left) side').to.be.below(centre(svg));
      expect(plot.length).to.be.greaterThan(0);
      cleanup();
    }
  });

  it('pyramid: the first group of the data on the start side (left in English, right in Arabic), ages on the right in Arabic', async () => {
    const sample = sampleOf('pyramid');
    for (const lang of ['en', 'ar'] as const) {
      const chart = await draw(sample, lang);
      // The middle line both sides grow from.
      const middle = centre(boxes(chart, 'g.mark-rule.role-mark line, g.mark-rule.role-mark path')[0]!);
      // The first group of the data (its first row's), by the sentence each bar carries for screen readers.
      const firstGroup = sample.csv.split('\n')[1]!.split(',')[1]!;
      const secondGroup = sample.csv.split('\n')[2]!.split(',')[1]!;
      const firstBars = [...svgOf(chart).querySelectorAll('g.mark-rect path')].filter((bar) => (bar.getAttribute('aria-label') ?? '').includes(`${firstGroup},`)).map((bar) => bar.getBoundingClientRect());
      const legend = (name: string) => texts(chart, 'g.role-legend-label text').find((text) => text.text === name)!.box;
      const ages = texts(chart, 'g.role-axis-label text').filter((text) => /^\d+[–-]\d+$|\+$/.test(text.text)).map((text) => text.box);
      expect(firstBars.length, `${lang}: bars of the first group`).to.be.greaterThan(5);
      expect(ages.length, `${lang}: age labels`).to.be.greaterThan(5);
      if (lang === 'en') {
        expect(rightmost(firstBars), 'en: first group left').to.be.at.most(middle + 1);
        expect(rightmost(ages), 'en: ages left').to.be.below(middle);
        expect(centre(legend(firstGroup)), 'en: first group first in the legend, at the left').to.be.below(centre(legend(secondGroup)));
      } else {
        expect(centre(legend(firstGroup)), 'ar: first group first in the legend, at the right').to.be.above(centre(legend(secondGroup)));
        expect(leftmost(firstBars), 'ar: first group right').to.be.at.least(middle - 1);
        expect(leftmost(ages), 'ar: ages right of the bars').to.be.above(rightmost(firstBars));
      }
      cleanup();
    }
  });

  it('map: the world is not mirrored; its legend and notes start at the right', async () => {
    const sample = sampleOf('map');
    const shapes: Record<string, string[]> = {};
    for (const lang of ['en', 'ar'] as const) {
      const chart = await draw(sample, lang);
      shapes[lang] = [...svgOf(chart).querySelectorAll('g.mark-shape path')].map((path) => path.getAttribute('d') ?? '');
      const svg = svgOf(chart).getBoundingClientRect();
      const legend = boxes(chart, 'g.role-legend');
      if (lang === 'ar') expect(legend.every((box) => box.right > centre(svg)), 'ar: legend on the right').to.equal(true);
      cleanup();
    }
    expect(shapes['en']!.length).to.be.greaterThan(100);
    expect(shapes['ar']!.join('|') === shapes['en']!.join('|'), 'the same countries in the same places').to.equal(true);
  });

  for (const sample of SAMPLES) {
    it(`${sample.template}: no English word drawn in Arabic but the data's own, and every number with "%" kept whole`, async () => {
      const chart = await draw(sample, 'ar');
      const allowed = dataWords(sample);
      const english = texts(chart)
        .map(({ text }) => allowed.reduce((rest, word) => rest.split(word).join(' '), text))
        .filter((rest) => /[A-Za-z]{2,}/.test(rest));
      expect(english, 'English words in the Arabic drawing').to.deep.equal([]);
      for (const { raw } of texts(chart)) {
        // What is left once each isolated run is taken out must hold no number with its "%": bidi could split it.
        let outside = raw;
        for (let before = ''; before !== outside; ) [before, outside] = [outside, outside.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')];
        expect(/\d\s?%|%\s?\d/.test(outside), `"${raw}": a number with % outside an isolate`).to.equal(false);
      }
    });
  }

  it('the check finds the English words of an English drawing (so it can fail)', async () => {
    const sample = sampleOf('progress');
    const chart = await draw(sample, 'en');
    const allowed = dataWords(sample);
    const left = texts(chart).map(({ text }) => allowed.reduce((rest, word) => rest.split(word).join(' '), text)).join(' ');
    expect(left).to.match(/\btarget\b/);
    expect(left).to.match(/\bbaseline\b/);
  });

  it('the mirror: scale readings in left-to-right pixels, marks a template keeps as drawn, the spec it was given untouched', () => {
    expect(replaceScaleCalls("scale('x', max(a, scale('x', b))) > width / 2 && scale('y', c) > 0", new Set(['x']))).to.equal(
      "(width - scale('x', max(a, (width - scale('x', b))))) > width / 2 && scale('y', c) > 0",
    );
    const spec = {
      scales: [{ name: 'x', type: 'linear', range: [0, { signal: 'width' }] }],
      axes: [{ scale: 'y', orient: 'left' }],
      marks: [
        { type: 'text', encode: { update: { x: { value: 10 }, align: { value: 'left' }, dx: { value: 4 } } } },
        { type: 'text', style: ['text', KEEP_X_STYLE], encode: { update: { x: { value: 10 }, align: { value: 'left' } } } },
      ],
    } as unknown as Spec;
    const before = JSON.stringify(spec);
    const mirrored = mirrorSpec(spec) as unknown as { scales: { reverse: boolean }[]; axes: { orient: string }[]; marks: { encode: { update: Record<string, unknown> } }[] };
    expect(JSON.stringify(spec)).to.equal(before);
    expect(mirrored.scales[0]!.reverse).to.equal(true);
    expect(mirrored.axes[0]!.orient).to.equal('right');
    expect(mirrored.marks[0]!.encode.update).to.deep.include({ x: { signal: 'width - (10)' }, align: { value: 'right' }, dx: { signal: '-(4)' } });
    expect(mirrored.marks[1]!.encode.update).to.deep.equal({ x: { value: 10 }, align: { value: 'left' } });
  });
});
