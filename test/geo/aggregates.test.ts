import { expect } from '@open-wc/testing';
import {
  AGGREGATE_NAMES,
  M49_AGGREGATES,
  OWID_AGGREGATES,
  WHO_AGGREGATES,
  WORLD_BANK_AGGREGATES,
} from '../../data/geo/aggregates.js';
import { allCountries, isAggregateArea, loadCountries, resolveGeo } from '../../data/geo/countries.js';
import { keepAggregates } from '../../data/geo/groups.js';
import { ChartError } from '../../core/errors.js';
import type { RawTable } from '../../data/table.js';

function alpha3(value: string): string {
  const match = resolveGeo(value);
  return match.kind === 'country' ? match.country.alpha3 : match.kind;
}

describe('groups of countries (data/geo/aggregates.ts)', () => {
  before(() => loadCountries());

  it('has no group code that is also a country code, and no group name that is a country', () => {
    const alpha3s = new Set(allCountries().map((c) => c.alpha3));
    const numeric = new Set(allCountries().map((c) => Number(c.numeric)));
    const codes = [...Object.keys(WORLD_BANK_AGGREGATES), ...Object.keys(WHO_AGGREGATES), ...Object.keys(OWID_AGGREGATES)];
    expect(codes.filter((code) => alpha3s.has(code))).to.deep.equal([]);
    expect(Object.keys(M49_AGGREGATES).filter((code) => numeric.has(Number(code)))).to.deep.equal([]);
    for (const code of codes) expect(resolveGeo(code).kind, code).to.equal('aggregate');
    // Every listed name is a group, except "Micronesia" (see test/fixtures/geo/README.md).
    expect(AGGREGATE_NAMES.filter((name) => resolveGeo(name).kind !== 'aggregate')).to.deep.equal(['Micronesia']);
  });

  const GROUPS: Record<string, string[]> = {
    'UN M49 and SDG regions': ['001', '1', '002', '202', '419', '199', '432', '722', '747', '513', '543', 'World', 'Africa',
      'Sub-Saharan Africa', 'Latin America and the Caribbean', 'Northern Africa and Western Asia', 'Europe and Northern America',
      'Oceania (exc. Australia and New Zealand)', 'Least Developed Countries (LDCs)', 'Small island developing States (SIDS)',
      'Landlocked developing countries (LLDCs)', 'Central and Southern Asia', 'Eastern and South-Eastern Asia'],
    'World Bank': ['ARB', 'EAS', 'SSF', 'LMY', 'HIC', 'IDX', 'WLD', 'Sub-Saharan Africa (excluding high income)', 'IDA only', 'Arab World',
      'East Asia & Pacific', 'Low & middle income', 'Fragile and conflict affected situations', 'Heavily indebted poor countries (HIPC)'],
    OWID: ['OWID_WRL', 'OWID_AFR', 'OWID_EU27', 'OWID_HIC', 'Africa (WB)', 'High-income countries', 'World', 'European Union (27)',
      'Asia (excl. China and India)', 'Europe (excl. EU-27)', 'North America (excl. USA)', 'Lower-middle-income countries',
      'Sub-Saharan Africa (UN SDG)', 'Europe (WHO)', 'Northern Hemisphere'],
    SDSN: ['East & South Asia', 'OECD members', 'Sub-Saharan Africa', 'Eastern Europe & Central Asia', 'Small Island Developing States',
      'Latin America & the Caribbean', 'Middle East & North Africa', 'Oceania', 'High-income Countries'],
    UNICEF: ['UNICEF_EAP', 'UNICEF_ESA', 'UNICEF_WCA', 'UNICEF_WCARO', 'UNICEF_ROSA', 'UNSDG_LDC', 'UNSDG_OCEANIAexAUSNZL', 'WB_LIC',
      'WB_HI', 'GBD_SSA', 'WHO_AFRO', 'WORLD', 'East Asia and Pacific', 'Eastern and Southern Africa', 'West and Central Africa',
      'Eastern Europe and Central Asia', 'Latin America and Caribbean'],
    WHO: ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR', 'African Region', 'Region of the Americas', 'Western Pacific Region',
      'Eastern Mediterranean', 'GLOBAL'],
  };
  for (const [source, values] of Object.entries(GROUPS)) {
    it(`recognises ${source} groups by code and by name`, () => {
      expect(values.filter((value) => resolveGeo(value).kind !== 'aggregate')).to.deep.equal([]);
    });
  }

  it('keeps countries that look like groups as countries', () => {
    expect(alpha3('OWID_KOS')).to.equal('XKK');
    expect(alpha3('XKX')).to.equal('XKK');
    expect(alpha3('Kosovo under UNSC res. 1244')).to.equal('XKK');
    expect(alpha3('Micronesia (country)')).to.equal('FSM');
    expect(alpha3('Congo (Democratic Republic of the)')).to.equal('COD');
    expect(alpha3('Congo, Rep.')).to.equal('COG');
    expect(alpha3('Netherlands (Kingdom of the)')).to.equal('NLD');
    expect(resolveGeo('OWID_USS').kind, 'a former country is no group').to.equal('unknown');
    expect(resolveGeo('Atlantis').kind).to.equal('unknown');
  });

  it('resolves official UN names and common variants', () => {
    const cases: Record<string, string> = {
      'United Kingdom of Great Britain and Northern Ireland': 'GBR',
      'Bolivia (Plurinational State of)': 'BOL',
      'Venezuela (Bolivarian Republic of)': 'VEN',
      'Iran (Islamic Republic of)': 'IRN',
      'Democratic Republic of the Congo': 'COD',
      'Republic of Korea': 'KOR',
      "Democratic People's Republic of Korea": 'PRK',
      'United Republic of Tanzania': 'TZA',
      Türkiye: 'TUR',
      "Côte d'Ivoire": 'CIV',
      "Lao People's Democratic Republic": 'LAO',
      'Micronesia (Federated States of)': 'FSM',
      'State of Palestine': 'PSE',
      'China, Hong Kong Special Administrative Region': 'HKG',
      'Lao PDR': 'LAO',
      Turkey: 'TUR',
      "Cote d'Ivoire": 'CIV',
      'Congo, Dem. Rep.': 'COD',
      'Korea, Rep.': 'KOR',
      'Egypt, Arab Rep.': 'EGY',
      'Gambia, The': 'GMB',
      'Micronesia, Fed. Sts.': 'FSM',
      'St. Lucia': 'LCA',
      'Viet Nam': 'VNM',
      Vietnam: 'VNM',
      Czechia: 'CZE',
      Eswatini: 'SWZ',
      'Cabo Verde': 'CPV',
      'Sao Tome and Principe': 'STP',
    };
    const wrong = Object.entries(cases).filter(([name, code]) => alpha3(name) !== code).map(([name]) => `${name} → ${alpha3(name)}`);
    expect(wrong).to.deep.equal([]);
  });

  it('reads UNICEF "CODE: Label" cells by their code', () => {
    expect(alpha3('KEN: Kenya')).to.equal('KEN');
    expect(alpha3('COD: Democratic Republic of the Congo')).to.equal('COD');
    expect(alpha3('XYZ: Kenya'), 'an unknown code falls back to the label').to.equal('KEN');
    expect(resolveGeo('UNICEF_WCA: West and Central Africa')).to.deep.equal({ kind: 'aggregate', name: 'West and Central Africa' });
    expect(resolveGeo('WB_LMI: World Bank (lower middle income)').kind).to.equal('aggregate');
    expect(alpha3('China: Hong Kong'), 'a name with a colon is not a code').to.equal('unknown');
  });

  it('answers fast: 50,000 lookups of a few hundred distinct values in well under a second', () => {
    const values = [...allCountries().map((c) => c.name), ...Object.values(WORLD_BANK_AGGREGATES), 'KEN: Kenya'];
    const start = performance.now();
    for (let i = 0; i < 50_000; i += 1) resolveGeo(values[i % values.length]!);
    expect(performance.now() - start).to.be.lessThan(1000);
  });
});

