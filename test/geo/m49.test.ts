import { expect } from '@open-wc/testing';
import { parseText } from '../../data/parse.js';
import { text } from '../../data/layouts/columns.js';
import { loadCountries, resolveGeo } from '../../data/geo/countries.js';

/**
 * Every row of the UN's M49 overview (test/fixtures/geo/m49-overview.csv, the complete list, cited in the README
 * there): each official "Country or Area" name and each M49 code resolves to the row's ISO alpha-3 code, and every
 * region, sub-region and intermediate region resolves as a group of countries.
 */
const FIXTURE = '/test/fixtures/geo/m49-overview.csv';

async function overview(): Promise<Record<string, string>[]> {
  const table = parseText(await (await fetch(FIXTURE)).text(), 'csv', FIXTURE);
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, text(row[i])])));
}

function alpha3(value: string): string {
  const match = resolveGeo(value);
  return match.kind === 'country' ? match.country.alpha3 : match.kind;
}

describe('UN M49: the complete list', () => {
  let rows: Record<string, string>[];
  before(async () => {
    await loadCountries();
    rows = await overview();
  });

  it('is the complete overview: 248 countries or areas, Türkiye and the United Kingdom among them', () => {
    expect(rows.length).to.equal(248);
    expect(rows.map((r) => r['Country or Area'])).to.include.members(['Türkiye', 'United Kingdom of Great Britain and Northern Ireland']);
  });

  it('resolves every official name to its ISO alpha-3 code', () => {
    // Kosovo is not in M49; i18n-iso-countries' code for it is XKK, which is no ISO code either.
    const wrong = rows
      .map((r) => ({ name: r['Country or Area']!, want: r['ISO-alpha3 Code']!, got: alpha3(r['Country or Area']!) }))
      .filter((r) => r.got !== r.want);
    expect(wrong).to.deep.equal([]);
  });

  it('resolves every M49 code, with or without leading zeros, to the same country', () => {
    const wrong = rows.filter((r) => alpha3(r['M49 Code']!) !== r['ISO-alpha3 Code'] || alpha3(r['M49 Code']!.padStart(3, '0')) !== r['ISO-alpha3 Code']);
    expect(wrong.map((r) => r['Country or Area'])).to.deep.equal([]);
  });

  it('resolves every region, sub-region and intermediate region as a group, by code and by name', () => {
    const regions = new Map<string, string>();
    for (const r of rows) {
      for (const level of ['Region', 'Sub-region', 'Intermediate Region']) {
        if (r[`${level} Code`]) regions.set(r[`${level} Code`]!, r[`${level} Name`]!);
      }
    }
    expect(regions.size).to.equal(29);
    for (const [code, name] of regions) {
      expect(resolveGeo(code).kind, code).to.equal('aggregate');
      expect(resolveGeo(code.padStart(3, '0')).kind, code).to.equal('aggregate');
      // "Micronesia" alone is also the short name of the Federated States of Micronesia: see the fixtures' README.
      if (name !== 'Micronesia') expect(resolveGeo(name).kind, name).to.equal('aggregate');
    }
    expect(alpha3('Micronesia')).to.equal('FSM');
    expect(resolveGeo('57').kind).to.equal('aggregate');
    expect(resolveGeo('Micronesia (UN M49)').kind).to.equal('aggregate');
  });
});
