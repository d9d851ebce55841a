import { expect } from '@open-wc/testing';
import type { View } from 'vega';
import * as stories from '../../stories/small-multiples.stories.js';
import type { LnobChart } from '../../index.js';
import { nextOutcome } from '../helpers.js';

/** The catalogue's small multiples: each of the four templates draws its panels, honest about its data. */
const CASES = [
  { story: stories.Trend, panels: ['Afghanistan', 'Angola', 'Albania', 'Algeria'], illustrative: false },
  { story: stories.Progress, panels: ['Coast', 'Highlands', 'North'], illustrative: true },
  { story: stories.Disaggregation, panels: ['Country A', 'Country B', 'Country C'], illustrative: true },
  { story: stories.RankedBar, panels: ['Country B', 'Country A', 'Country C'], illustrative: true },
];

function panelNames(view: View): unknown[] {
  const root = (view.scenegraph() as unknown as { root: { items: { items: { name?: string; items: { datum: Record<string, unknown> }[] }[] }[] } }).root;
  return root.items[0]!.items.find((mark) => mark.name === 'lnob_panel')!.items.map((item) => item.datum['lnob_panel']);
}

describe('catalogue: small multiples', () => {
  for (const { story, panels, illustrative } of CASES) {
    it(`${story.name}: one panel per value, and its data honest`, async () => {
      const frame = (story.render as () => HTMLElement)();
      frame.style.width = '720px';
      const outcome = nextOutcome(frame);
      document.body.append(frame);
      try {
        const result = await outcome;
        expect(result.type, result.type === 'lnob-error' ? result.detail.message : '').to.equal('lnob-render');
        if (result.type !== 'lnob-render') return;
        expect(panelNames(result.detail.view as View)).to.deep.equal(panels);
        const chart = frame.querySelector('lnob-chart') as LnobChart;
        await chart.updateComplete;
        const words = chart.shadowRoot!.textContent ?? '';
        if (illustrative) expect(words).to.contain('Illustrative data');
        else expect(words).to.contain('World Bank');
        const code = (frame.querySelector('lnob-code-panel') as HTMLElement & { code: string }).code;
        expect(code).to.contain('facet-column=');
      } finally {
        frame.remove();
      }
    });
  }
});
