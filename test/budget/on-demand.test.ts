import { expect } from '@open-wc/testing';
import { params } from '../../templates/spec-helpers.js';
import { scaledBudget } from '../time-budget.js';
import { drawnFromBundle } from './drawn-from-bundle.js';

/**
 * Parts of Vega a plain chart does not use are not in Vega's chunk (issue 21; scripts/vega-sources-plugin.ts): the
 * built kit (dist/) loads them for a chart that needs them, and that chart draws.
 */
const fetched = (chunk: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/dist/chunks/${chunk}-`));

describe('parts of Vega loaded on demand', () => {
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
    const more = () => fetched('more-transforms');
    const bars = await drawnFromBundle('<lnob-chart eager title="Ranked"><script type="text/csv">category,value\nA,1\nB,2\n</script></lnob-chart>');
    expect(more(), 'a built-in template does not download them').to.equal(false);
    const binned = await drawnFromBundle('<lnob-chart eager template="binned-test" title="Binned"><script type="text/csv">category,value\nA,1\nB,2\nC,2\nD,3\nE,8\nF,9\n</script></lnob-chart>');
    expect(more()).to.equal(true);
    const marks = binned.querySelector('lnob-chart')!.shadowRoot!.querySelectorAll('.mark-rect path');
    expect(marks.length).to.be.greaterThan(1);
    bars.remove();
    binned.remove();
  });

  it('a chart drawn with renderer="canvas" downloads the canvas renderer and draws on a canvas; an SVG chart does not', async function () {
    this.timeout(scaledBudget(30_000));
    await import(/* @vite-ignore */ `${location.origin}/dist/lnob-charts.js`);
    const csv = '<script type="text/csv">category,value\nA,1\nB,2\n</script>';
    const svg = await drawnFromBundle(`<lnob-chart eager title="SVG">${csv}</lnob-chart>`);
    expect(fetched('canvas-renderer'), 'an SVG chart does not download it').to.equal(false);
    const painted = await drawnFromBundle(`<lnob-chart eager renderer="canvas" title="Canvas">${csv}</lnob-chart>`);
    expect(fetched('canvas-renderer')).to.equal(true);
    const root = painted.querySelector('lnob-chart')!.shadowRoot!;
    expect(root.querySelector('canvas') !== null, 'a canvas').to.equal(true);
    expect(root.querySelector('.mark-rect') === null, 'no SVG marks').to.equal(true);
    svg.remove();
    painted.remove();
  });

  it("Vega's geographic functions load with a spec that calls them, and give d3-geo's answer; a bar chart does not download them", async function () {
    this.timeout(scaledBudget(30_000));
    const kit = (await import(/* @vite-ignore */ `${location.origin}/dist/lnob-charts.js`)) as typeof import('../../index.js');
    kit.registerTemplate({
      id: 'geo-area-test',
      name: 'Area',
      description: 'The area of a 10° square at the equator (great-circle edges), in steradians.',
      roles: [{ name: 'category', type: 'nominal', required: true, meaning: 'a name' }],
      options: [],
      spec: () => ({
        params: params(),
        data: { name: 'table' },
        transform: [{ calculate: "geoArea(null, {type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]]})", as: 'area' }],
        mark: 'text',
        encoding: { text: { field: 'area', type: 'quantitative', format: '.4f' } },
      }),
    });
    const bars = await drawnFromBundle('<lnob-chart eager title="Ranked"><script type="text/csv">category,value\nA,1\nB,2\n</script></lnob-chart>');
    expect(fetched('geo-functions'), 'a bar chart does not download them').to.equal(false);
    const area = await drawnFromBundle('<lnob-chart eager template="geo-area-test" title="Area"><script type="text/csv">category\nA\n</script></lnob-chart>');
    expect(fetched('geo-functions')).to.equal(true);
    const text = [...area.querySelector('lnob-chart')!.shadowRoot!.querySelectorAll('.mark-text text')].map((node) => node.textContent);
    expect(text).to.deep.equal(['0.0304']); // d3-geo's: edges are great circles, a little more than a 10° square's 0.0303
    bars.remove();
    area.remove();
  });
});
