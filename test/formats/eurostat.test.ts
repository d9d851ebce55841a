/**
 * Eurostat bulk downloads (data/layouts/eurostat.ts), read from the two genuine files in
 * test/fixtures/formats/ (see its README). Values were read by hand in the files.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { arrange, detectLayout } from '../../data/layouts/index.js';
import { isEurostatAggregate, splitFlags } from '../../data/layouts/eurostat.js';
import { parseText } from '../../data/parse.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import type { RawTable } from '../../data/table.js';
import { cleanup, mount, shadowText } from '../helpers.js';

const DIR = '/test/fixtures/formats';
const GDP = 'eurostat-sdg-08-10-gdp-per-capita.tsv';
const LIFE = 'eurostat-life-expectancy-by-sex-age.tsv';

async function read(name: string, format: 'csv' | 'tsv' = 'tsv'): Promise<RawTable> {
  return parseText(await (await fetch(`${DIR}/${name}`)).text(), format, name);
}

/** The rows of a table as objects, for finding one by its cells. */
function records(table: RawTable): Record<string, unknown>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((name, i) => [name, row[i]])));
}

function find(table: RawTable, wanted: Record<string, unknown>): Record<string, unknown>[] {
  return records(table).filter((row) => Object.entries(wanted).every(([key, value]) => row[key] === value));
}

