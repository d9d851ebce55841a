import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../index.js';
import { bars, cleanup, nextOutcome, rendered, svgOf } from '../helpers.js';

/** theme="auto" end to end: the reader's colour scheme picks default or dark, and a change redraws the chart. */
describe('theme="auto"', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('follows prefers-color-scheme, in the drawing and the chrome, and switches when the reader does', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { chart } = await rendered(`<lnob-chart eager theme="auto" title="T"><script type="text/csv">
category,value
A,1
B,2
</script></lnob-chart>`);
    expect(svgOf(chart).style.backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(bars(chart)[0]!.getAttribute('fill')).to.equal('#58a6ff');

    const next = nextOutcome(chart);
    await emulateMedia({ colorScheme: 'light' });
    await next;
    expect(svgOf(chart).style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(bars(chart)[0]!.getAttribute('fill')).to.equal('#1f6fb2');
  });
});
