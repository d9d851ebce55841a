/**
 * The map's details of issues 20 and 24: "no data" is hatched on the map and in its legend, in every theme and in
 * the SVG export, so a low value is never mistaken for a missing one; on a phone the boundaries disclaimer is one
 * short line; the "not on the map" note is no larger than the source; with a year control the colour scale spans
 * every year, so the legend and a value's shade stay the same from one year to the next.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { exportSvg, layoutSocial, SOCIAL_PRESETS } from '../../components/lnob-chart/share-export.js';
import { contrastRatio } from '../../themes/index.js';
import { cleanup, rendered, svgOf } from '../helpers.js';
import { shareInputs } from '../visual/cases.js';

/** Four countries with values (illustrative), the lowest 1.2: every other country has no data. */
const CSV = ['country,rate', 'Nigeria,30.9', 'Kenya,36.1', 'Brazil,1.2', 'India,12.9', 'Atlantis,3'].join('\n');
const MAP = (attributes = '') =>
  `<lnob-chart eager template="map" geo-column="country" value-column="rate" source="Illustrative data" ${attributes}><script type="text/csv">\n${CSV}\n</script></lnob-chart>`;

/** The hatch lines: Vega's rules under the countries, in a group clipped to the shapes without a value. */
const hatchLines = (svg: Element) => [...svg.querySelectorAll('g.mark-rule[clip-path] line')];
/** The legend symbols (the "no data" key's is the hatched square). */
const legendSymbols = (svg: Element) => [...svg.querySelectorAll('.role-legend-symbol path')];
/** A path of several pieces: the outline and the diagonals. */
const hatched = (path: Element) => (path.getAttribute('d')?.match(/M/g) ?? []).length >= 4;

