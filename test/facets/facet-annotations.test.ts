import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { cleanup, rendered, svgOf } from '../helpers.js';
import { chartMarkup, csv } from '../templates/util.js';
import { FACETS_WITH_EVENTS, LINES_BY_COUNTRY } from './facet-annotations.data.js';

/**
 * Small multiples with annotations (`facet-column` and `annotations` together, as the WordPress block's sidebar
 * offers them): each panel marks the events on its own time axis, and a call-out stands beside its bar in the one
 * panel that has that category.
 */

/** Each panel's annotation labels, as drawn, in panel order. */
function panelLabels(chart: LnobChart): string[][] {
  return [...svgOf(chart).querySelectorAll('g.lnob_panel > g')].map((panel) =>
    [...panel.querySelectorAll('g.lnob_annotation_labels text')].map((label) => {
      const lines = [...label.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
      return (lines.length ? lines.join(' ') : (label.textContent ?? '')).replace(/[\u2068\u2069]/g, '');
    }),
  );
}

describe('small multiples with annotations', () => {
  afterEach(cleanup);

  it('marks the events in every panel of a trend', async () => {
    const markup = chartMarkup('trend', LINES_BY_COUNTRY, FACETS_WITH_EVENTS);
    const { chart } = await rendered(markup);
    expect(panelLabels(chart)).to.deep.equal([
      ['SDGs adopted', 'COVID-19'],
      ['SDGs adopted', 'COVID-19'],
      ['SDGs adopted', 'COVID-19'],
    ]);
    // Each panel's rules stand on its own axis: as many as its labels.
    const rules = [...svgOf(chart).querySelectorAll('g.lnob_panel > g')].map((panel) => panel.querySelectorAll('g.lnob_annotation_rules line').length);
    expect(rules).to.deep.equal([2, 2, 2]);
    // Each panel's name stands above its annotation labels, not among them.
    const clear = [...svgOf(chart).querySelectorAll('g.lnob_panel > g')].map((panel) => {
      const heading = [...panel.querySelectorAll('text')].find((text) => ['Kenya', 'Nigeria', 'Bolivia'].includes(text.textContent ?? ''));
      const labels = [...panel.querySelectorAll('g.lnob_annotation_labels text')].map((label) => label.getBoundingClientRect().top);
      return heading !== undefined && heading.getBoundingClientRect().bottom <= Math.min(...labels) + 0.5;
    });
    expect(clear).to.deep.equal([true, true, true]);
    // The summary says each panel, then the events once (not once a panel).
    const summary = chart.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary.match(/SDGs adopted/g)?.length, summary).to.equal(1);
    expect(summary.indexOf('SDGs adopted')).to.be.above(summary.indexOf('Bolivia'));
  });

  it('writes a call-out beside its bar in the one panel that has that category', async () => {
    // Kenya's panel comes first (as in the data), and has no North East.
    const bars = csv(['country', 'category', 'value'], [['Kenya', 'North', 40], ['Kenya', 'Coast', 30], ['Nigeria', 'North East', 70], ['Nigeria', 'South West', 25]]);
    const { chart } = await rendered(chartMarkup('ranked-bar', bars, { 'facet-column': 'country', sort: 'none', annotations: 'North East: Highest since 2015' }));
    expect(panelLabels(chart)).to.deep.equal([[], ['Highest since 2015']]);
    // A call-out in one panel is said with that panel.
    const summary = chart.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.match(/Nigeria:[^\n]*Highest since 2015/);
  });
});
