/**
 * Very wide files (issue 18): a header of hundreds of thousands of columns
 * froze the tab (the column suggestion compared every column with every
 * other). A file may have at most MAX_COLUMNS columns — beyond, a clear
 * `too-large` error — and the suggestion looks at a bounded number of them.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { MAX_COLUMNS } from '../../data/table.js';
import { cleanup, failed, mountWithData } from '../helpers.js';

/** Inline CSV with `count` text columns named c0, c1, … and one row of words (no number anywhere). */
function wide(count: number, attributes = ''): string {
  const header = Array.from({ length: count }, (_, i) => `c${i}`).join(',');
  const row = Array.from({ length: count }, (_, i) => `w${i}`).join(',');
  return `<lnob-chart eager ${attributes}><script type="text/csv">\n${header}\n${row}\n</script></lnob-chart>`;
}

describe('very wide files', () => {
  afterEach(cleanup);

  it('300,000 columns end in a too-large error that says how many columns there may be', async () => {
    const { error, alert } = await failed(wide(300_000, 'category-column="c0"'));
    expect(error.code, error.message.slice(0, 300)).to.equal('too-large');
    expect(error.message).to.contain('300,000 columns');
    expect(error.message).to.contain(MAX_COLUMNS.toLocaleString('en'));
    expect(alert.textContent).to.contain(error.message);
  });

  it(`${MAX_COLUMNS.toLocaleString('en')} columns without the one a chart needs still name it, and suggest a column`, async () => {
    const { error } = await failed(wide(MAX_COLUMNS, 'category-column="c0"'));
    expect(error.code).to.equal('missing-column');
    expect(error.message).to.contain('value-column="c1"');
    expect(error.message.length).to.be.lessThan(2000); // the list of columns is cut short
  });

  it('.data with more columns than that ends in too-large too', async () => {
    const row = Object.fromEntries(Array.from({ length: MAX_COLUMNS + 5 }, (_, i) => [`c${i}`, i]));
    const outcome = await mountWithData({ eager: '' }, [row]).outcome;
    expect(outcome.type === 'lnob-error' && outcome.detail.code).to.equal('too-large');
    expect(outcome.type === 'lnob-error' && outcome.detail.message).to.contain(`${(MAX_COLUMNS + 5).toLocaleString('en')} columns`);
  });
});
