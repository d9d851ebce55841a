import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { cleanup, rendered, svgOf } from '../helpers.js';
import { chartMarkup, csv, marks } from '../templates/util.js';
import { overlappingTexts, textBoxes } from '../templates/overlap.js';

/**
 * Names above their bars (templates/names-above.ts): where the names' column would shorten a name, every name stands
 * above its bar, whole, and the bars run the whole plot below; at desktop width they stay beside their bars.
 * Mirrored in Arabic: the names start at the right edge.
 */
const LONG = ['Democratic Republic of the Congo', 'Central African Republic', 'North Central', 'Kenya'];
const BARS = csv(['category', 'value'], LONG.map((name, i) => [name, 73 - i * 11]));
const ANSWERS = ['People with disabilities living in rural areas far from services', 'Older women living alone in urban informal settlements', 'Children', 'Girls and women'];
const ANSWER_ROWS = csv(['category', 'value'], ANSWERS.map((name, i) => [name, 40 - i * 8]));
const GROUPS = csv(['category', 'group', 'value'], LONG.flatMap((name, i) => [[name, 'Girls', 40 + i * 5], [name, 'Boys', 52 + i * 4]]));

/** The category names as drawn: each axis label's lines joined (numbers of the value axis left out). */
function names(chart: LnobChart): { text: string; box: DOMRect }[] {
  return [...svgOf(chart).querySelectorAll('g.role-axis-label text')]
    .map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
      return { text: (lines.length ? lines.join(' ') : (text.textContent ?? '')).replace(/[\u2068\u2069\u200f]/g, '').trim(), box: text.getBoundingClientRect() };
    })
    .filter(({ text }) => /[a-z]/i.test(text));
}

/** Texts cut by the SVG's box. */
function clipped(chart: LnobChart): string[] {
  const svg = svgOf(chart).getBoundingClientRect();
  return textBoxes(svgOf(chart))
    .filter(({ box }) => box.left < svg.left - 1 || box.right > svg.right + 1 || box.top < svg.top - 1 || box.bottom > svg.bottom + 1)
    .map(({ text }) => text);
}

/** Gridlines a reader sees (Vega keeps a hidden grid's lines, at opacity 0). */
function visibleGridLines(chart: LnobChart): number {
  return [...svgOf(chart).querySelectorAll('g.role-axis-grid line')].filter((line) => {
    const style = getComputedStyle(line);
    return Number(style.opacity) > 0 && Number(style.strokeOpacity) > 0 && style.stroke !== 'none';
  }).length;
}

/** Each name's bar: the bar whose vertical middle is nearest below the name's box. */
function barUnder(name: DOMRect, bars: DOMRect[]): DOMRect {
  return bars.filter((bar) => bar.top >= name.top).sort((a, b) => a.top - b.top)[0]!;
}

describe('names above their bars (issue 20)', () => {
  afterEach(cleanup);

  for (const lang of ['en', 'ar']) {
    it(`ranked-bar at 360 px (${lang}): every name whole, above its bar, from the start edge; nothing overlaps or is cut`, async () => {
      const { chart } = await rendered(chartMarkup('ranked-bar', BARS, { lang, unit: '%' }), 360);
      const drawn = names(chart);
      expect(drawn.map(({ text }) => text).sort()).to.deep.equal([...LONG].sort());
      const bars = marks(chart, 'rect').map((bar) => bar.getBoundingClientRect());
      const plot = { left: Math.min(...bars.map((b) => b.left)), right: Math.max(...bars.map((b) => b.right)) };
      for (const { text, box } of drawn) {
        const bar = barUnder(box, bars);
        expect(bar, `a bar under ${text}`).to.not.equal(undefined);
        expect(box.bottom <= bar.top + 1, `${text} above its bar`).to.equal(true);
        expect(bar.top - box.bottom < 12, `${text} near its bar`).to.equal(true);
        // Names start where the bars do: left in English, right in Arabic.
        if (lang === 'en') expect(Math.abs(box.left - plot.left) < 3, `${text} starts at the plot's left edge`).to.equal(true);
        else expect(Math.abs(box.right - plot.right) < 3, `${text} starts at the plot's right edge`).to.equal(true);
      }
      expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
      expect(clipped(chart)).to.deep.equal([]);
      // No gridline runs through the names: the values are written on the bars.
      expect(visibleGridLines(chart), 'gridlines across the names').to.equal(0);
    });
  }

  it('ranked-bar at 800 px: the same names stay beside their bars, whole', async () => {
    const { chart } = await rendered(chartMarkup('ranked-bar', BARS), 800);
    const drawn = names(chart);
    expect(drawn.map(({ text }) => text).sort()).to.deep.equal([...LONG].sort());
    const left = Math.min(...marks(chart, 'rect').map((bar) => bar.getBoundingClientRect().left));
    for (const { text, box } of drawn) expect(box.right <= left + 1, `${text} beside the bars`).to.equal(true);
    expect(visibleGridLines(chart), 'gridlines beside the names').to.be.above(0);
  });

  for (const template of ['disaggregation', 'stacked']) {
    for (const theme of ['default', 'high-contrast']) {
      it(`${template} at 360 px (${theme}): long names whole above their rows; nothing overlaps or is cut`, async () => {
        const { chart } = await rendered(chartMarkup(template, GROUPS, { theme }), 360);
        expect(names(chart).map(({ text }) => text).sort()).to.deep.equal([...LONG].sort());
        expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
        expect(clipped(chart)).to.deep.equal([]);
        expect(visibleGridLines(chart), 'gridlines across the names').to.equal(0);
      });
    }
  }

  for (const lang of ['en', 'ar']) {
    it(`survey at 360 px (${lang}): an answer wider than the chart in two whole lines above its bar, clear of it and of the others`, async () => {
      const { chart } = await rendered(chartMarkup('survey', ANSWER_ROWS, { lang }), 360);
      const drawn = names(chart);
      expect(drawn.map(({ text }) => text).sort()).to.deep.equal([...ANSWERS].sort());
      const bars = marks(chart, 'rect').map((bar) => bar.getBoundingClientRect());
      for (const { text, box } of drawn) expect(box.bottom <= barUnder(box, bars).top + 1, `${text} above its bar`).to.equal(true);
      expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
      expect(clipped(chart)).to.deep.equal([]);
    });
  }
});
