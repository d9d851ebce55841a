import { expect } from '@open-wc/testing';
import { ChartError } from '../../core/errors.js';
import { detectLayout } from '../../data/layouts/index.js';
import { splitWorldBankPreamble } from '../../data/layouts/world-bank.js';
import { parseText } from '../../data/parse.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import { typeRows } from '../../data/typing.js';
import type { RoleDef } from '../../templates/types.js';

const DIR = '/test/fixtures/formats';
async function table(name: string) {
  return parseText(await (await fetch(`${DIR}/${name}`)).text(), 'csv', name);
}
async function fails(run: () => unknown): Promise<ChartError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ChartError) return error;
    throw error;
  }
  throw new Error('expected a ChartError');
}

describe('layouts: detection', () => {
  it('auto recognises each real file from its header', async () => {
    expect(detectLayout(await table('un-sdg-api-food-waste.csv')).id).to.equal('un-sdg');
    expect(detectLayout(await table('un-sdg-pre-primary-by-sex.csv')).id).to.equal('un-sdg');
    expect(detectLayout(await table('world-bank-life-expectancy.csv')).id).to.equal('world-bank');
    expect(detectLayout(await table('open-sdg-uk-neonatal-3-2-2.csv')).id).to.equal('open-sdg');
    expect(detectLayout(await table('open-sdg-kg-poverty-1-2-1.csv')).id).to.equal('open-sdg');
  });

  it('leaves tidy files tidy (the existing fixtures)', async () => {
    for (const name of ['poverty-by-zone.csv', 'semicolon.csv', 'bom.csv']) {
      const text = await (await fetch(`/test/fixtures/${name}`)).text();
      expect(detectLayout(parseText(text, 'csv', name)).id, name).to.equal('tidy');
    }
  });

  it('a tidy file with Year first and Value last but no headline rows stays tidy', () => {
    const t = parseText('Year,Region,Value\n2020,North,1\n2020,South,2', 'csv', 'x');
    expect(detectLayout(t).id).to.equal('tidy');
  });

  it('an unknown layout name is an unsupported error listing the known ones', async () => {
    const error = await fails(() => detectLayout(parseText('a,b\n1,2', 'csv', 'x'), 'pivot'));
    expect(error.code).to.equal('unsupported');
    expect(error.message).to.contain('auto, tidy, un-sdg, world-bank, open-sdg, sdmx, owid, eurostat, wide');
  });
});

describe('layouts: World Bank preamble', () => {
  it('finds the header line in the raw text, with CRLF and without', async () => {
    const text = await (await fetch(`${DIR}/world-bank-life-expectancy.csv`)).text();
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      const split = splitWorldBankPreamble(variant)!;
      expect(split.meta).to.deep.equal({ 'Data Source': 'World Development Indicators', 'Last Updated Date': '2015-07-28' });
      expect(split.body.startsWith('"Country Name"')).to.equal(true);
    }
  });

  it('is not fooled by an ordinary file', () => {
    expect(splitWorldBankPreamble('Country Name,value\nKenya,1')).to.equal(undefined);
    expect(splitWorldBankPreamble('category,value\nA,1')).to.equal(undefined);
  });

  it('World Bank years become rows; empty cells are no observation', async () => {
    const sliced = await applyLayoutAndSlice(await table('world-bank-life-expectancy.csv'), { roles: ['time', 'value', 'series'], countries: 'AFG' });
    expect(sliced.table.rows).to.have.length(54); // 1960–2013; 2014 is empty
    expect(sliced.columns).to.include({ time: 'time', value: 'value', series: 'Country Name' });
  });
});

