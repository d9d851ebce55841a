import { expect } from '@open-wc/testing';
import '../../index.js';
import { tooltipText } from '../../components/lnob-chart/tooltip.js';
import { bars, cleanup, rendered } from '../helpers.js';

describe('<lnob-chart> tooltip', () => {
  afterEach(cleanup);

  it('shows the words of a mark as themed text inside the chart, not in the page', async () => {
    const payload = '<img src=x onerror="window.__tooltipPwned=1">';
    const { chart } = await rendered(`<lnob-chart eager style="--lnob-color-background: rgb(1, 2, 3)"><script type="text/csv">
category,value
${payload},70
South,50
</script></lnob-chart>`);
    const bar = bars(chart).find((path) => (path.getAttribute('aria-label') ?? '').includes('<img'))!;
    const box = bar.getBoundingClientRect();
    // Vega shows tooltips on pointermove and hides them on mouseout.
    bar.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.left + 5, clientY: box.top + 5 }));
    const tip = chart.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip, 'a tooltip inside the shadow root').to.not.equal(null);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.equal(`${payload}: 70`);
    expect(tip.querySelector('img')).to.equal(null);
    expect(getComputedStyle(tip).backgroundColor).to.equal('rgb(1, 2, 3)');
    // Nothing was added to the page itself (vega-tooltip would append to <body> and <head>).
    expect(document.querySelector('#vg-tooltip-element, .vg-tooltip')).to.equal(null);
    expect((window as unknown as { __tooltipPwned?: number }).__tooltipPwned).to.equal(undefined);
    bar.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    expect(tip.hidden).to.equal(true);
  });

  it('writes field: value lines for object values', () => {
    expect(tooltipText({ Country: 'Nigeria', Value: 70 })).to.equal('Country: Nigeria\nValue: 70');
    expect(tooltipText(null)).to.equal('');
  });
});
