import { expect } from '@open-wc/testing';
import '../../index.js';
import { bars, cleanup, rendered } from '../helpers.js';

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