describe('slice attributes', () => {
  it('years: a range, a list, an open range', async () => {
    const t = await table('world-bank-life-expectancy.csv');
    const years = async (spec: string) =>
      [...new Set((await applyLayoutAndSlice(t, { years: spec, countries: 'ALB', roles: ['time', 'value', 'series'] })).table.rows.map((r) => r[4]))];
    expect(await years('2000-2002')).to.deep.equal(['2000', '2001', '2002']);
    expect(await years('2015; 1960; 2013')).to.deep.equal(['1960', '2013']);
    expect(await years('2012-')).to.deep.equal(['2012', '2013']);
    expect(await years('-1961')).to.deep.equal(['1960', '1961']);
    expect((await fails(() => years('last ten'))).code).to.equal('unsupported');
  });

  it('countries: ISO alpha-3, alpha-2, M49 and names, matched across naming styles', async () => {
    const un = await table('un-sdg-pre-primary-by-sex.csv');
    for (const asked of ['ALB', 'AL', '8', '008', 'albania', 'ALBANIA ']) {
      const rows = (await applyLayoutAndSlice(un, { countries: asked, years: '2010', roles: ['category', 'value'] })).table.rows;
      expect(rows.map((r) => r[7]), asked).to.deep.equal(['Albania']);
    }
  });

  it('each country that matches nothing is named in the error', async () => {
    const wb = await table('world-bank-life-expectancy.csv');
    const e = await fails(() => applyLayoutAndSlice(wb, { countries: 'Kenya; Angola; Atlantis', roles: ['category', 'value'] }));
    expect(e.code).to.equal('no-matching-rows');
    expect(e.message).to.contain('No rows for Kenya; Atlantis');
  });

  it('UN bounds such as "<2.5" are not drawn, and a note says how many with an example', async () => {
    // A genuine row of the API export with its value written as a bound, as the database does for small values.
    const text = (await (await fetch(`${DIR}/un-sdg-api-food-waste.csv`)).text()).replace('"238491.7727"', '"<2.5"');
    const sliced = await applyLayoutAndSlice(parseText(text, 'csv', 'x'), { where: 'Food Waste Sector=HHS', countries: 'ALB', roles: ['category', 'value'] });
    expect(sliced.table.rows[0]![8]).to.equal('<2.5');
    const roles: RoleDef[] = [
      { name: 'category', type: 'nominal', required: true, meaning: '' },
      { name: 'value', type: 'quantitative', required: true, meaning: '' },
      { name: 'time', type: 'temporal', required: false, meaning: '' },
    ];
    const typed = typeRows(sliced.table, roles, { columns: sliced.columns });
    expect(typed.rows[0]!.value).to.equal(null);
    expect(typed.notes).to.deep.equal(['1 value given as a bound (Albania 2019: <2.5) is not drawn.']);
  });

  it('UN Nature codes: estimates and modelled values are counted in the notes', async () => {
    const sliced = await applyLayoutAndSlice(await table('un-sdg-pre-primary-by-sex.csv'), { roles: ['time', 'value', 'series'], where: 'Sex=BOTHSEX' });
    expect(sliced.provenance.notes.join(' ')).to.match(/\d+ of \d+ estimated \(Nature E\)/);
  });

  it('several series without series-code: none is picked; the error names them and series-code', async () => {
    const text = await (await fetch(`${DIR}/un-sdg-api-food-waste.csv`)).text();
    const lines = text.trim().split('\n');
    const twice = [...lines, ...lines.slice(1).map((l) => l.replace('"AG_FOOD_WST"', '"AG_FOOD_WST_PC"'))].join('\n');
    const e = await fails(() => applyLayoutAndSlice(parseText(twice, 'csv', 'x'), { roles: ['category', 'value'], where: 'Food Waste Sector=HHS' }));
    expect(e.code).to.equal('ambiguous-rows');
    expect(e.message).to.contain('AG_FOOD_WST, AG_FOOD_WST_PC').and.to.contain('series-code="AG_FOOD_WST"');
    const one = await applyLayoutAndSlice(parseText(twice, 'csv', 'x'), { roles: ['category', 'value'], where: 'Food Waste Sector=HHS', seriesCode: 'AG_FOOD_WST_PC' });
    expect(one.table.rows).to.have.length(5);
  });

  it('a malformed where says how to write it', async () => {
    const e = await fails(() => applyLayoutAndSlice(parseText('a,b\n1,2', 'csv', 'x'), { where: 'Female' }));
    expect(e.code).to.equal('unsupported');
    expect(e.message).to.contain('where="Sex=Female; Location=Rural"');
  });

  it('page columns win over the layout defaults', async () => {
    const sliced = await applyLayoutAndSlice(await table('un-sdg-pre-primary-by-sex.csv'), { columns: { category: 'sex' }, roles: ['category', 'value'], years: '2010', countries: 'World' });
    expect(sliced.columns.category).to.equal('Sex');
    expect(sliced.table.rows).to.have.length(3);
  });
});

describe('layouts: World Bank DataBank exports', () => {
  // DataBank writes "2015 [YR2015]" headers, ".." for no data, and two footer rows under the table; public scripts
  // that clean such files quote them (e.g. `filter(country != 'Data from database: World Development Indicators')`).
  const DATABANK = [
    'Country Name,Country Code,Series Name,Series Code,2014 [YR2014],2015 [YR2015],2016 [YR2016]',
    'Kenya,KEN,"Life expectancy at birth, total (years)",SP.DYN.LE00.IN,61.2,61.8,..',
    'Nigeria,NGA,"Life expectancy at birth, total (years)",SP.DYN.LE00.IN,..,52.7,..',
    '',
    '',
    'Data from database: World Development Indicators,,,,,,',
    'Last Updated: 07/01/2025,,,,,,',
  ].join('\n');

  it('reads the years, treats ".." as no data, and takes the source from the footer', async () => {
    const sliced = await applyLayoutAndSlice(parseText(DATABANK, 'csv', 'x'), { roles: ['category', 'value'] });
    expect(sliced.layout).to.equal('world-bank');
    expect(sliced.table.rows.map((r) => [r[0], r[4], r[5]])).to.deep.equal([['Kenya', '2015', '61.8'], ['Nigeria', '2015', '52.7']]);
    expect(sliced.provenance.source).to.equal('World Bank, World Development Indicators (last updated 07/01/2025)');
    expect(sliced.provenance.title).to.equal('Life expectancy at birth, total (years)');
  });
});

