/**
 * Faults of the network and of the page: a `src` that 404s, times out,
 * returns a web page instead of CSV, or changes three times quickly. Each
 * gives the right plain-words message — and the chart always shows the newest
 * request's data, whatever order the answers arrive in. The test server's
 * /held/<key>/… (answered when the test says, so the order never depends on
 * the machine's speed) and /status/<code> routes (test/server-middleware.js)
 * make the faults; no network is used.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { clearDataCache, setFetchTimeout } from '../../data/load.js';
import { bars, cleanup, failed, filledTable, heldUrl, mount, rendered, renderOf, settled, shadowText } from '../helpers.js';

const FIXTURES = '/test/safety/fixtures';
let unique = 0;
/** A fresh URL each time, so the page-wide data cache never answers for the server. */
function url(path: string, delay = 0): string {
  return `${delay ? `/slow/${delay}` : ''}${FIXTURES}/${path}?n=${++unique}`;
}
/** A fixture the server answers only when the test releases it (a fresh URL each time). */
function held(path: string) {
  return heldUrl(`${FIXTURES}/${path}`);
}
/** The categories in the data table, once its rows are in (they come when the browser is next idle). */
async function categories(chart: LnobChart): Promise<string[]> {
  const table = await filledTable(chart);
  return [...table.querySelectorAll('tbody td:first-child')].map((td) => td.textContent ?? '');
}
function recordEvents(chart: LnobChart): string[] {
  const events: string[] = [];
  chart.addEventListener('lnob-render', (event) => events.push(`render:${event.detail.view.data('table').length}`));
  chart.addEventListener('lnob-error', (event) => events.push(`error:${event.detail.code}`));
  return events;
}

describe('faults', () => {
  afterEach(cleanup);
  afterEach(() => setFetchTimeout());
  beforeEach(clearDataCache);

  it('a 404 says the file was not found and what to check', async () => {
    const { error, alert } = await failed(`<lnob-chart eager src="${FIXTURES}/no-such-file.csv"></lnob-chart>`);
    expect(error.code).to.equal('fetch-failed');
    expect(error.message).to.contain('404');
    expect(error.message).to.contain('no-such-file.csv');
    expect(error.message.toLowerCase()).to.contain('check the spelling');
    expect(alert.textContent).to.contain(error.message);
  });

  it('a server error says so, and suggests trying again', async () => {
    const { error } = await failed(`<lnob-chart eager src="/status/503"></lnob-chart>`);
    expect(error.code).to.equal('fetch-failed');
    expect(error.message).to.contain('503');
    expect(error.message).to.contain('try again later');
  });

  it('a file that takes too long gives up with a message (time limit shortened for the test)', async () => {
    setFetchTimeout(300);
    const file = held('two.csv'); // answered only after the chart has given up, however slow the machine
    try {
      const { error, alert } = await failed(`<lnob-chart eager src="${file.url}"></lnob-chart>`);
      expect(error.code).to.equal('timeout');
      expect(error.message).to.contain('took too long to load');
      expect(error.message).to.contain('0.3 seconds');
      expect((alert as HTMLElement).hidden).to.equal(false);
    } finally {
      await file.release();
    }
  });

  it('a web page where a CSV was expected says to link the file itself', async () => {
    const { error } = await failed(`<lnob-chart eager src="/html-page.csv"></lnob-chart>`);
    expect(error.code).to.equal('parse-error');
    expect(error.message).to.contain('web page, not a data file');
  });

  it('recovers when src is fixed after an error', async () => {
    const { chart } = await failed(`<lnob-chart eager src="/status/404"></lnob-chart>`);
    const events = recordEvents(chart);
    chart.setAttribute('src', url('three.csv'));
    await new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await chart.updateComplete;
    expect(events).to.deep.equal(['render:3']);
    expect(bars(chart)).to.have.length(3);
    expect(shadowText(chart, '[role="alert"]')).to.equal('');
  });

  /**
   * Three `src` in a row, each set while the one before is in flight (the server has the request), then the
   * answers released in the order given: the order is the test's, not the clock's.
   */
  async function threeQuickly(order: readonly ('two' | 'three' | 'four')[]) {
    const files = { two: held('two.csv'), three: held('three.csv'), four: held('four.csv') };
    const { chart } = mount(`<lnob-chart eager src="${files.two.url}"></lnob-chart>`);
    const events = recordEvents(chart);
    await files.two.arrived();
    chart.setAttribute('src', files.three.url);
    await files.three.arrived();
    chart.setAttribute('src', files.four.url);
    await files.four.arrived();
    const newest = renderOf(chart, 4);
    for (const name of order) {
      await files[name].release(); // its answer has gone out (or the chart has already given up on it)
      if (name === 'four') await newest;
    }
    await settled(chart);
    return { chart, events };
  }

  it('src changed three times quickly, newest answering first: shows the newest, never an older one later', async () => {
    const { chart, events } = await threeQuickly(['four', 'three', 'two']);
    expect(events).to.deep.equal(['render:4']);
    expect(await categories(chart)).to.deep.equal(['C1', 'C2', 'C3', 'C4']);
    expect(bars(chart)).to.have.length(4);
  });

  it('src changed three times quickly, newest answering last: still shows the newest', async () => {
    const { chart, events } = await threeQuickly(['two', 'three', 'four']);
    expect(events).to.deep.equal(['render:4']);
    expect(await categories(chart)).to.deep.equal(['C1', 'C2', 'C3', 'C4']);
    expect(bars(chart)).to.have.length(4);
  });

  it('a chart removed while its file loads does nothing when the answer comes', async () => {
    const file = held('two.csv');
    const { chart, host } = mount(`<lnob-chart eager src="${file.url}"></lnob-chart>`);
    const events = recordEvents(chart);
    await file.arrived();
    host.remove();
    await file.release();
    await settled(chart);
    expect(events).to.deep.equal([]);
    expect(chart.view).to.equal(undefined);
  });

  it('several charts with the same src each get it, and a later one reuses it', async () => {
    const src = url('three.csv', 100);
    const first = await rendered(`<lnob-chart eager src="${src}"></lnob-chart><lnob-chart eager src="${src}"></lnob-chart>`);
    const second = first.host.querySelectorAll('lnob-chart')[1] as LnobChart;
    if (!second.view) await new Promise((resolve) => second.addEventListener('lnob-render', resolve, { once: true }));
    expect(bars(first.chart)).to.have.length(3);
    expect(bars(second)).to.have.length(3);
  });
});
