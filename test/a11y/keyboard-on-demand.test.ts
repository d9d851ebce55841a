/**
 * Keyboard navigation and listening load on first use (issue 21): the drawing is a named tab stop as soon as it is
 * drawn, without their code; the first focus loads it, and a key pressed before it has arrived still works. This
 * file must stay alone in its page (each test file is): no test before it may have loaded the keys' code.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import type { KeyboardOnDemand } from '../../components/lnob-chart/keyboard-on-demand.js';
import type { LnobChart } from '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { cleanup, rendered } from '../helpers.js';

const drawing = (chart: LnobChart) => chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]');
const said = (chart: LnobChart) => chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.replace(/\u00a0$/, '');
const keyboard = (chart: LnobChart) => (chart as unknown as { keyboard: KeyboardOnDemand }).keyboard;
const keysCodeLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/keyboard-(?:navigation|parts)\.[jt]s/.test(entry.name));

describe('keyboard: its code loads on the first focus', function () {
  afterEach(cleanup);

  it('the drawing is a named tab stop before the code loads; a key pressed at once is answered once it has', async () => {
    // The resource timing buffer holds 250 entries by default: the test page's own modules (Vega's included) fill it.
    performance.setResourceTimingBufferSize(5000);
    performance.clearResourceTimings();
    const sample = samples.find((s) => s.template === 'ranked-bar')!;
    const { chart } = await rendered(sampleMarkup(sample, { eager: '' }));
    await chart.updateComplete;
    const box = drawing(chart);
    expect(box, 'the drawing is a tab stop').to.not.equal(null);
    expect(box!.tabIndex).to.equal(0);
    expect(box!.getAttribute('aria-label')).to.match(/\S/);
    expect(box!.getAttribute('aria-description')).to.contain('arrow keys');
    expect(keysCodeLoaded(), 'the keys\' code is not loaded with the chart').to.equal(false);

    box!.focus();
    // Pressed in the same task as the focus, so surely before the code has arrived: it must be kept, not lost.
    const key = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, composed: true });
    box!.dispatchEvent(key);
    expect(key.defaultPrevented, 'the page does not scroll meanwhile').to.equal(true);
    expect(said(chart)).to.equal('');
    await keyboard(chart).load();
    expect(keysCodeLoaded()).to.equal(true);
    expect(said(chart), 'the first arrow key reached the first bar').to.match(/^\S.*1 of \d+/);
    expect(chart.shadowRoot!.querySelector('svg .lnob-focus-ring'), 'the first bar is ringed').to.not.equal(null);
  });
});
