import { expect } from '@open-wc/testing';
import * as stories from '../../stories/real-data.stories.js';
import type { LnobChart } from '../../index.js';
import { nextOutcome } from '../helpers.js';

/** The catalogue's worked example per real-data format draws from the unedited file, with its provenance. */
describe('catalogue: real data downloads', () => {
  const cases = [
    ['UN SDG', stories.UnSdg, 'g.mark-rect path', 'Source:'],
    ['World Bank', stories.WorldBank, 'g.mark-rect path', 'World Bank'],
    ['Open SDG', stories.OpenSdg, 'g.mark-line path', ''],
    ['wide', stories.Wide, 'g.mark-line path', ''],
  ] as const;
  for (const [name, story, marks, source] of cases) {
    it(`${name}: draws from the file with its attributes`, async () => {
      const frame = (story.render as () => HTMLElement)();
      const outcome = nextOutcome(frame);
      document.body.append(frame);
      try {
        const result = await outcome;
        expect(result.type, result.type === 'lnob-error' ? result.detail.message : '').to.equal('lnob-render');
        const chart = frame.querySelector('lnob-chart') as LnobChart;
        await chart.updateComplete;
        expect(chart.shadowRoot!.querySelectorAll(marks).length).to.be.greaterThan(0);
        if (source) expect(chart.shadowRoot!.querySelector('[part="source"]')?.textContent).to.contain(source);
        const code = (frame.querySelector('lnob-code-panel') as HTMLElement & { code: string }).code;
        expect(code).to.match(/src="demo\/data\/|<script type="text\/csv">/);
      } finally {
        frame.remove();
      }
    });
  }
});
