/**
 * Annotations (templates/annotations.ts, annotation-layer.ts, render/annotations.ts) as a reader meets them: events
 * on a time axis and call-outs on categories drawn where they belong, never on each other or on the data, as text;
 * said in the summary, walked by the keyboard, named for screen readers; right to left in Arabic; and an annotation
 * that is not on the axis named in an `lnob-warning`, never drawn in the wrong place.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { cleanup, mount, rendered, svgOf } from '../helpers.js';
import { chartMarkup, csv, summaryOf } from '../templates/util.js';
import { EVENTS_EXAMPLE } from '../../stories/annotations.stories.js';

/** Poverty by area, 2005–2023 (the trend sample's shape). */
const LINES = csv(
  ['year', 'area', 'value'],
  [2005, 2010, 2015, 2020, 2023].flatMap((year, i) => [
    [year, 'Rural', 58 - i * 3],
    [year, 'Urban', 31 - i * 3],
  ]),
);
const BARS = csv(['category', 'value'], [['North West', 70], ['North East', 69], ['South West', 25], ['South South', 23]]);

const labels = (chart: LnobChart) => [...svgOf(chart).querySelectorAll<SVGTextElement>('g.lnob_annotation_labels text')];
const rules = (chart: LnobChart) => [...svgOf(chart).querySelectorAll<SVGLineElement>('g.lnob_annotation_rules line')];
const textOf = (label: SVGTextElement) => {
  const lines = [...label.querySelectorAll('tspan')];
  return (lines.length ? lines.map((line) => line.textContent ?? '').join(' ') : (label.textContent ?? '')).replace(/[\u2068\u2069]/g, '');
};
const box = (element: Element) => element.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const drawing = (chart: LnobChart) => chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!;
const said = (chart: LnobChart) => chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.replace(/\u00a0$/, '');

function warnings(target: EventTarget): { code: string; message: string }[] {
  const seen: { code: string; message: string }[] = [];
  target.addEventListener('lnob-warning', (event) => seen.push((event as CustomEvent).detail));
  return seen;
}

