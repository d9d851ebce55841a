/**
 * Big files: a `src` over the limit (data/load.ts MAX_FILE_BYTES, 30 MB) is refused with `too-large` and a
 * message that says the size and what to do — at once when the server says the size (Content-Length), and as
 * soon as the bytes read pass the limit when it does not (chunked), never after reading the whole file. The
 * test server makes the files on the fly (/generated/bytes, test/server-middleware.js) and says how many bytes
 * it sent before the browser let go. And the cache of parsed files is bounded and released when no chart uses it.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache, dataCacheStats, MAX_FILE_BYTES, setDataLimits } from '../../data/load.js';
import { cleanup, failed, mount, rendered, settled } from '../helpers.js';

const MB = 1_000_000;
let unique = 0;
/** A generated CSV of `size` bytes; `sent()` answers how many bytes the server had sent when the request ended. */
function generated(size: number, chunked: boolean) {
  const key = `big-${Math.random().toString(36).slice(2)}-${++unique}`;
  return {
    url: `/generated/bytes?size=${size}${chunked ? '&chunked=1' : ''}&key=${key}`,
    sent: async () => ((await (await fetch(`/generated/sent?key=${key}`)).json()) as { bytes: number }).bytes,
  };
}

/** Every URL the page fetches until `restore()`. */
function recordFetches(): { urls: string[]; restore(): void } {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    urls.push(String(input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

describe('big files', () => {
  afterEach(cleanup);
  afterEach(() => setDataLimits());
  beforeEach(clearDataCache);

  it('a 200 MB file with a Content-Length is refused at once with its size and what to do', async () => {
    const file = generated(200 * MB, false);
    const { error, alert } = await failed(`<lnob-chart eager src="${file.url}"></lnob-chart>`);
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('is 200 MB');
    expect(error.message).to.contain('up to 30 MB');
    expect(error.message).to.contain('Add up (aggregate) the data first');
    expect(error.message).to.contain('keep only the rows and columns');
    expect(alert.textContent).to.contain(error.message);
    // Refused on the headers: the server sent no more than what the connection buffers before the browser let go.
    expect(await file.sent()).to.be.below(MAX_FILE_BYTES);
  });

  it('a 200 MB file sent without a length stops being read once it passes the limit', async () => {
    const file = generated(200 * MB, true);
    const { error } = await failed(`<lnob-chart eager src="${file.url}"></lnob-chart>`);
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('larger than 30 MB');
    expect(error.message).to.contain('Add up (aggregate) the data first');
    const sent = await file.sent();
    expect(sent).to.be.above(MAX_FILE_BYTES); // it was read up to the limit…
    // …and stopped well before the end: what the browser's network layer buffers after the reading stops depends on the
    // machine (20 MB here, 42 MB on a faster CI machine), so the bound is half the file, not the buffer's size.
    expect(sent).to.be.below(100 * MB);
  });

  for (const chunked of [false, true]) {
    it(`a file of exactly the limit is read, one byte more is not (${chunked ? 'chunked' : 'Content-Length'}; limit lowered for the test)`, async () => {
      setDataLimits({ file: 2000 });
      const { chart } = await rendered(`<lnob-chart eager src="${generated(2000, chunked).url}"></lnob-chart>`);
      expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
      const { error } = await failed(`<lnob-chart eager src="${generated(2001, chunked).url}"></lnob-chart>`);
      expect(error.code).to.equal('too-large');
      expect(error.message).to.contain(chunked ? 'larger than 0 MB' : 'is 0 MB');
    });
  }

  it('a file refused for its size is not cached: the next chart asks again', async () => {
    setDataLimits({ file: 2000 });
    const url = generated(3000, true).url;
    await failed(`<lnob-chart eager src="${url}"></lnob-chart>`);
    expect(dataCacheStats().entries).to.equal(0);
  });
});

describe('the cache of parsed files', () => {
  afterEach(cleanup);
  afterEach(() => setDataLimits());
  beforeEach(clearDataCache);

  /** Lets the data sources' releases (queued when a chart leaves the page) run. */
  const released = () => new Promise((resolve) => setTimeout(resolve));

  it('keeps a file while charts show it, and lets it go once the last one is removed', async () => {
    const url = generated(5000, false).url;
    const charts = [1, 2, 3].map(() => mount(`<lnob-chart eager src="${url}"></lnob-chart>`));
    const outcomes = await Promise.all(charts.map((c) => c.outcome));
    expect(outcomes.map((o) => o.type)).to.deep.equal(['lnob-render', 'lnob-render', 'lnob-render']);
    expect(dataCacheStats()).to.deep.equal({ entries: 1, bytes: 5000, held: 1 });
    charts[0]!.host.remove();
    charts[1]!.host.remove();
    await released();
    expect(dataCacheStats()).to.deep.equal({ entries: 1, bytes: 5000, held: 1 }); // the third chart still shows it
    cleanup();
    await released();
    expect(dataCacheStats()).to.deep.equal({ entries: 0, bytes: 0, held: 0 });
  });

  it('lets the old file go when src changes', async () => {
    const first = generated(3000, false).url;
    const second = generated(4000, false).url;
    const { chart } = await rendered(`<lnob-chart eager src="${first}"></lnob-chart>`);
    const next = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    chart.setAttribute('src', second);
    await next;
    expect(dataCacheStats()).to.deep.equal({ entries: 1, bytes: 4000, held: 1 });
  });

  it('a chart moved on the page keeps its file: no second download', async () => {
    const url = generated(3000, false).url;
    const fetches = recordFetches();
    try {
      const { chart, host } = await rendered(`<lnob-chart eager src="${url}"></lnob-chart>`);
      const again = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
      const other = document.createElement('div');
      host.append(other);
      other.append(chart); // removed and added again at once
      await again;
      await settled(chart);
      expect(fetches.urls.filter((f) => f.includes(url))).to.have.length(1);
      expect(dataCacheStats().entries).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('keeps at most its byte budget, least recently used first out (budget lowered for the test)', async () => {
    setDataLimits({ cache: 10_000 });
    const a = generated(4000, false).url;
    const b = generated(4000, false).url;
    const c = generated(4000, false).url;
    await rendered(`<lnob-chart eager src="${a}"></lnob-chart>`);
    await rendered(`<lnob-chart eager src="${b}"></lnob-chart>`);
    expect(dataCacheStats()).to.deep.equal({ entries: 2, bytes: 8000, held: 2 });
    await rendered(`<lnob-chart eager src="${a}"></lnob-chart>`); // a is used again: b is now the oldest
    await rendered(`<lnob-chart eager src="${c}"></lnob-chart>`);
    expect(dataCacheStats()).to.deep.equal({ entries: 2, bytes: 8000, held: 3 });
    // b went: a chart that asks for it again downloads it again, and still draws.
    const fetches = recordFetches();
    try {
      await rendered(`<lnob-chart eager src="${b}"></lnob-chart>`);
      await rendered(`<lnob-chart eager src="${a}"></lnob-chart>`);
    } finally {
      fetches.restore();
    }
    expect(fetches.urls.filter((f) => f.includes(b))).to.have.length(1);
    cleanup();
    await released();
    expect(dataCacheStats()).to.deep.equal({ entries: 0, bytes: 0, held: 0 });
  });
});
