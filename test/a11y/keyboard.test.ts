/**
 * Keyboard walks of every template's samples: the drawing is one tab stop; the arrow keys reach every point, in
 * the template's order; each point is announced in a polite live region, ringed in the SVG and shows its tooltip;
 * Escape leaves the data.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { samples, sampleMarkup, type Sample } from '../../templates/samples/index.js';
import { templateIds } from '../../templates/index.js';
import { cleanup, rendered } from '../helpers.js';

const drawing = (chart: LnobChart) => chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!;
const said = (chart: LnobChart) => chart.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\u00a0$/, '');
const ring = (chart: LnobChart) => chart.shadowRoot!.querySelector<SVGGElement>('svg .lnob-focus-ring');
const tooltip = (chart: LnobChart) => chart.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');

async function focusedChart(sample: Sample, extra: Record<string, string> = {}): Promise<LnobChart> {
  const { chart } = await rendered(sampleMarkup(sample, { eager: '', ...extra }));
  await chart.updateComplete;
  drawing(chart).focus();
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
      const time = ['trend', 'progress'].includes(id);
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
