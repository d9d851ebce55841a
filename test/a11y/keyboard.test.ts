/**
 * Keyboard walks of every template's samples: the drawing is one tab stop; the arrow keys reach every point, in
 * the template's order; each point is announced in a polite live region, ringed in the SVG and shows its tooltip;
 * Escape leaves the data.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import type { KeyboardOnDemand } from '../../components/lnob-chart/keyboard-on-demand.js';
import { samples, sampleMarkup, type Sample } from '../../templates/samples/index.js';
import { templateIds } from '../../templates/index.js';
import { contrastRatio } from '../../themes/contrast.js';
import { cleanup, rendered, svgOf } from '../helpers.js';

const drawing = (chart: LnobChart) => chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!;
const said = (chart: LnobChart) => chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.replace(/\u00a0$/, '');
const ring = (chart: LnobChart) => chart.shadowRoot!.querySelector<SVGGElement>('svg .lnob-focus-ring');
const tooltip = (chart: LnobChart) => chart.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');

async function focusedChart(sample: Sample, extra: Record<string, string> = {}): Promise<LnobChart> {
  const { chart } = await rendered(sampleMarkup(sample, { eager: '', ...extra }));
  await chart.updateComplete;
  drawing(chart).focus();
  await (chart as unknown as { keyboard: KeyboardOnDemand }).keyboard.load(); // the keys' code loads on first focus
  return chart;
}

/** Presses a key and gives back what the live region says then. */
async function press(chart: LnobChart, key: string): Promise<string> {
  await sendKeys({ press: key });
  return said(chart);
}

describe('keyboard: every data point of every template', function () {
  afterEach(cleanup);

  for (const id of templateIds()) {
    const sample = samples.find((s) => s.template === id)!;
    it(`${id}: one tab stop, every point reached, announced, ringed and with its tooltip`, async () => {
      const chart = await focusedChart(sample);
      const box = drawing(chart);
      expect(box.tabIndex).to.equal(0);
      expect(chart.shadowRoot!.activeElement).to.equal(box);
      expect(box.getAttribute('aria-description')).to.contain('arrow keys');
      expect(said(chart)).to.equal('');
      const time = ['trend', 'progress', 'slope'].includes(id);
      const next = time ? 'ArrowRight' : 'ArrowDown';
      const heard = [await press(chart, next)];
      expect(heard[0]).to.match(/\S/);
      expect(ring(chart), 'focus ring').to.not.equal(null);
      expect(tooltip(chart)?.hidden, 'tooltip shown').to.equal(false);
      for (let i = 0; i < 300; i++) {
        const text = await press(chart, next);
        if (text === heard.at(-1)) break; // the end of the series: the last point stays
        heard.push(text);
      }
      for (const text of heard) expect(text).to.not.match(/lnob_|undefined|null|NaN/);
      expect(await press(chart, 'Home')).to.equal(heard[0]);
      expect(await press(chart, 'End')).to.equal(heard.at(-1));
      await sendKeys({ press: 'Escape' });
      expect(ring(chart), 'ring gone after Escape').to.equal(null);
      expect(tooltip(chart)?.hidden ?? true).to.equal(true);
      console.log(id, JSON.stringify(heard.slice(0, 4)), heard.length);
    });
  }
});

describe('keyboard: the order each template reads in', function () {
  afterEach(cleanup);
  const sample = (id: string) => samples.find((s) => s.template === id)!;

  it('trend: ↓ moves to the same year on the next line, ← → along it', async () => {
    const chart = await focusedChart(sample('trend'));
    expect(await press(chart, 'ArrowRight')).to.equal('Rural, 2005, 58%, 1 of 5, highest');
    expect(await press(chart, 'ArrowRight')).to.equal('Rural, 2010, 54%, 2 of 5');
    expect(await press(chart, 'ArrowDown')).to.match(/^Urban, 2010, /);
    expect(await press(chart, 'ArrowUp')).to.equal('Rural, 2010, 54%, 2 of 5');
    expect(await press(chart, 'PageDown')).to.match(/^Rural, 2023, 47%, 5 of 5, lowest/);
    expect(tooltip(chart)!.textContent).to.contain('47');
  });

  it('progress: observed values, then the projection, the target and the verdict', async () => {
    const chart = await focusedChart(sample('progress'));
    const last = await press(chart, 'End');
    expect(last).to.match(/^projected for 2030: [\d.]+%, target: [\d.]+%; (on|off) track$/);
    expect(await press(chart, 'ArrowLeft')).to.match(/^2023, 36\.2%, 7 of 8, lowest$/);
  });

  it('disaggregation: a row reads both groups and the gap; → reaches the other group of the row', async () => {
    const chart = await focusedChart(sample('disaggregation'));
    expect(await press(chart, 'ArrowDown')).to.equal('Country A, Poorest 20%, 31%, 1 of 5, lowest, Richest 20%: 88%; gap: 57 percentage points');
    expect(await press(chart, 'ArrowRight')).to.match(/^Country A, Richest 20%, 88%, 1 of 5, .*Poorest 20%: 31%; gap: 57 percentage points$/);
  });

  it('map: countries in value order, and a letter jumps to a country by name', async () => {
    const chart = await focusedChart(sample('map'));
    expect(await press(chart, 'ArrowDown')).to.match(/^Fiji, 1 of 8/);
    expect(await press(chart, 'k')).to.match(/^Kenya, 3 of 8/);
    expect(await press(chart, 'r')).to.match(/^Rwanda, /);
    expect(ring(chart)).to.not.equal(null);
  });

  it('speaks the chart\'s language', async () => {
    const chart = await focusedChart(sample('ranked-bar'), { lang: 'fr' });
    expect(drawing(chart).getAttribute('aria-roledescription')).to.equal('graphique interactif');
    expect(await press(chart, 'ArrowDown')).to.match(/^North West, 70\s?%, 1 sur 2, la plus élevée$/);
  });

  it('the focus ring: the text colour on a halo of the background, at least 3:1 against the background, in every theme', async () => {
    for (const theme of ['default', 'dark', 'high-contrast', 'sdg']) {
      const chart = await focusedChart(sample('ranked-bar'), { theme });
      await press(chart, 'ArrowDown');
      const [halo, line] = [...ring(chart)!.querySelectorAll('rect')];
      const background = halo!.getAttribute('stroke')!;
      expect(contrastRatio(line!.getAttribute('stroke')!, background), theme).to.be.at.least(3);
      expect(Number(line!.getAttribute('width'))).to.be.above(0);
      // The ring surrounds the bar it marks (kept 2 px inside the drawing's edge, where a bar may end).
      const bar = svgOf(chart).querySelector('g.mark-rect path')!.getBoundingClientRect();
      const box = line!.getBoundingClientRect();
      expect(box.left).to.be.at.most(bar.left);
      expect(box.right).to.be.at.least(bar.right - 2);
      cleanup();
    }
  });

  it('redrawn at another width, the current point keeps its ring on its mark', async () => {
    const chart = await focusedChart(sample('ranked-bar'));
    await press(chart, 'ArrowDown');
    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    chart.setAttribute('highlight', 'North West');
    await rendered;
    expect(ring(chart)).to.not.equal(null);
  });
});
