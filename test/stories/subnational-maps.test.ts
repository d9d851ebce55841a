import { expect } from '@open-wc/testing';
import * as stories from '../../stories/subnational-maps.stories.js';
import type { LnobChart } from '../../index.js';
import { nextOutcome } from '../helpers.js';

/** The catalogue's map of Nigeria's zones: the kit's first sample on genuine boundaries. */
describe('catalogue: a map of a country’s own areas', () => {
  it('draws the six zones from the boundaries file, the three in the data coloured, with the boundaries’ source', async () => {
    const frame = (stories.NigeriaZones.render as () => HTMLElement)();
    const outcome = nextOutcome(frame);
    document.body.append(frame);
    try {
      const result = await outcome;
      expect(result.type, result.type === 'lnob-error' ? result.detail.message : '').to.equal('lnob-render');
      const chart = frame.querySelector('lnob-chart') as LnobChart;
      await chart.updateComplete;
      const labels = [...chart.shadowRoot!.querySelectorAll('g.mark-shape.role-mark path')].map((path) => path.getAttribute('aria-label'));
      expect(labels).to.have.length(6);
      expect(labels).to.include.members(['North West: 70.0%', 'North East: 69.0%', 'South West: 49.8%']);
      // Areas without data are drawn but not read out one by one (the summary counts them), as on the world map.
      expect(labels.filter((label) => label === null)).to.have.length(3);
      expect(chart.shadowRoot!.querySelector('svg')!.textContent).to.contain('OSGOF');
      const code = (frame.querySelector('lnob-code-panel') as HTMLElement & { code: string }).code;
      expect(code).to.contain('shapes="demo/data/nigeria-zones.topojson"');
    } finally {
      frame.remove();
    }
  });
});
