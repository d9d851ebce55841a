import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ChartError, ERROR_CODES } from '../../core/errors.js';
import { parseText } from '../../data/parse.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import type { RoleName } from '../../templates/types.js';

/**
 * Whatever a campaigner types into the slice attributes, over every real
 * fixture: either rows come out, or a ChartError with a contract code and a
 * message — never a raw exception. Fixed seed, so a failure is reproducible.
 */
const FILES = [
  'un-sdg-api-food-waste.csv',
  'un-sdg-pre-primary-by-sex.csv',
  'world-bank-life-expectancy.csv',
  'open-sdg-uk-neonatal-3-2-2.csv',
  'open-sdg-kg-poverty-1-2-1.csv',
];
const ROLE_SETS: RoleName[][] = [['category', 'value'], ['time', 'value', 'series'], ['category', 'group', 'value'], ['geo', 'value']];
const WORDS = ['Sex', 'sex', 'FEMALE', 'Albania', 'ALB', '8', '008', '1', 'World', 'KEN', 'Congo, Dem. Rep.', 'Egypt, Arab Rep.', '2010', '2000-', '-1990',
  '2013-2000', 'Region', 'Country', '[Units]', 'HHS', '', ' ', ';', '=', '==', 'Food Waste Sector', 'Year', 'Value', '–', 'exclude', 'include', 'Ünïcödé'];

describe('slice attributes: anything typed gives rows or a plain error', () => {
  it('over the real fixtures', async () => {
    const tables = await Promise.all(FILES.map(async (name) => parseText(await (await fetch(`/test/fixtures/formats/${name}`)).text(), 'csv', name)));
    const phrase = fc
      .tuple(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 4 }), fc.constantFrom('=', '; ', ' ', '-', ''))
      .map(([parts, separator]) => parts.join(separator));
    const attribute = fc.option(phrase, { nil: undefined });
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(FILES.length - 1),
        fc.nat(ROLE_SETS.length - 1),
        fc.record({ where: attribute, seriesCode: attribute, countries: attribute, years: attribute, aggregates: attribute, layout: fc.option(fc.constantFrom('auto', 'tidy', 'un-sdg', 'world-bank', 'open-sdg', 'wide', 'xml'), { nil: undefined }) }),
        async (file, roles, options) => {
          try {
            const sliced = await applyLayoutAndSlice(tables[file]!, { ...options, roles: ROLE_SETS[roles] });
            expect(sliced.table.rows.length).to.be.greaterThan(0);
            rendered++;
          } catch (error) {
            if (!(error instanceof ChartError)) throw error;
            expect(ERROR_CODES).to.include(error.code);
            expect(error.code).to.not.equal('internal');
            expect(error.message.length).to.be.greaterThan(20);
          }
        },
      ),
      { seed: 20261125, numRuns: 400 },
    );
    expect(rendered).to.be.greaterThan(0);
  });
});
