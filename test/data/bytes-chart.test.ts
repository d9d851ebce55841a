import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { bars, cleanup, failed, filledTable, labels, rendered, shadowText } from '../helpers.js';

/**
 * Files as CSOs download them, end to end through <lnob-chart>: the bytes are
 * served exactly as on disk (/raw/…, test/server-middleware.js). Fixtures and
 * their origins: test/fixtures/bytes/README.md.
 */
const RAW = '/raw/test/fixtures/bytes';

describe('<lnob-chart> reads the bytes of real downloads', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('a tab-separated file named .csv draws its bars', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${RAW}/tab-separated.csv" category-column="region" value-column="poverty_rate"></lnob-chart>`);
    expect(bars(chart)).to.have.length(3);
    expect(labels(chart)).to.have.members(['45.2', '38.1', '12.7']);
  });

  it('a semicolon file with decimal commas draws 36.1, not 361', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${RAW}/semicolon-decimal-comma.csv" category-column="Country" value-column="Value"></lnob-chart>`);
    expect(labels(chart)).to.have.members(['36.1', '41.3', '26.4']);
  });

  it('a Windows-1252 file shows Côte d’Ivoire and São Tomé and Príncipe', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${RAW}/windows-1252.csv" category-column="country"></lnob-chart>`);
    const table = await filledTable(chart);
    expect(table.textContent).to.contain('Côte d’Ivoire').and.to.contain('São Tomé and Príncipe').and.to.contain('Bénin');
    expect(table.textContent).not.to.contain('\ufffd');
  });

  it('Excel\'s "Unicode text" (UTF-16, tabs) draws', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${RAW}/utf16le-unicode-text.txt" category-column="country"></lnob-chart>`);
    expect(labels(chart)).to.have.members(['39.5', '25.7', '38.5']);
  });

  it('values given as bounds are not drawn, and the notes say how many', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${RAW}/bounds.csv" category-column="country"></lnob-chart>`);
    expect(labels(chart)).to.have.members(['12.50', '8.25']);
    expect(shadowText(chart, '[part="notes"]')).to.contain('3 values given as bounds (e.g. Chad: <5) are not drawn.');
  });

  it('footnote rows are not bars: they are the source line and the notes', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${RAW}/footnotes.csv" category-column="County" value-column="Value"></lnob-chart>`);
    expect(labels(chart)).to.have.members(['16.7', '33.4']);
    expect(shadowText(chart, '[part="source"]')).to.contain('KNBS, Kenya Integrated Household Budget Survey 2015/16');
    expect(shadowText(chart, '[part="notes"]')).to.contain('Note: values are illustrative.');
    expect((await filledTable(chart)).textContent).not.to.contain('Source');
  });

  it('a number written with a thousands comma is a parse-error naming the line', async () => {
    const { error, alert } = await failed(`<lnob-chart eager><script type="text/csv">
      name,value
      A,1,234
    </script></lnob-chart>`);
    expect(error.code).to.equal('parse-error');
    expect(alert.textContent).to.contain('line 2 has 3 cells but the header has 2');
  });
});
