import { expect } from '@open-wc/testing';
import '../../index.js';
import { cachedExpressionCount } from '../../render/expression-cache.js';
import { cleanup, labels, mount, rendered } from '../helpers.js';

/**
 * Charts of one template share their compiled expressions (render/expression-cache.ts): the second chart
 * compiles nothing new, yet each chart's expressions still read its own data, signals and scales.
 */
describe('compiled expressions shared between charts', () => {
  afterEach(cleanup);

  it('a second chart of the same template compiles no new expression, and draws its own numbers', async () => {
    const first = await rendered(`<lnob-chart eager title="A"><script type="text/csv">
category,value
North,70
South,20
</script></lnob-chart>`);
    const compiled = cachedExpressionCount();
    expect(compiled).to.be.greaterThan(10);

    const second = await rendered(`<lnob-chart eager title="B"><script type="text/csv">
category,value
East,5.5
West,41.25
Centre,12
</script></lnob-chart>`);
    expect(cachedExpressionCount()).to.equal(compiled);
    expect(labels(first.chart).sort()).to.deep.equal(['20', '70']);
    expect(labels(second.chart).sort()).to.deep.equal(['12.00', '41.25', '5.50']);
  });

  it('two charts drawn at once keep their own signals (unit, highlight) through shared code', async () => {
    const a = mount(`<lnob-chart eager highlight="North"><script type="text/csv">
category,value
North,70%
South,20%
</script></lnob-chart>`);
    const b = mount(`<lnob-chart eager><script type="text/csv">
category,value
North,3
South,9
</script></lnob-chart>`);
    expect((await a.outcome).type).to.equal('lnob-render');
    expect((await b.outcome).type).to.equal('lnob-render');
    expect(labels(a.chart).sort()).to.deep.equal(['20%', '70%']);
    expect(labels(b.chart).sort()).to.deep.equal(['3', '9']);
    const fills = (chart: typeof a.chart) => [...chart.shadowRoot!.querySelectorAll('g.mark-rect path')].map((bar) => bar.getAttribute('fill'));
    expect(new Set(fills(a.chart)).size).to.equal(2); // North highlighted, South not
    expect(new Set(fills(b.chart)).size).to.equal(1);
  });
});