describe('annotations on a time axis', () => {
  afterEach(cleanup);

  it('draws a rule at each event’s year and its text above the plot, and says them in the summary', async () => {
    const { chart, view } = await rendered(chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'area', annotations: '2015: SDGs adopted; 2020: COVID-19' }));
    expect(labels(chart).map(textOf)).to.deep.equal(['SDGs adopted', 'COVID-19']);
    expect(rules(chart)).to.have.length(2);
    const svgLeft = box(svgOf(chart)).left;
    const ox = view.origin()[0] + (view.padding() as { left: number }).left;
    const scale = view.scale('x') as (value: Date) => number;
    for (const [i, year] of [2015, 2020].entries()) {
      const x = ox + scale(new Date(Date.UTC(year, 0, 1)));
      expect(box(rules(chart)[i]!).left - svgLeft, `rule of ${year}`).to.be.closeTo(x, 1.5);
      // The text starts just right of its rule and sits above the plot area (the lines are below its top).
      expect(box(labels(chart)[i]!).left - svgLeft, `label of ${year}`).to.be.within(x, x + 8);
    }
    const plotTop = box(svgOf(chart)).top + view.origin()[1] + (view.padding() as { top: number }).top;
    for (const label of labels(chart)) expect(box(label).bottom).to.be.at.most(plotTop + 0.5);
    expect(summaryOf(chart)).to.contain('Marked on the chart: 2015, SDGs adopted; 2020, COVID-19.');
  });

  it('staggers four close events into rows so no two labels overlap, nor any line or dot, at 360 px', async () => {
    const annotations = '2014: Rural roads programme begins; 2015: SDGs adopted; 2016: Cash transfers reach rural areas; 2017: New poverty line';
    const { chart } = await rendered(chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'area', annotations }), 360);
    const drawn = labels(chart);
    expect(drawn).to.have.length(4);
    for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(overlap(box(drawn[i]!), box(drawn[j]!)), `labels ${i} and ${j}`).to.equal(false);
    const svg = box(svgOf(chart));
    for (const label of drawn) expect(box(label).top >= svg.top && box(label).left >= svg.left && box(label).right <= svg.right, `"${textOf(label)}" inside the drawing`).to.equal(true);
    const data = [...svgOf(chart).querySelectorAll('g.mark-line path, g.mark-symbol path')].filter((mark) => !mark.closest('.lnob_annotation_points'));
    expect(data.length).to.be.greaterThan(0);
    for (const label of drawn) for (const mark of data) expect(overlap(box(label), box(mark)), `"${textOf(label)}" on a data mark`).to.equal(false);
    // No rule crosses another event's text.
    for (const [i, rule] of rules(chart).entries()) {
      const x = box(rule).left;
      for (const [j, label] of drawn.entries()) {
        if (i === j) continue;
        const b = box(label);
        const crosses = x > b.left && x < b.right && box(rule).top < b.bottom && box(rule).bottom > b.top;
        expect(crosses, `rule ${i} through label ${j}`).to.equal(false);
      }
    }
  });

  it('shows markup in the text as text', async () => {
    const { chart } = await rendered(chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'area', annotations: '2015: <b>SDGs</b> adopted <img src=x onerror=alert(1)>' }));
    expect(labels(chart).map(textOf).join(' ')).to.contain('<b>SDGs</b> adopted');
    expect(svgOf(chart).querySelector('b, img')).to.equal(null);
    expect(chart.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(summaryOf(chart)).to.contain('2015, <b>SDGs</b> adopted');
  });

  it('names an event outside the time axis in an lnob-warning and draws only the others', async () => {
    const { chart, outcome, host } = mount(
      chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'area', annotations: '2035: Target year; 2015: SDGs adopted; soon: Next survey' }),
    );
    const seen = warnings(host);
    const result = await outcome;
    expect(result.type).to.equal('lnob-render');
    const notes = seen.filter((w) => w.code === 'annotation').map((w) => w.message);
    expect(notes.some((m) => m.includes('"2035: Target year"') && m.includes('2005–2023'))).to.equal(true);
    expect(notes.some((m) => m.includes('"soon: Next survey"') && m.includes('not a year'))).to.equal(true);
    expect(labels(chart).map(textOf)).to.deep.equal(['SDGs adopted']);
    expect(summaryOf(chart)).to.not.contain('Target year');
  });

  it('rings a point call-out given with a value in a data-role="annotations" table', async () => {
    const markup = `<lnob-chart eager template="trend" time-column="year" series-column="area">
      <script type="text/csv">\n${LINES}\n</script>
      <script type="text/csv" data-role="annotations">\nx,text,value\n2020,Lowest urban rate,19\n</script>
    </lnob-chart>`;
    const { chart, view } = await rendered(markup);
    expect(view.data('table')).to.have.length(10); // the annotations are not data
    expect(labels(chart).map(textOf)).to.deep.equal(['Lowest urban rate']);
    const ring = svgOf(chart).querySelector('g.lnob_annotation_points path')!;
    const y = (view.scale('y') as (v: number) => number)(19) + view.origin()[1] + (view.padding() as { top: number }).top;
    const b = box(ring);
    expect((b.top + b.bottom) / 2 - box(svgOf(chart)).top).to.be.closeTo(y, 1.5);
  });

  it('are walked by the keyboard after the lines, and named for screen readers', async () => {
    const { chart } = await rendered(chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'area', annotations: '2015: SDGs adopted; 2020: COVID-19' }));
    await chart.updateComplete;
    drawing(chart).focus();
    await (chart as unknown as { keyboard: { load(): Promise<unknown> } }).keyboard.load(); // its code loads on first focus
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(said(chart)).to.equal('Marked on the chart, 2015, SDGs adopted, 1 of 2');
    await sendKeys({ press: 'ArrowRight' });
    expect(said(chart)).to.equal('Marked on the chart, 2020, COVID-19, 2 of 2');
    expect(svgOf(chart).querySelector('.lnob-focus-ring')).to.not.equal(null);
    const named = labels(chart).map((label) => [label.getAttribute('aria-label'), label.getAttribute('aria-roledescription')]);
    expect(named).to.deep.equal([
      ['2015, SDGs adopted', 'note'],
      ['2020, COVID-19', 'note'],
    ]);
  });

  it('keeps every row of labels inside the drawing when fitting it to a phone moves a label up a row', async () => {
    // At 360 px the Arabic 2020 label only meets the 2015 one once Vega has fitted the drawing to its width.
    const markup = EVENTS_EXAMPLE.replace('<lnob-chart ', '<lnob-chart eager lang="ar" ').replace('SDGs adopted', 'اعتماد أهداف التنمية المستدامة').replace('COVID-19 pandemic', 'جائحة كوفيد-19');
    const { chart } = await rendered(markup, 360);
    const drawn = labels(chart);
    expect(drawn).to.have.length(2);
    // Mirrored for Arabic (render/mirror-spec.ts), 2020 lies left of 2015: the labels share a row or stack, never overlap.
    const [a, b] = [box(drawn[0]!), box(drawn[1]!)];
    const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
    expect(apart, 'the 2015 and 2020 labels do not overlap').to.equal(true);
    for (const label of drawn) expect(box(label).top, `"${textOf(label)}" inside the drawing`).to.be.at.least(box(svgOf(chart)).top);
  });

  it('reads right to left in Arabic, with the text ending at its rule', async () => {
    const { chart, view } = await rendered(
      chartMarkup('trend', LINES, { lang: 'ar', 'time-column': 'year', 'series-column': 'area', annotations: '2015: اعتماد أهداف التنمية المستدامة; 2020: جائحة كوفيد-19' }),
    );
    const drawn = labels(chart);
    expect(drawn).to.have.length(2);
    for (const label of drawn) {
      expect(label.getAttribute('text-anchor')).to.equal('end');
      expect(label.textContent!.startsWith('\u2068')).to.equal(true); // an isolated run
    }
    const scale = view.scale('x') as (value: Date) => number;
    const x = view.origin()[0] + (view.padding() as { left: number }).left + scale(new Date(Date.UTC(2015, 0, 1)));
    expect(box(drawn[0]!).right - box(svgOf(chart)).left).to.be.within(x - 8, x);
    expect(summaryOf(chart)).to.contain('مُشار إليه على الرسم البياني: 2015، اعتماد أهداف التنمية المستدامة؛ 2020، جائحة كوفيد-19.');
  });
});

