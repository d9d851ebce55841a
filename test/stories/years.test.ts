import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as stories from '../../stories/years.stories.js';
import type { LnobChart } from '../../index.js';
import { nextOutcome } from '../helpers.js';

/** The catalogue's years on maps and rankings: genuine downloads of several years, drawn with their year control. */
describe('catalogue: years on maps and rankings', () => {
  async function drawn(story: { render?: unknown }) {
    const frame = (story.render as () => HTMLElement)();
    const outcome = nextOutcome(frame);
    document.body.append(frame);
    const result = await outcome;
    expect(result.type, result.type === 'lnob-error' ? result.detail.message : '').to.equal('lnob-render');
    const chart = frame.querySelector('lnob-chart') as LnobChart;
    await chart.updateComplete;
    return { frame, chart };
  }
  /** The bars' accessible names, top to bottom as drawn. */
  const bars = (chart: LnobChart) =>
    [...chart.shadowRoot!.querySelectorAll('g.mark-rect.role-mark path')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((path) => path.getAttribute('aria-label') ?? '');

  it('ranks twelve countries’ GDP per person in 2019, and in 2000 after Home, re-sorted', async () => {
    const { frame, chart } = await drawn(stories.RankedBarYears);
    try {
      expect(chart.shadowRoot!.querySelector('[part="year"]')!.textContent).to.equal('2019');
      const latest = bars(chart);
      expect(latest).to.have.length(12);
      expect(latest[0]).to.match(/^Germany: 35,970/);
      expect(chart.shadowRoot!.querySelector('#summary')!.textContent).to.contain('Year shown: 2019.');
      const slider = chart.shadowRoot!.querySelector<HTMLInputElement>('[part="year-slider"]')!;
      slider.focus();
      const changed = new Promise<CustomEvent>((resolve) => chart.addEventListener('lnob-year-change', resolve as EventListener, { once: true }));
      await sendKeys({ press: 'Home' });
      expect((await changed).detail.year).to.equal(2000);
      await chart.updateComplete;
      const first = bars(chart);
      // Re-sorted: the order of 2000 is not that of 2019 (Estonia and Lithuania rose past Greece and Portugal).
      expect(first.map((name) => name.split(':')[0]).join('|')).not.to.equal(latest.map((name) => name.split(':')[0]).join('|'));
      expect(chart.shadowRoot!.querySelector('#summary')!.textContent).to.contain('Year shown: 2000.');
      const code = (frame.querySelector('lnob-code-panel') as HTMLElement & { code: string }).code;
      expect(code).to.contain('src="demo/data/eurostat-sdg-08-10-gdp-per-capita.tsv"');
    } finally {
      frame.remove();
    }
  });

  it('maps women’s life expectancy from 2000 (year="2000"), with the three years on the control', async () => {
    const { frame, chart } = await drawn(stories.MapYears);
    try {
      expect(chart.shadowRoot!.querySelector('[part="year"]')!.textContent).to.equal('2000');
      expect([...chart.shadowRoot!.querySelectorAll('.year-ends span')].map((end) => end.textContent)).to.deep.equal(['2000', '2016']);
      const named = [...chart.shadowRoot!.querySelectorAll('g.mark-shape.role-mark path[aria-label]')].map((path) => path.getAttribute('aria-label'));
      expect(named).to.have.length(3);
    } finally {
      frame.remove();
    }
  });
});
