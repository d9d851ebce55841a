/**
 * Data is never code or markup: labels, titles and notes that look like HTML
 * show as literal text — in the chart, the tooltip, the title, the summary and
 * the data table — and run nothing. Links from attributes are http(s) only.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import { cleanup, filledTable, mount, shadowText } from '../helpers.js';
import { sampleRows, toCsv } from './sample-data.js';

declare global {
  interface Window {
    __lnobPwned?: string;
  }
}

const IMG = `<img src=x-pwned onerror="window.__lnobPwned='img'">`;
const SCRIPT = `"><script>window.__lnobPwned='script'</script>`;
const SVG = `<svg onload="window.__lnobPwned='svg'"></svg>`;
const ATTR = `' onmouseover='window.__lnobPwned=1' x='`;
const PAYLOADS = [IMG, SCRIPT, SVG, ATTR];
/** Elements that would mean markup got in. */
const INJECTED = 'img, script, iframe, object, embed, foreignObject, a[href^="javascript"], svg svg';

let scriptsBefore = 0;

/** Waits long enough for an injected <img> to fail loading and fire onerror, if one existed. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
}

function assertNothingRan(charts: LnobChart[]): void {
  expect(window.__lnobPwned, 'a payload ran').to.equal(undefined);
  for (const chart of charts) expect(chart.shadowRoot!.querySelectorAll(INJECTED), 'markup in the chart').to.have.length(0);
  expect(document.querySelectorAll('img, iframe, object, embed'), 'markup in the page').to.have.length(0);
  // Only the data blocks the tests themselves put inside charts.
  expect(document.querySelectorAll('script:not([type="text/csv"])').length).to.equal(scriptsBefore);
  const requested = performance.getEntriesByType('resource').some((entry) => entry.name.includes('x-pwned'));
  expect(requested, 'an injected image was requested').to.equal(false);
}

/** Hovers the first mark so Vega's tooltip handler runs with the payload. */
function hover(chart: LnobChart): void {
  const mark = chart.shadowRoot!.querySelector('svg .role-mark path') ?? chart.shadowRoot!.querySelector('svg .role-mark');
  if (!mark) return;
  const box = mark.getBoundingClientRect();
  const init = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  mark.dispatchEvent(new PointerEvent('pointermove', init));
  mark.dispatchEvent(new MouseEvent('mousemove', init));
}

