/**
 * Dates that do not exist (issue 18): `0050`, `0000`, `0000-00-00`,
 * `2015-13-01`, `2015-02-30` were silently moved (to 1950, 1900, 1899-11-30,
 * 2016-01-01, 2015-03-02). Now each is a `wrong-type` error naming the
 * column, the row and the value; real dates still read as they are.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { ChartError } from '../../core/errors.js';
import { parseText } from '../../data/parse.js';
import { typeRows } from '../../data/typing.js';
import type { RoleDef } from '../../templates/types.js';
import { cleanup, failed } from '../helpers.js';

const ROLES: RoleDef[] = [{ name: 'time', type: 'temporal', required: true, meaning: 'the year or date of each value' }];
const read = (cell: string | number) =>
  typeRows(typeof cell === 'number' ? { columns: ['year'], rows: [[2000], [cell]], duplicates: [] } : parseText(`year\n2000\n${cell}\n`, 'csv', 'inline'), ROLES, { columns: { time: 'year' } });

describe('dates that do not exist', () => {
  afterEach(cleanup);

  for (const bad of ['0050', '0000', '0000-00-00', '2015-13-01', '2015-02-30', '2015-00-10', '2015-04-31', '2015-1-32', 50]) {
    it(`${JSON.stringify(bad)} is a wrong-type error naming the cell, not a moved date`, () => {
      let error: unknown;
      try {
        read(bad);
      } catch (thrown) {
        error = thrown;
      }
      expect(error, String(bad)).to.be.instanceOf(ChartError);
      expect((error as ChartError).code).to.equal('wrong-type');
      expect((error as ChartError).message).to.contain('"year"');
      expect((error as ChartError).message).to.contain(`row 3 has "${bad}"`);
    });
  }

  it('real years and dates still read as they are', () => {
    const cases: [string | number, string][] = [
      ['2015', '2015-01-01'],
      ['2016-02-29', '2016-02-29'],
      ['2015-6-5', '2015-06-05'],
      ['1960', '1960-01-01'],
      [2030, '2030-01-01'],
    ];
    for (const [cell, iso] of cases) expect((read(cell).rows[1]!['time'] as Date).toISOString().slice(0, 10), String(cell)).to.equal(iso);
  });

  it('a chart with such a date shows the message', async () => {
    const { error } = await failed(`<lnob-chart eager template="trend" time-column="year"><script type="text/csv">
year,value
2015,1
2015-02-30,2
</script></lnob-chart>`);
    expect(error.code).to.equal('wrong-type');
    expect(error.message).to.contain('2015-02-30');
  });
});