describe('Eurostat bulk TSV: detection and reshaping', () => {
  it('auto recognises both downloads, but not the other real files', async () => {
    expect(detectLayout(await read(GDP)).id).to.equal('eurostat');
    expect(detectLayout(await read(LIFE)).id).to.equal('eurostat');
    for (const name of ['world-bank-life-expectancy.csv', 'un-sdg-api-food-waste.csv', 'open-sdg-kg-poverty-1-2-1.csv']) {
      expect(detectLayout(await read(name, 'csv')).id, name).not.to.equal('eurostat');
    }
  });

  it('splits the first column into one column per dimension, named as in the header', async () => {
    const { table, roles, areaCode, single, dimensions } = arrange(await read(GDP));
    expect(table.columns).to.deep.equal(['unit', 'na_item', 'geo', 'Country or area', 'unit (label)', 'time', 'value', 'flag']);
    expect(single).to.deep.equal(['unit']);
    expect(dimensions).to.deep.equal(['na_item']);
    expect(areaCode).to.equal('geo');
    expect(roles).to.include({ category: 'Country or area', geo: 'Country or area', time: 'time', value: 'value' });
  });

  it('reads years to rows with the values as written (trailing spaces, no flags) and drops ":"', async () => {
    const { table } = arrange(await read(GDP));
    // CLV10_EUR_HAB,B1GQ,DE: 28900 in 2000 … 35970 in 2019.
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'DE', time: '2019' }).map((r) => r['value'])).to.deep.equal(['35970']);
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'DE', time: '2000' }).map((r) => r['value'])).to.deep.equal(['28900']);
    // Eurostat's EL and UK are named as readers know them.
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'EL', time: '2019' })[0]).to.include({ 'Country or area': 'Greece', value: '18150' });
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'UK', time: '2019' })[0]).to.include({ 'Country or area': 'United Kingdom', value: '32960' });
    // Groups keep their code.
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'EU27_2020', time: '2019' })[0]).to.include({ 'Country or area': 'EU27_2020', value: '27980' });
    // PL has ":" for 2018 and 2019; HR for 2019.
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'PL', time: '2018' })).to.have.length(0);
    expect(find(table, { unit: 'CLV10_EUR_HAB', geo: 'HR', time: '2018' })[0]).to.include({ value: '11990' });
    // A negative change.
    expect(find(table, { unit: 'CLV_PCH_PRE_HAB', geo: 'DE', time: '2009' })[0]).to.include({ value: '-5.4' });
  });

  it('reads years newest first, strips the flags into a column of their meaning', async () => {
    const { table, dimensions, totalCodes, aggregateCodes } = arrange(await read(LIFE));
    expect(dimensions).to.deep.equal(['sex', 'age']);
    expect(totalCodes).to.include('T');
    expect(aggregateCodes).to.deep.equal(['EU28']);
    // YR,T,Y_LT1,EU28: "81.0p" in 2018, "80.9e" in 2014, "80.6" in 2015.
    expect(find(table, { sex: 'T', age: 'Y_LT1', geo: 'EU28', time: '2018' })[0]).to.include({ value: '81.0', flag: 'p = provisional' });
    expect(find(table, { sex: 'T', age: 'Y_LT1', geo: 'EU28', time: '2014' })[0]).to.include({ value: '80.9', flag: 'e = estimated' });
    expect(find(table, { sex: 'T', age: 'Y_LT1', geo: 'EU28', time: '2015' })[0]).to.include({ value: '80.6', flag: '' });
    // YR,F,Y65,DE: ":" in 2018, "21.2 " in 2017.
    expect(find(table, { sex: 'F', age: 'Y65', geo: 'DE', time: '2018' })).to.have.length(0);
    expect(find(table, { sex: 'F', age: 'Y65', geo: 'DE', time: '2017' })[0]).to.include({ value: '21.2', 'Country or area': 'Germany' });
  });

  it('reads the same file split on its commas (a TSV read as CSV)', async () => {
    const asTsv = arrange(await read(LIFE));
    const asCsv = arrange(await read(LIFE, 'csv'));
    expect(asCsv.layout).to.equal('eurostat');
    expect(asCsv.table.columns).to.deep.equal(asTsv.table.columns);
    expect(asCsv.table.rows).to.deep.equal(asTsv.table.rows);
  });

  it('flags: glued or spaced, on values and on ":"', () => {
    expect(splitFlags('83.6 p')).to.deep.equal({ value: '83.6', flags: 'p' });
    expect(splitFlags('83.6p')).to.deep.equal({ value: '83.6', flags: 'p' });
    expect(splitFlags('21.6e')).to.deep.equal({ value: '21.6', flags: 'e' });
    expect(splitFlags('-0.7 ')).to.deep.equal({ value: '-0.7', flags: '' });
    expect(splitFlags('31710 ')).to.deep.equal({ value: '31710', flags: '' });
    expect(splitFlags('1.5 bep')).to.deep.equal({ value: '1.5', flags: 'bep' });
    expect(splitFlags(': ')).to.equal(undefined);
    expect(splitFlags(': c')).to.equal(undefined);
    expect(splitFlags(':')).to.equal(undefined);
  });

  it('knows Eurostat groups from countries and regions', () => {
    for (const code of ['EU27_2020', 'EU28', 'EA19', 'EA', 'EU', 'EEA', 'EFTA']) expect(isEurostatAggregate(code), code).to.equal(true);
    for (const code of ['DE', 'EL', 'UK', 'EE', 'ES', 'DE1', 'FR10']) expect(isEurostatAggregate(code), code).to.equal(false);
  });

  it('tells the author how the file was read (a hint, not a note)', async () => {
    const arranged = arrange(await read(GDP));
    expect(arranged.hints).to.deep.equal([
      { code: 'layout', message: 'Read as a Eurostat bulk download (unit,na_item,geo\\time). Write layout="tidy" to read it as a plain table.' },
    ]);
    expect(arranged.notes).to.deep.equal([]);
  });
});

