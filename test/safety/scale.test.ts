/**
 * Scale: 100,000 rows — the element's hard ceiling — give every template
 * either a drawn chart or a `too-large` message that says what to do (add up
 * the data first). So does a template's own ceiling (`maxRows`): at exactly
 * that many rows the chart must still come. The test asserts only that
 * outcome, within 20 s on an idle machine and more on a busy one
 * (scaledBudget); speed is `npm run bench`'s job.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import type { RoleDef } from '../../templates/types.js';
import { cleanup, mount, scaledBudget } from '../helpers.js';
import { warmUp, withTimeout } from './fuzz-harness.js';

const ROWS = 100_000;
const LIMIT_MS = 20_000;
const CODES = ['NGA', 'BOL', 'PER', 'BRA', 'FJI', 'TGO', 'TJK', 'JAM', 'TZA', 'KEN', 'GHA', 'IND'];

/**
 * Many rows for the template's roles, one per mark (two would be `ambiguous-rows`): a new category on every row
 * (the worst case), a line for every 125 years; a map has a dozen countries, each with thousands of years, so it
 * also reads each country's latest year.
 */
function manyRows(roles: readonly RoleDef[], count: number): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, string | number> = {};
    for (const role of roles) {
      if (role.name === 'category') row['category'] = `Place ${i}`;
      else if (role.name === 'group') row['group'] = `Group ${i % 2}`; // two: a pyramid compares exactly two
      else if (role.name === 'series') row['series'] = `Series ${Math.floor(i / 125)}`;
      else if (role.name === 'time') row['time'] = 1900 + (i % 125);
      else if (role.name === 'geo') {
        row['geo'] = CODES[i % CODES.length]!;
        row['year'] = 1000 + Math.floor(i / CODES.length);
      }
      else if (role.name === 'n') row['n'] = 100 + (i % 50);
      else if (role.type === 'quantitative') row[role.name] = (i * 7919) % 100;
    }
    rows[i] = row;
  }
  return rows;
}

describe(`scale: ${ROWS.toLocaleString('en')} rows`, function () {
  before(warmUp);
  afterEach(cleanup);

  const cases = templateIds().flatMap((id) => {
    const maxRows = getTemplate(id)!.maxRows;
    return maxRows !== undefined && maxRows < ROWS ? [{ id, rows: ROWS }, { id, rows: maxRows }] : [{ id, rows: ROWS }];
  });
  for (const { id, rows } of cases) {
    it(`${id}, ${rows.toLocaleString('en')} rows: a chart or a too-large message within ${LIMIT_MS / 1000} s (idle)`, async function () {
      const budget = scaledBudget(LIMIT_MS);
      this.timeout(budget + 10_000);
      const template = getTemplate(id)!;
      const data = manyRows(template.roles, rows);
      const { chart, outcome } = mount(`<lnob-chart eager template="${id}"></lnob-chart>`);
      const started = performance.now();
      chart.data = data;
      const result = await withTimeout(outcome, budget, `${id} with ${rows} rows`);
      const took = Math.round(performance.now() - started);
      console.log(`lnob-charts scale: ${id}, ${rows} rows: ${result.type === 'lnob-render' ? 'rendered' : result.detail.code} in ${took} ms`);
      if (result.type === 'lnob-render') {
        await chart.updateComplete;
        expect(chart.shadowRoot!.querySelector('.chart svg, .chart canvas')).to.not.equal(null);
        // The data table is capped, whatever the size.
        expect(chart.shadowRoot!.querySelectorAll('[part="table"] tbody tr').length).to.be.at.most(500);
      } else {
        expect(result.detail.code, result.detail.message).to.equal('too-large');
        // It says what to do: add up the data, or keep fewer rows (a template may word it its own way).
        expect(result.detail.message.toLowerCase()).to.match(/aggregate|add up|keep only|fewer/);
      }
    });
  }

  it(`more than ${ROWS.toLocaleString('en')} rows: too-large, with what to do`, async function () {
    const budget = scaledBudget(LIMIT_MS);
    this.timeout(budget + 10_000);
    const { chart, outcome } = mount(`<lnob-chart eager></lnob-chart>`);
    chart.data = manyRows(getTemplate('ranked-bar')!.roles, ROWS + 1);
    const result = await withTimeout(outcome, budget, 'ranked-bar');
    expect(result.type === 'lnob-error' && result.detail.code).to.equal('too-large');
    expect(result.type === 'lnob-error' && result.detail.message).to.contain('100,001 rows');
  });
});
