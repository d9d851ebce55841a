import { expect, waitUntil } from '@open-wc/testing';
import '../../index.js';
import { bars, cleanup, holdDrawings, mount, rendered, shadowText } from '../helpers.js';

describe('<lnob-chart> static fallback', () => {
  afterEach(cleanup);

  it('replaces a static image given as fallback content once it upgrades', async () => {
    const { chart } = await rendered(`<lnob-chart eager>
      <img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='300' height='100'/%3E" alt="Poverty by zone: North West 70%">
      <script type="text/csv">
        category,value
        North West,70
        North East,69
      </script>
    </lnob-chart>`);
    const img = chart.querySelector('img')!;
    // Light-DOM content is not slotted: the browser does not draw it once the element has its shadow root.
    expect(img.getClientRects().length).to.equal(0);
    expect(img.assignedSlot).to.equal(null);
    expect(bars(chart)).to.have.length(2);
  });
});

describe('<lnob-chart> text first', () => {
  afterEach(cleanup);

  it('shows the summary and the data table while the drawing is still on its way', async () => {
    const drawings = holdDrawings();
    try {
      const { chart, outcome } = mount(`<lnob-chart eager title="Poverty"><script type="text/csv">
category,value
North West,70
North East,69
</script></lnob-chart>`);
      await waitUntil(() => shadowText(chart, '#summary') !== '', 'the summary never appeared', { timeout: 10000 });
      expect(chart.shadowRoot!.querySelector('svg')).to.equal(null); // not drawn yet
      expect(shadowText(chart, '#summary')).to.contain('Highest: North West');
      // The table's rows come in idle time, and the browser is idle while the drawing waits for Vega.
      await waitUntil(() => chart.shadowRoot!.querySelector('table')?.textContent?.includes('North East'), 'the table never got its rows', { timeout: 10000 });
      expect(chart.shadowRoot!.querySelector('svg')).to.equal(null);
      drawings.release();
      expect((await outcome).type).to.equal('lnob-render');
      expect(bars(chart)).to.have.length(2);
    } finally {
      drawings.restore();
    }
  });
});