describe('Eurostat bulk TSV: slicing', () => {
  it('where="unit=…" picks a unit; aggregates="exclude" drops EU27_2020, EA19 and EU28 but keeps Greece', async () => {
    const { table, provenance } = await applyLayoutAndSlice(await read(GDP), {
      where: 'unit=CLV10_EUR_HAB', aggregates: 'exclude', years: '2019', roles: ['category', 'value'],
    });
    const geos = records(table).map((row) => row['geo']);
    expect(geos).to.include.members(['DE', 'EL', 'UK', 'AT']);
    expect(geos).not.to.include.members(['EU27_2020']);
    expect(geos.filter((g) => ['EA19', 'EU28', 'EU27_2020'].includes(String(g)))).to.deep.equal([]);
    expect(find(table, { geo: 'AT' })[0]).to.include({ value: '38240' });
    expect(provenance.source).to.equal('Eurostat');
    expect(provenance.notes.join(' ')).to.contain('Units: chain linked volumes (2010), euro per capita.');
  });

  it('countries= finds places by name or by Eurostat code', async () => {
    for (const countries of ['Greece', 'GRC', 'EL']) {
      const { table } = await applyLayoutAndSlice(await read(GDP), { where: 'unit=CLV10_EUR_HAB', countries, roles: ['time', 'value'] });
      expect(new Set(records(table).map((row) => row['geo'])), countries).to.deep.equal(new Set(['EL']));
    }
  });

  it('sex=T is the total: kept without a choice note; the flags of the rows kept become a note', async () => {
    const { table, provenance } = await applyLayoutAndSlice(await read(LIFE), {
      where: 'age=Y_LT1', countries: 'EU28', roles: ['series', 'time', 'value'],
    });
    expect(new Set(records(table).map((row) => row['sex']))).to.deep.equal(new Set(['T']));
    expect(table.rows).to.have.length(17); // 2002–2018
    const notes = provenance.notes.join(' ');
    expect(notes).to.contain('p = provisional (1)');
    expect(notes).to.contain('e = estimated (1)');
    expect(notes).not.to.contain('sex');
  });
});

describe('Eurostat bulk TSV through <lnob-chart>', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  async function draw(markup: string) {
    const { chart, outcome } = mount(markup, 640);
    const drawn = await outcome;
    await chart.updateComplete;
    if (drawn.type === 'lnob-error') throw new Error(`expected a chart, got ${drawn.detail.code}: ${drawn.detail.message}`);
    return { chart, rows: drawn.detail.plan.rows as readonly Readonly<Record<string, unknown>>[] };
  }

  it('a ranked bar of life expectancy at birth: both sexes, countries only, the latest year', async () => {
    const { chart, rows } = await draw(`<lnob-chart eager template="ranked-bar" src="${DIR}/${LIFE}" where="age=Y_LT1" aggregates="exclude"></lnob-chart>`);
    // YR,T,Y_LT1,DE: 81.0 in 2018; YR,T,Y_LT1,FR: 82.9 in 2018.
    expect(rows.map((row) => [row['category'], row['value']])).to.have.deep.members([['Germany', 81.0], ['France', 82.9]]);
    expect(shadowText(chart, '[part="notes"]')).to.contain('2018');
    expect(shadowText(chart, '[part="source"]')).to.contain('Eurostat');
  });

  it('a map of GDP per capita in one unit: Greece and the United Kingdom are on it', async () => {
    const { rows } = await draw(`<lnob-chart eager template="map" src="${DIR}/${GDP}" where="unit=CLV10_EUR_HAB" year-control="none"></lnob-chart>`);
    const value = (geo: string) => rows.find((row) => row['geo'] === geo)?.['value'];
    expect(value('Germany')).to.equal(35970);
    expect(value('Greece')).to.equal(18150);
    expect(value('United Kingdom')).to.equal(32960);
    expect(value('Poland')).to.equal(11820); // 2017, its latest year
  });

  it('a trend with provisional and estimated values says so', async () => {
    const { chart, rows } = await draw(`<lnob-chart eager template="trend" src="${DIR}/${LIFE}" where="age=Y_LT1" countries="EU28"></lnob-chart>`);
    const at = (year: number) => rows.find((row) => row['time'] instanceof Date && row['time'].getUTCFullYear() === year)?.['value'];
    expect(at(2018)).to.equal(81.0);
    expect(at(2014)).to.equal(80.9);
    const notes = shadowText(chart, '[part="notes"]');
    expect(notes).to.contain('p = provisional (1)');
    expect(notes).to.contain('e = estimated (1)');
  });
});