describe('map: no data is hatched', () => {
  afterEach(cleanup);

  for (const theme of ['default', 'sdg', 'dark', 'high-contrast']) {
    it(`${theme}: hatch lines clipped to the no-data shapes, shapes without fill, a hatched legend key, lines at 3:1`, async () => {
      const { chart, view } = await rendered(MAP(`theme="${theme}"`), 800);
      const svg = svgOf(chart);
      const lines = hatchLines(svg);
      expect(lines.length, 'hatch lines').to.be.greaterThan(50);
      const clip = svg.querySelector(`clipPath${lines[0]!.parentElement!.getAttribute('clip-path')!.replace(/^url\((.*)\)$/, '$1')} path`);
      expect(clip?.getAttribute('d')?.length ?? 0, 'a clip path of the no-data shapes').to.be.greaterThan(1000);
      // Every world shape but the four with values.
      expect((view.data('lnob_nodata') as object[]).length).to.equal((view.data('lnob_shapes') as object[]).length - 4);
      const shapes = [...svg.querySelectorAll('g.mark-shape path')];
      expect(shapes.filter((shape) => shape.getAttribute('fill') === 'transparent').length, 'no-data shapes let the hatching show').to.equal(shapes.length - 4);
      const background = svg.style.backgroundColor;
      const stroke = lines[0]!.getAttribute('stroke')!;
      expect(contrastRatio(stroke, background)!, 'hatch line against the background').to.be.at.least(3);
      // The lowest value's shade is a colour, never the background the hatching is drawn on.
      const lowest = view.scale('color')(1.2) as string;
      expect(contrastRatio(lowest, background)!, 'lowest shade against the background').to.be.greaterThan(1.1);
      const key = legendSymbols(svg).find(hatched);
      expect(key !== undefined, 'the legend key is hatched').to.equal(true);
      expect(key!.getAttribute('stroke')).to.equal(stroke);
    });
  }

  it('hatches under a strict Content-Security-Policy too (csp="strict": the expression interpreter)', async () => {
    const { chart } = await rendered(MAP('csp="strict"'), 800);
    expect(hatchLines(svgOf(chart)).length).to.be.greaterThan(50);
    expect(svgOf(chart).querySelector('clipPath path')?.getAttribute('d')?.length ?? 0).to.be.greaterThan(1000);
  });

  it('a map of highlighted countries has no hatching and a plain square key', async () => {
    const { chart } = await rendered(MAP('highlight="Kenya; Nigeria"'), 800);
    const svg = svgOf(chart);
    expect(hatchLines(svg)).to.have.length(0);
    expect(legendSymbols(svg).some(hatched)).to.equal(false);
  });

  it('the hatching survives the SVG export (what the share images are made from)', async () => {
    const { chart, view } = await rendered(MAP(), 800);
    const { source, chrome } = shareInputs(chart);
    const { svg } = await exportSvg(source, chrome, view);
    const exported = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(hatchLines(exported.documentElement).length).to.be.greaterThan(50);
    const id = hatchLines(exported.documentElement)[0]!.parentElement!.getAttribute('clip-path')!.replace(/^url\(#(.*)\)$/, '$1');
    expect(exported.getElementById(id)?.querySelector('path') != null, 'its clip path is in the file').to.equal(true);
    expect(legendSymbols(exported.documentElement).some(hatched)).to.equal(true);
  });
});

/** The disclaimer's drawn text (with the attribution, its last line). */
function disclaimer(chart: LnobChart): SVGTextElement {
  return [...svgOf(chart).querySelectorAll('text')].find((text) => text.textContent?.includes('Natural Earth'))!;
}

describe('map: the disclaimer on a phone', () => {
  afterEach(cleanup);

  for (const lang of ['en', 'fr', 'es', 'pt', 'ar']) {
    it(`${lang}: at 360 px a short line, far less tall than the map; the full text in its tooltip; at 800 px in full`, async () => {
      const { chart } = await rendered(MAP(`lang="${lang}"`), 360);
      const text = disclaimer(chart);
      const map = [...svgOf(chart).querySelectorAll('g.mark-shape path')].reduce(
        (box, path) => {
          const r = path.getBoundingClientRect();
          return { top: Math.min(box.top, r.top), bottom: Math.max(box.bottom, r.bottom) };
        },
        { top: Infinity, bottom: -Infinity },
      );
      const height = text.getBoundingClientRect().height;
      expect(height, 'disclaimer height').to.be.below(0.25 * (map.bottom - map.top));
      expect([...text.querySelectorAll('tspan')].map((line) => line.textContent), 'the short sentence and the attribution').to.have.length(2);
      const full = chart.view!.signal('lnob_disclaimer') as string;
      expect(full.length).to.be.greaterThan(2 * (chart.view!.signal('lnob_disclaimer_short') as string).length);
      expect(text.textContent).not.to.contain(full.slice(0, 40));
      cleanup();
      const { chart: wide } = await rendered(MAP(`lang="${lang}"`), 800);
      expect(disclaimer(wide).textContent!.replace(/[\u2068\u2069]/g, '')).to.contain(full.split(' ').slice(0, 4).join(' '));
    });
  }

  it('a share image, which has no tooltip, carries the full disclaimer although its map is narrow', async () => {
    const { chart } = await rendered(MAP(), 360);
    const { source, chrome } = shareInputs(chart);
    const laid = await layoutSocial(source, chrome, SOCIAL_PRESETS.find((preset) => preset.id === 'landscape')!);
    const text = new DOMParser().parseFromString(laid.svg, 'image/svg+xml').documentElement.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('official endorsement or acceptance');
    expect(text).not.to.contain('Boundaries shown are not an endorsement');
  });

  it('"Not on the map: …" is set no larger than the source line', async () => {
    const { chart } = await rendered(MAP(), 360);
    const warnings = chart.shadowRoot!.querySelector<HTMLElement>('[part="warnings"]')!;
    const source = chart.shadowRoot!.querySelector<HTMLElement>('[part="source"]')!;
    expect(warnings.textContent).to.contain('Atlantis');
    expect(parseFloat(getComputedStyle(warnings).fontSize)).to.be.at.most(parseFloat(getComputedStyle(source).fontSize));
  });
});

describe('map with a year control: one colour scale for every year', () => {
  afterEach(cleanup);

  it('the legend keeps its extent and a value keeps its shade when the year changes (illustrative data)', async () => {
    // 2015's values run 10–40, 2016's 12–80: the scale spans 10–80 in both years.
    const csv = ['geo,year,value', 'KEN,2015,10', 'KEN,2016,12', 'NGA,2015,20', 'NGA,2016,20', 'GHA,2015,30', 'GHA,2016,80', 'SEN,2015,40', 'SEN,2016,41'].join('\n');
    const { chart, view } = await rendered(`<lnob-chart eager template="map"><script type="text/csv">${csv}</script></lnob-chart>`, 800);
    await chart.updateComplete;
    const legend = () => [...svgOf(chart).querySelectorAll('.role-legend-label text')].map((text) => text.textContent!.trim()).filter(Boolean);
    const nigeria = () => [...svgOf(chart).querySelectorAll('g.mark-shape path')].find((path) => path.getAttribute('aria-label')?.startsWith('Nigeria'))?.getAttribute('fill');
    const before = { legend: legend(), domain: view.scale('color').domain(), nigeria: nigeria() };
    expect(before.legend).to.include.members(['10', '80']);
    const changed = new Promise((resolve) => chart.addEventListener('lnob-year-change', resolve, { once: true }));
    chart.shadowRoot!.querySelector<HTMLInputElement>('[part="year-slider"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await changed;
    await chart.updateComplete;
    expect(view.signal('lnob_year')).to.equal(2015);
    expect(legend()).to.deep.equal(before.legend);
    expect(view.scale('color').domain()).to.deep.equal(before.domain);
    expect(nigeria(), 'Nigeria, 20 in both years, keeps its shade').to.equal(before.nigeria);
  });
});

describe('map in Arabic: legends read from the right; the geography is not mirrored', () => {
  afterEach(cleanup);

  /** Left edges (px) of the legend's labels, by their text without isolates. */
  const labelLefts = (chart: LnobChart) =>
    new Map([...svgOf(chart).querySelectorAll('.role-legend-label text')].map((text) => [text.textContent!.replace(/[\u2068\u2069]/g, '').trim(), text.getBoundingClientRect().left]));

  it('the ramp runs from the right (lowest value at the right), the "no data" key is rightmost; hatching and markers as in English', async () => {
    const { chart: en } = await rendered(MAP('lang="en"'), 800);
    const enLines = hatchLines(svgOf(en)).map((line) => line.getAttribute('x2'));
    const enLabels = labelLefts(en);
    expect(enLabels.get('1.2')!).to.be.below(enLabels.get('36.1')!);
    cleanup();
    const { chart } = await rendered(MAP('lang="ar"'), 800);
    const labels = labelLefts(chart);
    expect(labels.get('1.2')!, 'lowest value right of the highest').to.be.above(labels.get('36.1')!);
    const noData = [...labels].find(([text]) => text === 'لا توجد بيانات');
    expect(noData !== undefined, 'the no-data key in Arabic').to.equal(true);
    expect(noData![1], 'the no-data key at the right of the ramp').to.be.above(labels.get('1.2')!);
    // The gradient's colours run from the right: its first stop (at the left) is the ramp's dark end.
    const stops = [...svgOf(chart).querySelectorAll('linearGradient stop')].map((stop) => stop.getAttribute('offset'));
    const gradient = svgOf(chart).querySelector('linearGradient')!;
    expect(Number(gradient.getAttribute('x1')), 'starts at the right').to.be.greaterThan(Number(gradient.getAttribute('x2')));
    expect(stops.length).to.be.greaterThan(1);
    // Hatch lines rise to the right in both languages (x2 > 0 on each line).
    const lines = hatchLines(svgOf(chart)).map((line) => line.getAttribute('x2'));
    expect(lines.every((x2) => Number(x2) > 0)).to.equal(true);
    expect(lines).to.deep.equal(enLines);
  });
});
