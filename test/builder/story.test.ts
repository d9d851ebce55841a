/**
 * The builder's story extras: events marked on the chart (`annotations`) and small multiples (`facet-column`), seen
 * in the preview and carried by the code into a blank page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LnobChart } from '../../index.js';
import { scaledBudget } from '../time-budget.js';
import { blankPage, change, cleanupBuilders, control, desktopPreview, drawnIn, mountBuilder, paste, root } from './helpers.js';

// Illustrative numbers.
const CLIPBOARD = [
  'Country\tArea\tYear\tRate (%)',
  ...['Kenya', 'Ghana'].flatMap((country, c) =>
    ['Rural', 'Urban'].flatMap((area, a) => [2010, 2015, 2020].map((year, y) => `${country}\t${area}\t${year}\t${40 - 10 * c - 12 * a - 3 * y}`)),
  ),
].join('\n');
const KIT = `${location.origin}/dist/lnob-charts.js`;

/** The plan of a chart's next drawing. */
function nextPlan(chart: Element): Promise<{ panels?: readonly { name: string }[]; summary: string }> {
  return new Promise((resolve, reject) => {
    chart.addEventListener('lnob-render', (event) => resolve((event as CustomEvent).detail.plan), { once: true });
    chart.addEventListener('lnob-error', (event) => reject(new Error((event as CustomEvent).detail.message)), { once: true });
  });
}

describe('the builder’s story extras', function () {
  this.timeout(scaledBudget(60_000));
  afterEach(cleanupBuilders);

  it('events marked on a trend and one small chart per country, in the preview and in the code', async () => {
    const builder = await mountBuilder();
    await paste(builder, CLIPBOARD);
    await waitUntil(() => desktopPreview(builder), 'no preview', { timeout: scaledBudget(20_000) });
    // Two countries for each area and year: the chart asks which (in plain words) until there is a panel per country.
    const trend = root(builder).querySelector<HTMLInputElement>('#template-trend')!;
    if (!trend.checked) {
      trend.click();
      await builder.updateComplete;
    }
    let drawn = nextPlan(desktopPreview(builder));
    await change(builder, control<HTMLSelectElement>(builder, 'One small chart for each value of'), 'Country');
    const plan = await drawn;
    expect(plan.panels?.map((panel) => panel.name)).to.have.members(['Kenya', 'Ghana']);

    drawn = nextPlan(desktopPreview(builder));
    await change(builder, control(builder, 'Events and call-outs marked on the chart'), '2015: SDGs adopted');
    expect((await drawn).summary).to.contain('SDGs adopted');

    const code = await builder.makeSnippet();
    expect(code).to.contain('facet-column="Country"');
    expect(code).to.contain('annotations="2015: SDGs adopted"');
    const { doc } = await blankPage(code.replace(/src="https:\/\/cdn\.jsdelivr\.net\/[^"]+"/, `src="${KIT}"`));
    const pasted = (await drawnIn(doc)) as LnobChart;
    expect(pasted.getAttribute('facet-column')).to.equal('Country');
    expect(pasted.shadowRoot!.textContent).to.contain('SDGs adopted');
  });
});
