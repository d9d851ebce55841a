import { expect } from '@open-wc/testing';
import { params } from '../../templates/spec-helpers.js';
import { scaledBudget } from '../time-budget.js';
import { drawnFromBundle } from './drawn-from-bundle.js';

/**
 * The transforms no built-in template uses are not in Vega's chunk (issue 21; render/more-transforms.ts): a template
 * a site registers that bins its values still draws, with the built kit (dist/), which loads them for it.
 */
describe('transforms loaded on demand', () => {
  it('a registered template that bins its values draws its bars, and only it downloads the other transforms', async function () {
    this.timeout(scaledBudget(30_000));
    const kit = (await import(/* @vite-ignore */ `${location.origin}/dist/lnob-charts.js`)) as typeof import('../../index.js');
    kit.registerTemplate({
      id: 'binned-test',
      name: 'Binned',
      description: 'How many values fall in each range.',
      roles: [
        { name: 'category', type: 'nominal', required: true, meaning: 'the name of each value' },
        { name: 'value', type: 'quantitative', required: true, meaning: 'the number' },
      ],
      options: [],
      spec: () => ({
        params: params(), // the signals every chart is given (theme, words)
        data: { name: 'table' },
        mark: 'bar',
        encoding: { x: { field: 'value', type: 'quantitative', bin: true }, y: { aggregate: 'count', type: 'quantitative' } },
      }),
    });
    const more = () => performance.getEntriesByType('resource').some((entry) => /\/dist\/chunks\/more-transforms-/.test(entry.name));
    const bars = await drawnFromBundle('<lnob-chart eager title="Ranked"><script type="text/csv">category,value\nA,1\nB,2\n</script></lnob-chart>');
    expect(more(), 'a built-in template does not download them').to.equal(false);
    const binned = await drawnFromBundle('<lnob-chart eager template="binned-test" title="Binned"><script type="text/csv">category,value\nA,1\nB,2\nC,2\nD,3\nE,8\nF,9\n</script></lnob-chart>');
    expect(more()).to.equal(true);
    const marks = binned.querySelector('lnob-chart')!.shadowRoot!.querySelectorAll('.mark-rect path');
    expect(marks.length).to.be.greaterThan(1);
    bars.remove();
    binned.remove();
  });
});
