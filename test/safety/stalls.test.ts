/**
 * A server that sends its headers and then stalls the body (issue 18): the
 * time limit covers the whole file, so the chart ends in a `timeout` error
 * and `lnob-error` instead of staying blank. The test server's
 * /stall-body.csv route (test/server-middleware.js) makes the stall; the time
 * limit is shortened for the test with the internal `setFetchTimeout`.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache, setFetchTimeout } from '../../data/load.js';
import { cleanup, failed } from '../helpers.js';

describe('a body that stalls', () => {
  afterEach(cleanup);
  afterEach(() => setFetchTimeout());
  beforeEach(clearDataCache);

  it('ends in a timeout error with a message and lnob-error', async () => {
    setFetchTimeout(300);
    const { error, alert } = await failed(`<lnob-chart eager src="/stall-body.csv?n=${Date.now()}"></lnob-chart>`);
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('took too long to load');
    expect(error.message).to.contain('0.3 seconds');
    expect((alert as HTMLElement).hidden).to.equal(false);
  });
});
