/**
 * Accurate reasons: the browser says only "Failed to fetch" for a server that cannot be reached, a website that
 * refuses to be read by others (CORS), and an address that redirects to such a website. Each gets its own
 * message, saying what to fix. The test server makes each case (test/server-middleware.js): a port nothing
 * listens on, a connection closed without an answer, and the server itself under its other name (localhost and
 * 127.0.0.1 are different origins, and it sends no CORS headers).
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { cleanup, failed } from '../helpers.js';

const FIXTURE = '/test/safety/fixtures/two.csv';
/** This test server under its other name: another origin. */
const otherOrigin = () => `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('reasons a file could not be loaded', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('a port nothing listens on: fetch-failed, nothing answered there (not cors)', async () => {
    const { port } = (await (await fetch('/closed-port')).json()) as { port: number };
    const src = `http://127.0.0.1:${port}/data.csv`;
    const { error, alert } = await failed(`<lnob-chart eager src="${src}"></lnob-chart>`);
    expect(error.code).to.equal('fetch-failed');
    expect(error.message).to.contain(`nothing answered at 127.0.0.1:${port}`);
    expect(error.message).to.contain('port number');
    expect(alert.textContent).to.contain(error.message);
  });

  it('a connection closed without an answer on the page’s own site: fetch-failed, the connection failed', async () => {
    const { error } = await failed(`<lnob-chart eager src="/reset-connection"></lnob-chart>`);
    expect(error.code).to.equal('fetch-failed');
    expect(error.message).to.contain('the connection failed');
  });

  it('another website that does not allow reading: cors, naming the website', async () => {
    const src = `${otherOrigin()}${FIXTURE}`;
    const { error } = await failed(`<lnob-chart eager src="${src}"></lnob-chart>`);
    expect(error.code).to.equal('cors');
    expect(error.message).to.contain(`The website at ${new URL(src).host} does not let other websites read`);
    expect(error.message).to.contain('Host the file on your own site');
  });

  it('an address on the page’s own site that redirects to another website: cors, saying it redirects', async () => {
    const src = `/redirect-other-origin${FIXTURE}`;
    const { error } = await failed(`<lnob-chart eager src="${src}"></lnob-chart>`);
    expect(error.code).to.equal('cors');
    expect(error.message).to.contain('sends the browser on to another website (a redirect)');
    expect(error.message).to.contain(src);
  });

  it('the reasons in the chart’s language', async () => {
    const { port } = (await (await fetch('/closed-port')).json()) as { port: number };
    const { error } = await failed(`<lnob-chart eager lang="fr" src="http://127.0.0.1:${port}/data.csv"></lnob-chart>`);
    expect(error.code).to.equal('fetch-failed');
    expect(error.message).to.contain(`rien n’a répondu à 127.0.0.1:${port}`);
  });
});
