import { expect } from '@open-wc/testing';
import { mount, svgOf } from '../helpers.js';
import { overlappingTexts } from './overlap.js';
import type { EdgeCase } from './cases.js';
import { chartMarkup, summaryOf } from './util.js';

export { categoryCases, groupCases, timeCases, type EdgeCase } from './cases.js';

/** Mounts the case at phone width (320 px) and checks the outcome. */
export async function checkEdge(template: string, edge: EdgeCase, width = 320): Promise<void> {
  const { chart, outcome } = mount(chartMarkup(template, edge.csv, edge.attributes), width);
  const result = await outcome;
  if (edge.error) {
    expect(result.type, `${edge.name}: expected an error`).to.equal('lnob-error');
    if (result.type === 'lnob-error') {
      expect(result.detail.code).to.equal(edge.error);
      expect(result.detail.message.length).to.be.greaterThan(30);
    }
    return;
  }
  if (result.type === 'lnob-error') throw new Error(`${edge.name}: expected a chart, got ${result.detail.code}: ${result.detail.message}`);
  await chart.updateComplete;
  expect(overlappingTexts(svgOf(chart)), `${edge.name}: overlapping text`).to.deep.equal([]);
  expect(summaryOf(chart), `${edge.name}: summary`).to.not.equal('');
}

