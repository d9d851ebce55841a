/**
 * Title lines above the header and notes below the data (data/preamble.ts), on the genuine Destatis
 * GENESIS table in test/fixtures/formats/ (see its README). Values were read by hand in the file. The file is
 * ISO-8859-1, and the test server hands it over as UTF-8 with its three non-ASCII bytes (ö, ü, ©) lost; decoding
 * is not what these tests check, so those letters are matched by `.` (see `german`).
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { detectLayout } from '../../data/layouts/index.js';
import { parseText } from '../../data/parse.js';
import { splitPreamble } from '../../data/preamble.js';
import { cleanup, failed, rendered, shadowText } from '../helpers.js';

const DIR = '/test/fixtures/formats';
const DESTATIS = 'destatis-12411-0001-population.csv';

async function served(name: string): Promise<string> {
  return (await fetch(`${DIR}/${name}`)).text();
}

/** A whole-string pattern for German text in which ö, ü and © may have been lost in transit. */
function german(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[öü©]/g, '.')}$`);
}

describe('preamble: title lines above the header, notes below the data', () => {
  it('finds the GENESIS header under six title lines, joining its two header lines', async () => {
    const found = splitPreamble(await served(DESTATIS))!;
    expect(found.delimiter).to.equal(';');
    expect(found.body.split('\n')[0]).to.match(german(';Bevölkerungsstand Anzahl'));
    expect(found.body.split('\n')[1]).to.equal('31.12.1950;50958125');
    expect(found.body.trim().split('\n').at(-1)).to.equal('31.12.2018;83019213');
  });

  it('keeps the title lines and the footer as meta: title, source, notes', async () => {
    const { meta } = splitPreamble(await served(DESTATIS))!;
    expect(meta['GENESIS-Tabelle']).to.equal('12411-0001');
    expect(meta['title']).to.match(german('Bevölkerung: Deutschland, Stichtag'));
    expect(meta['preamble']).to.match(german('GENESIS-Tabelle: 12411-0001 · Bevölkerung: Deutschland, Stichtag · Fortschreibung des Bevölkerungsstandes · Deutschland'));
    expect(meta['source']).to.match(german('© Statistisches Bundesamt (Destatis), 2020 · Stand: 26.04.2020 / 14:30:12'));
    // The quoted two-paragraph note, on one line; the "__________" separator is dropped.
    expect(meta['notes']).to.match(german('Bis 1989: Früheres Bundesgebiet Ab 2011: Ergebnisse auf Grundlage des Zensus 2011.'));
  });

  it('parseText reads the table under the preamble: 12 rows, two columns, the footer gone', async () => {
    const table = parseText(await served(DESTATIS), 'csv', DESTATIS);
    expect(table.columns).to.have.length(2);
    expect(table.columns[0]).to.equal('');
    expect(table.columns[1]).to.match(german('Bevölkerungsstand Anzahl'));
    expect(table.rows).to.have.length(12);
    expect(table.rows[0]).to.deep.equal(['31.12.1950', '50958125']);
    expect(table.rows[11]).to.deep.equal(['31.12.2018', '83019213']);
    expect(table.meta?.['source']).to.contain('Statistisches Bundesamt');
    expect(detectLayout(table).id).to.equal('tidy');
  });

  it('leaves every other genuine file as it was (the World Bank preamble still read by its own rule)', async () => {
    for (const name of [
      'un-sdg-api-food-waste.csv', 'un-sdg-pre-primary-by-sex.csv', 'open-sdg-uk-neonatal-3-2-2.csv', 'open-sdg-kg-poverty-1-2-1.csv',
      'world-bank-databank-gdp-per-capita.csv', 'sdsn-sdr-2023.csv', 'who-gho-life-expectancy-by-sex.csv', 'who-gho-anti-tobacco-campaign.csv',
      'eurostat-sdg-08-10-gdp-per-capita.tsv', 'eurostat-life-expectancy-by-sex-age.tsv',
    ]) {
      expect(splitPreamble(await (await fetch(`${DIR}/${name}`)).text()), name).to.equal(undefined);
    }
    const worldBank = parseText(await (await fetch(`${DIR}/world-bank-life-expectancy.csv`)).text(), 'csv', 'wb');
    expect(worldBank.columns[0]).to.equal('Country Name');
    expect(worldBank.meta?.['Last Updated Date']).to.equal('2015-07-28');
    expect(worldBank.meta?.['preamble']).to.equal(undefined);
  });

  it('a table that starts on its first line is left alone, footer and ragged rows included', () => {
    expect(splitPreamble('region,value\nNorth,1\nSouth,2\n\nSource: a survey\n')).to.equal(undefined);
    // Rows longer than their header (a trailing comma): the header is not taken for a title.
    expect(splitPreamble('region,value\nNorth,1,\nSouth,2,\nEast,3,\n')).to.equal(undefined);
  });

  it('a quoted cell with line breaks inside the data does not end the table', () => {
    const found = splitPreamble('Poverty by region\n\nregion,note,value\nNorth,"two\nlines",1\nSouth,x,2\n\nSource: Household survey 2020\n')!;
    expect(found.body).to.equal('region,note,value\nNorth,"two\nlines",1\nSouth,x,2');
    expect(found.meta).to.deep.include({ title: 'Poverty by region', source: 'Source: Household survey 2020' });
  });
});

describe('preamble through <lnob-chart>', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('a table with title lines draws, with the footer in the source line and notes (a made-up file in the GENESIS shape)', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="ranked-bar"><script type="text/csv">
      Table 1: Poverty rate by region
      Household survey
      category;value
      North;31.5
      South;12.25
      __________
      Values for 2020 are provisional.
      © National Statistics Office, 2021
    </script></lnob-chart>`);
    const drawn = [...chart.shadowRoot!.querySelectorAll('g.role-axis-label text')].map((t) => t.textContent);
    expect(drawn).to.include.members(['North', 'South']);
    expect(shadowText(chart, '[part="source"]')).to.contain('© National Statistics Office, 2021');
    const notes = shadowText(chart, '[part="notes"]');
    expect(notes).to.contain('Values for 2020 are provisional.');
    expect(notes).not.to.contain('__________');
    expect(notes).not.to.contain('National Statistics Office');
  });

  it('the Destatis table reaches the chart without its title lines (its unnamed date column is not yet read as time)', async () => {
    const text = await served(DESTATIS); // a script's text is raw: nothing to escape
    const { error } = await failed(`<lnob-chart eager template="trend"><script type="text/csv">${text}</script></lnob-chart>`);
    expect(error.code).to.equal('missing-column');
    expect(error.message).to.match(/Bev.lkerungsstand Anzahl/);
    expect(error.message).not.to.contain('GENESIS');
  });
});