describe('call-outs on categories', () => {
  afterEach(cleanup);

  it('writes a call-out beside its bar, after the value label, from a data-role="annotations" table', async () => {
    const markup = `<lnob-chart eager template="ranked-bar">
      <script type="text/csv" data-role="annotations">\nx,text\nNorth East,"Highest rural share: 87%"\n</script>
      <script type="text/csv">\n${BARS}\n</script>
    </lnob-chart>`;
    const { chart, view } = await rendered(markup);
    expect(view.data('table')).to.have.length(4);
    const [label] = labels(chart);
    expect(textOf(label!)).to.equal('Highest rural share: 87%');
    const bar = [...svgOf(chart).querySelectorAll('g.mark-rect path')].find((path) => path.getAttribute('aria-label')?.startsWith('North East'))!;
    const value = [...svgOf(chart).querySelectorAll('g.mark-text text')].find((text) => text.textContent === '69' && Math.abs(box(text).top - box(bar).top) < 20)!;
    const b = box(bar);
    const l = box(label!);
    expect((l.top + l.bottom) / 2).to.be.closeTo((b.top + b.bottom) / 2, 3); // on its bar's row
    expect(l.left).to.be.greaterThan(box(value).right); // after the value label, never on it
    for (const other of svgOf(chart).querySelectorAll('g.mark-rect path')) expect(overlap(l, box(other))).to.equal(false);
    expect(summaryOf(chart)).to.contain('Marked on the chart: North East, Highest rural share: 87%.');
  });

  it('reads a <table data-role="annotations">, for sites that strip scripts', async () => {
    const markup = `<lnob-chart eager template="ranked-bar">
      <table data-role="annotations"><tr><th>x</th><th>text</th></tr><tr><td>South West</td><td>Includes Lagos</td></tr></table>
      <script type="text/csv">\n${BARS}\n</script>
    </lnob-chart>`;
    const { chart, view } = await rendered(markup);
    expect(view.data('table')).to.have.length(4);
    expect(labels(chart).map(textOf)).to.deep.equal(['Includes Lagos']);
  });

  it('names an unknown category in an lnob-warning', async () => {
    const { chart, outcome, host } = mount(chartMarkup('ranked-bar', BARS, { annotations: 'Atlantis: Not surveyed; north west: Highest' }));
    const seen = warnings(host);
    await outcome;
    expect(seen.some((w) => w.code === 'annotation' && w.message.includes('"Atlantis"'))).to.equal(true);
    expect(labels(chart).map(textOf)).to.deep.equal(['Highest']); // matched case-insensitively
  });

  it('draw on disaggregation, stacked, survey and pyramid rows too', async () => {
    const grouped = csv(['category', 'group', 'value'], [['Rural', 'Women', 40], ['Rural', 'Men', 30], ['Urban', 'Women', 60], ['Urban', 'Men', 40]]);
    for (const template of ['disaggregation', 'stacked']) {
      const { chart } = await rendered(chartMarkup(template, grouped, { annotations: 'Rural: Widest gap' }));
      expect(labels(chart).map(textOf), template).to.deep.equal(['Widest gap']);
      cleanup();
    }
    const { chart } = await rendered(chartMarkup('survey', BARS, { annotations: 'South West: New question' }));
    expect(labels(chart).map(textOf)).to.deep.equal(['New question']);
    cleanup();
    // A pyramid's age rows; a long word is never cut across the call-out's two lines.
    const ages = csv(['category', 'group', 'value'], ['0–14', '15–64', '65+'].flatMap((age, i) => [[age, 'Female', 20 - i * 6], [age, 'Male', 21 - i * 7]]));
    const pyramid = await rendered(chartMarkup('pyramid', ages, { annotations: '65+: Fastest-growing group' }));
    expect(labels(pyramid.chart).map(textOf)).to.deep.equal(['Fastest-growing group']);
  });
});

describe('annotations where there is no axis for them', () => {
  afterEach(cleanup);
  it('a map says so in an lnob-warning and draws as before', async () => {
    const { outcome, host } = mount(chartMarkup('map', csv(['geo', 'value'], [['NGA', 40], ['KEN', 30]]), { annotations: 'NGA: Election year' }));
    const seen = warnings(host);
    expect((await outcome).type).to.equal('lnob-render');
    expect(seen.some((w) => w.code === 'annotation' && w.message.includes('template="map"'))).to.equal(true);
  });
});
