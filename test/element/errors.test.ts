import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { cleanup, failed, mount } from '../helpers.js';

/** Every error is an event with a code AND a visible plain-words message (role="alert"); the page keeps working. */
describe('<lnob-chart> errors', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  async function expectError(markup: string, code: string, ...phrases: string[]) {
    const { error, alert, chart } = await failed(markup);
    expect(error.code).to.equal(code);
    const text = alert.textContent!.replace(/\s+/g, ' ');
    expect(alert.hasAttribute('hidden')).to.equal(false);
    expect(text).to.contain('This chart cannot be shown.');
    for (const phrase of phrases) expect(text).to.contain(phrase);
    expect(error.message).to.equal(text.replace('This chart cannot be shown.', '').trim());
    // No half-drawn chart is left behind the message.
    expect(chart.shadowRoot!.querySelector('svg')).to.equal(null);
    return text;
  }

  it('unknown template: lists the known ones', async () => {
    await expectError(`<lnob-chart eager template="pie" src="/test/fixtures/poverty.json"></lnob-chart>`, 'unknown-template', '"pie"', 'ranked-bar');
  });

  it('missing column: lists the columns found and the attribute to add', async () => {
    await expectError(
      `<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" category-column="zone"></lnob-chart>`,
      'missing-column',
      '"zone", "poverty_rate"',
      'value-column="poverty_rate"',
    );
  });

  it('missing column named by an attribute: says which attribute is wrong', async () => {
    await expectError(
      `<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" category-column="zone" value-column="rate"></lnob-chart>`,
      'missing-column',
      'no column "rate"',
      'value-column',
    );
  });

  it('wrong type: names the column, the row and the value', async () => {
    await expectError(`<lnob-chart eager src="/test/fixtures/words.csv"></lnob-chart>`, 'wrong-type', '"value"', 'row 2', '"seventy"');
  });

  it('ambiguous decimal mark with no language: asks for decimal=', async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', '');
    const { error } = await failed(`<lnob-chart eager lang=""><script type="text/csv">
category,value
A,"1,500"
B,"2,250"
</script></lnob-chart>`);
    expect(error.code).to.equal('wrong-type');
    expect(error.message).to.contain('decimal=');
    host.remove();
  });

  it('empty file', async () => {
    await expectError(`<lnob-chart eager src="/test/fixtures/empty.csv"></lnob-chart>`, 'empty-data', 'is empty');
  });

  it('a header but no rows', async () => {
    await expectError(`<lnob-chart eager src="/test/fixtures/header-only.csv"></lnob-chart>`, 'empty-data', 'no rows of data');
  });

  it('no data at all: says how to add some', async () => {
    await expectError(`<lnob-chart eager></lnob-chart>`, 'empty-data', 'src=');
  });

  it('404: says the file was not found', async () => {
    await expectError(`<lnob-chart eager src="/test/fixtures/missing.csv"></lnob-chart>`, 'fetch-failed', '404', 'check the spelling');
  });

  it('server error: says the server answered', async () => {
    await expectError(`<lnob-chart eager src="/status/500"></lnob-chart>`, 'fetch-failed', '500');
  });

  it('CORS refusal: suggests hosting the file on your own site', async () => {
    // The same test server under another origin (127.0.0.1 vs localhost) sends no CORS header: a real refusal, no network.
    const other = new URL(location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    other.pathname = '/test/fixtures/poverty.json';
    await expectError(`<lnob-chart eager src="${other.href}"></lnob-chart>`, 'cors', 'Host the file on your own site');
  });

  it('malformed JSON', async () => {
    await expectError(`<lnob-chart eager src="/test/fixtures/broken.json"></lnob-chart>`, 'parse-error', 'not valid JSON');
  });

  it('JSON that is not a list of rows', async () => {
    await expectError(`<lnob-chart eager><script type="application/json">{"a": 1}</script></lnob-chart>`, 'parse-error', 'list of rows');
  });

  it('a web page instead of a CSV file', async () => {
    await expectError(`<lnob-chart eager src="/html-page.csv"></lnob-chart>`, 'parse-error', 'web page');
  });

  it('duplicate column used by a role', async () => {
    await expectError(
      `<lnob-chart eager><script type="text/csv">
category,value,value
A,1,2
</script></lnob-chart>`,
      'duplicate-column',
      '"value"',
    );
  });

  it('an option that is not a number', async () => {
    await expectError(`<lnob-chart eager src="/test/fixtures/poverty.json" reference="average"></lnob-chart>`, 'wrong-type', 'reference="average"');
  });

  it('shows data values and names as text, never markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const { alert } = await failed(`<lnob-chart eager template="${payload.replace(/"/g, '&quot;')}"></lnob-chart>`);
    expect(alert.querySelector('img')).to.equal(null);
    expect(alert.textContent).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('recovers when the problem is fixed', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager template="pie" src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect((await outcome).type).to.equal('lnob-error');
    const next = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    chart.setAttribute('template', 'ranked-bar');
    await next;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[role="alert"]')!.hasAttribute('hidden')).to.equal(true);
    expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
  });
});