describe('data is never markup', () => {
  before(() => (scriptsBefore = document.querySelectorAll('script:not([type="text/csv"])').length));
  afterEach(cleanup);
  afterEach(() => delete window.__lnobPwned);

  it('shows markup-like labels and attributes as literal text everywhere, and runs nothing', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager></lnob-chart>`);
    for (const name of ['title', 'subtitle', 'notes', 'source', 'credit', 'reference-label']) chart.setAttribute(name, IMG);
    chart.setAttribute('reference', '50');
    chart.setAttribute('highlight', SCRIPT);
    chart.data = PAYLOADS.map((category, i) => ({ category, value: 40 + i * 10 }));
    expect((await outcome).type).to.equal('lnob-render');
    await chart.updateComplete;
    hover(chart);
    await settle();

    expect(shadowText(chart, '[part="title"]')).to.equal(IMG);
    expect(shadowText(chart, '[part="subtitle"]')).to.equal(IMG);
    expect(shadowText(chart, '[part="notes"]')).to.equal(IMG);
    expect(shadowText(chart, '[part="source"]')).to.equal(`Source: ${IMG}`);
    expect(shadowText(chart, '[part="summary"]')).to.contain(ATTR.trim()); // highest value
    const table = await filledTable(chart); // its rows come when the browser is next idle
    expect(table.caption!.textContent).to.equal(IMG);
    expect([...table.tBodies[0]!.rows].map((row) => row.cells[0]!.textContent)).to.deep.equal(PAYLOADS);
    // Vega writes labels as text nodes (long ones may be cut with an ellipsis).
    const drawn = [...chart.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    expect(drawn.some((text) => text.startsWith('<img'))).to.equal(true);
    expect(drawn.some((text) => text.startsWith('"><script'))).to.equal(true);
    expect(chart.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(IMG);
    assertNothingRan([chart]);
  });

  it('keeps tooltips as text: a hovered payload sets only text', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager></lnob-chart>`);
    chart.data = [{ category: IMG, value: 10 }];
    await outcome;
    hover(chart);
    await settle();
    // The kit draws its tooltip as text in a [part="tooltip"] element inside the shadow root.
    const root = chart.shadowRoot!;
    const tooltip = [...root.querySelectorAll('[title]')].map((el) => el.getAttribute('title')).join('\n') +
      [...root.querySelectorAll('[part="tooltip"]')].map((el) => el.textContent).join('\n');
    expect(tooltip).to.contain(IMG);
    assertNothingRan([chart]);
  });

  it('reads inline CSV and inline <table> cells as text', async () => {
    const csv = mount(
      `<lnob-chart eager title="CSV"><script type="text/csv">category,value\n"${IMG.replace(/"/g, '""')}",3\n"${SVG.replace(/"/g, '""')}",2</script></lnob-chart>`,
    );
    expect((await csv.outcome).type).to.equal('lnob-render');

    const host = mount(`<lnob-chart eager title="Table"></lnob-chart>`);
    const table = document.createElement('table');
    for (const cells of [['category', 'value'], [IMG, '3'], [SCRIPT, '2']]) {
      const row = table.insertRow();
      for (const text of cells) row.insertCell().textContent = text;
    }
    host.chart.append(table);
    expect((await host.outcome).type).to.equal('lnob-render');
    await Promise.all([csv.chart.updateComplete, host.chart.updateComplete]);
    hover(csv.chart);
    hover(host.chart);
    await settle();
    // The table's rows are filled when the browser is idle: wait for them, not for the clock.
    const cells = async (chart: LnobChart) => [...(await filledTable(chart)).querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(await cells(csv.chart)).to.deep.equal([IMG, SVG]);
    expect(await cells(host.chart)).to.deep.equal([IMG, SCRIPT]);
    assertNothingRan([csv.chart, host.chart]);
  });

  it('puts markup-like labels through every template without running them', async () => {
    const charts: LnobChart[] = [];
    for (const id of templateIds()) {
      const { chart, outcome } = mount(`<lnob-chart eager template="${id}"></lnob-chart>`);
      chart.setAttribute('title', SCRIPT);
      chart.data = sampleRows(getTemplate(id)!, { all: true, labels: PAYLOADS });
      const result = await outcome;
      expect(result.type, `${id}: ${result.type === 'lnob-error' ? result.detail.message : ''}`).to.equal('lnob-render');
      await chart.updateComplete;
      hover(chart);
      expect(chart.shadowRoot!.textContent).to.contain(SCRIPT);
      charts.push(chart);
    }
    await settle();
    assertNothingRan(charts);
  });

  it('also when the same data comes as CSV text with a markup-like header', async () => {
    const template = getTemplate('ranked-bar')!;
    const csv = toCsv(sampleRows(template, { labels: [IMG, SVG] }).map((row) => ({ ...row, [IMG]: 'x' })));
    const { chart, outcome } = mount(`<lnob-chart eager><script type="text/csv">${csv}</script></lnob-chart>`);
    expect((await outcome).type).to.equal('lnob-render');
    await settle();
    assertNothingRan([chart]);
  });

  it('turns only http(s) source-url values into links', async () => {
    const cases: [string, string | null][] = [
      ['javascript:window.__lnobPwned="link"', null],
      [' JaVaScRiPt:window.__lnobPwned="link"', null],
      ['java\tscript:window.__lnobPwned="link"', null],
      ['data:text/html,<script>window.__lnobPwned="data"</script>', null],
      ['vbscript:msgbox(1)', null],
      ['https://unstats.un.org/sdgs/', 'https://unstats.un.org/sdgs/'],
      ['/reports/2025.html', new URL('/reports/2025.html', document.baseURI).href],
    ];
    for (const [url, expected] of cases) {
      const { chart, outcome } = mount(`<lnob-chart eager source="UN"></lnob-chart>`);
      chart.setAttribute('source-url', url);
      chart.data = [{ category: 'A', value: 1 }];
      await outcome;
      await chart.updateComplete;
      const link = chart.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a');
      expect(link?.getAttribute('href') ?? null, url).to.equal(expected);
      expect(shadowText(chart, '[part="source"]')).to.equal('Source: UN');
    }
    assertNothingRan([]);
  });
});
