/**
 * The builder's story extras: events marked on the chart (`annotations`) and small multiples (`facet-column`), seen
 * in the preview and carried by the code into a blank page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LnobChart } from '../../index.js';
import { scaledBudget } from '../time-budget.js';
import { blankPage, change, cleanupBuilders, control, desktopPreview, drawnIn, firstDrawing, mountBuilder, paste, root } from './helpers.js';

// Illustrative numbers.
const CLIPBOARD = ['Country\tYear\tRate (%)', 'Kenya\t2010\t40', 'Kenya\t2015\t36', 'Kenya\t2020\t33', 'Ghana\t2010\t30', 'Ghana\t2015\t25', 'Ghana\t2020\t24'].join('\n');
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
    await firstDrawing(desktopPreview(builder));
    const trend = root(builder).querySelector<HTMLInputElement>('#template-trend')!;
    if (!trend.checked) {
      const redrawn = nextPlan(desktopPreview(builder));
      trend.click();
      await builder.updateComplete;
      await redrawn;
    }

    let drawn = nextPlan(desktopPreview(builder));
    await change(builder, control(builder, 'Events and call-outs marked on the chart'), '2015: SDGs adopted');
    expect((await drawn).summary).to.contain('SDGs adopted');

    drawn = nextPlan(desktopPreview(builder));
    await change(builder, control<HTMLSelectElement>(builder, 'One small chart for each value of'), 'Country');
    const plan = await drawn;
    expect(plan.panels?.map((panel) => panel.name)).to.have.members(['Kenya', 'Ghana']);

    const code = await builder.makeSnippet();
    expect(code).to.contain('facet-column="Country"');
    expect(code).to.contain('annotations="2015: SDGs adopted"');
    const { doc } = await blankPage(code.replace(/src="https:\/\/cdn\.jsdelivr\.net\/[^"]+"/, `src="${KIT}"`));
    const pasted = (await drawnIn(doc)) as LnobChart;
    expect(pasted.getAttribute('facet-column')).to.equal('Country');
    expect(pasted.shadowRoot!.textContent).to.contain('SDGs adopted');
  });
});