describe('aggregates="exclude|only|include" (keepAggregates)', () => {
  before(() => loadCountries());
  const table: RawTable = {
    columns: ['Entity', 'Code', 'Year', 'Value'],
    rows: [
      ['Kenya', 'KEN', 2020, 1],
      ['Africa (WB)', '', 2020, 2],
      ['World', 'OWID_WRL', 2020, 3],
      ['High-income countries', '', 2020, 4],
      ["Côte d'Ivoire", 'CIV', 2020, 5],
      ['Kosovo', 'OWID_KOS', 2020, 6],
    ],
    duplicates: [],
  };
  const area = { code: 'Code', name: 'Entity' };
  const names = (rows: readonly (readonly unknown[])[]) => rows.map((row) => row[0]);

  it('exclude keeps the countries, only keeps the groups, include and empty keep every row', () => {
    expect(names(keepAggregates(table.rows, table, 'exclude', area))).to.deep.equal(['Kenya', "Côte d'Ivoire", 'Kosovo']);
    expect(names(keepAggregates(table.rows, table, ' Only ', area))).to.deep.equal(['Africa (WB)', 'World', 'High-income countries']);
    expect(keepAggregates(table.rows, table, 'include', area)).to.equal(table.rows);
    expect(keepAggregates(table.rows, table, '', area)).to.equal(table.rows);
  });

  it('in UN SDG files every area code that is not a country is a group', () => {
    const un: RawTable = { columns: ['GeoAreaCode', 'GeoAreaName'], rows: [['404', 'Kenya'], ['1', 'World'], ['910', 'High income economies (WB)'], ['9999', 'Other']], duplicates: [] };
    expect(names(keepAggregates(un.rows, un, 'only', { code: 'GeoAreaCode', name: 'GeoAreaName', unCodes: true }))).to.deep.equal(['1', '910', '9999']);
    expect(isAggregateArea('404', 'Kenya', true)).to.equal(false);
  });

  it('fails with a clear error when nothing is left, or the value is not understood', () => {
    const countries: RawTable = { columns: ['Entity'], rows: [['Kenya'], ['Nigeria']], duplicates: [] };
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e as ChartError;
      }
      throw new Error('expected an error');
    };
    const none = error(() => keepAggregates(countries.rows, countries, 'only', { name: 'Entity' }));
    expect(none.code).to.equal('no-matching-rows');
    expect(none.message).to.include('aggregates="only"').and.include('Kenya');
    const all = error(() => keepAggregates([table.rows[1]!], table, 'exclude', area));
    expect(all.code).to.equal('no-matching-rows');
    expect(error(() => keepAggregates(table.rows, table, 'drop', area)).code).to.equal('unsupported');
    expect(error(() => keepAggregates(table.rows, table, 'only', {})).code).to.equal('missing-column');
  });
});
