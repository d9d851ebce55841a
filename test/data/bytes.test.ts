import { expect } from '@open-wc/testing';
import { errorOf } from './error-of.js';
import { decodeBytes, parseBytes, parseText } from '../../data/parse.js';
import { typeRows } from '../../data/typing.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import type { RawTable } from '../../data/table.js';
import type { RoleDef } from '../../templates/types.js';

/**
 * Reading the bytes of files CSOs really download (issue 17 point 5, issue 18):
 * delimiters, encodings, bounds such as "<5", footnote rows and ambiguous CSV.
 * Fixtures are in test/fixtures/bytes/ (origins in its README).
 */
const DIR = '/raw/test/fixtures/bytes'; // the bytes as on disk (test/server-middleware.js)

const ROLES: RoleDef[] = [
  { name: 'category', type: 'nominal', required: true, meaning: 'the name of each bar' },
  { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each bar' },
];

async function bytesOf(name: string): Promise<ArrayBuffer> {
  return (await fetch(`${DIR}/${name}`)).arrayBuffer();
}

/** As load.ts reads a file: its bytes, the format its name says. */
async function file(name: string): Promise<RawTable> {
  const format = name.endsWith('.csv') ? 'csv' : name.endsWith('.tsv') ? 'tsv' : undefined;
  return parseBytes(await bytesOf(name), format, name, format ? 'name' : 'none');
}

const hintCodes = (table: RawTable) => (table.hints ?? []).map((hint) => hint.code);

describe('reading bytes: delimiters', () => {
  it('a tab-separated file named .csv is read as tabs, and the author is told', async () => {
    const table = await file('tab-separated.csv');
    expect(table.columns).to.deep.equal(['region', 'poverty_rate']);
    expect(table.rows).to.have.length(3);
    expect(table.hints![0]!.code).to.equal('delimiter');
    expect(table.hints![0]!.message).to.contain('tab-separated').and.to.contain('named .csv');
  });

  it('a semicolon file with decimal commas types 36,1 as 36.1', async () => {
    const table = await file('semicolon-decimal-comma.csv');
    expect(table.columns).to.deep.equal(['Country', 'Value']);
    const typed = typeRows(table, ROLES, { columns: { category: 'Country', value: 'Value' } });
    expect(typed.rows.map((row) => row.value)).to.deep.equal([36.1, 41.3, 26.4]);
  });

  it('format="tsv" on a clearly comma-separated file reads commas (the lines win when the stated delimiter is not in them)', () => {
    const table = parseText('name,value\nA,1\nB,2\n', 'tsv', 'x.txt', 'attribute');
    expect(table.columns).to.deep.equal(['name', 'value']);
    expect(table.hints![0]!.message).to.contain('format="tsv"').and.to.contain('comma-separated');
  });

  it('inline data whose script type says CSV but whose lines use tabs: the hint names the script', () => {
    const table = parseText('name\tvalue\nA\t1\n', 'csv', 'inline');
    expect(table.columns).to.deep.equal(['name', 'value']);
    expect(table.hints![0]!.message).to.contain('<script> type says CSV');
  });

  it('format wins a tie: both delimiters fit every line', () => {
    const text = 'a,b\tc\n1,2\t3\n';
    expect(parseText(text, 'tsv', 'x', 'attribute').columns).to.deep.equal(['a,b', 'c']);
    expect(parseText(text, 'csv', 'x', 'attribute').columns).to.deep.equal(['a', 'b\tc']);
  });

  it('delimiters inside quotes do not count', () => {
    const table = parseText('name,"share; %"\n"Congo; Dem. Rep.",3\n"A; B",4\n', 'csv', 'x', 'name');
    expect(table.columns).to.deep.equal(['name', 'share; %']);
    expect(table.hints).to.equal(undefined);
  });

  it('a tab file whose numbers have thousands commas stays tab-separated', () => {
    const table = parseText('country\tpopulation\nKenya\t53,771,296\nChad\t16,425,864\n', 'csv', 'x.csv', 'name');
    expect(table.rows).to.deep.equal([
      ['Kenya', '53,771,296'],
      ['Chad', '16,425,864'],
    ]);
  });

  it('a semicolon file whose header has a comma is still read by its semicolons', () => {
    const table = parseText('Country;Value, %\nKenya;36,1\nChad;40\n', 'csv', 'x.csv', 'name');
    expect(table.columns).to.deep.equal(['Country', 'Value, %']);
  });

  it('a one-column file is read as one column, with no hint', () => {
    const table = parseText('name\nA\nB\n', 'csv', 'x.csv', 'name');
    expect(table.columns).to.deep.equal(['name']);
    expect(table.hints).to.equal(undefined);
  });
});

describe('reading bytes: encodings', () => {
  it('valid UTF-8 is read as it is, with no hint', () => {
    const decoded = decodeBytes(new TextEncoder().encode('country,value\nCôte d’Ivoire,1\n'));
    expect(decoded.text).to.contain('Côte d’Ivoire');
    expect(decoded.hints).to.deep.equal([]);
  });

  it('a Windows-1252 file (Excel on Windows) is decoded, including its curly apostrophe, and the author is told', async () => {
    const table = await file('windows-1252.csv');
    expect(table.rows.map((row) => row[0])).to.deep.equal(['Côte d’Ivoire', 'São Tomé and Príncipe', 'Bénin']);
    expect(hintCodes(table)).to.deep.equal(['encoding']);
    expect(table.hints![0]!.message).to.contain('Windows-1252').and.to.contain('Côte');
  });

  it('a genuine ISO-8859-1 file (CSV-test-files) reads Hélène', async () => {
    const table = await file('csv-test-files-iso-8859-1.csv');
    expect(table.rows[2]).to.deep.equal(['Hélène', 'Mahé', '42']);
  });

  it('a genuine Latin-1, semicolon, decimal-comma export (Open Medic) reads its accents and numbers', async () => {
    const table = await file('open-medic-latin1-semicolon.csv');
    expect(table.columns).to.include('l_ATC1').and.to.include('BSE');
    expect(table.rows[0]![table.columns.indexOf('l_ATC1')]).to.equal('Système digestif et métabolisme');
    const typed = typeRows(table, ROLES, { columns: { category: 'L_ATC5', value: 'BSE' } });
    expect(typed.rows[0]!.value).to.equal(186.31);
    expect(hintCodes(table)).to.include('encoding').and.to.include('delimiter');
  });

  it('Excel\'s "Unicode text" (UTF-16 LE with a BOM, tab-separated) is read', async () => {
    const table = await file('utf16le-unicode-text.txt');
    expect(table.columns).to.deep.equal(['country', 'value']);
    expect(table.rows.map((row) => row[0])).to.deep.equal(["Côte d'Ivoire", 'São Tomé and Príncipe', 'Bénin']);
    expect(table.hints).to.equal(undefined);
  });

  it('UTF-16 BE with a BOM named .csv is read, as tabs', async () => {
    const table = await file('utf16be.csv');
    expect(table.rows[1]).to.deep.equal(['São Tomé and Príncipe', '25.7']);
    expect(hintCodes(table)).to.deep.equal(['delimiter']);
  });

  it('UTF-16 LE without a BOM is recognised, not called "not a text file"', async () => {
    const table = await file('utf16le-no-bom.csv');
    expect(table.rows).to.have.length(3);
    expect(hintCodes(table)).to.include('encoding');
  });

  it('the UTF-8 BOM of a genuine DataBank download is stripped', async () => {
    const table = await file('world-bank-databank-footer.csv');
    expect(table.columns[0]).to.equal('Series Name');
  });
});

describe('reading bytes: values given as bounds', () => {
  it('"<5" and ">95" are left out, and one note says how many with an example', async () => {
    const table = await file('bounds.csv');
    const typed = typeRows(table, [...ROLES, { name: 'time', type: 'temporal', required: false, meaning: 'the year' }], {
      columns: { category: 'country', time: 'year' },
    });
    expect(typed.rows.map((row) => row.value)).to.deep.equal([null, 12.5, null, null, 8.25]);
    expect(typed.notes).to.deep.equal(['3 values given as bounds (e.g. Chad 2019: <5) are not drawn.']);
  });

  it('one bound is one value, in the singular; a row without a name is named by its row', () => {
    const one = typeRows(parseText('category,value\nA,<0.1\nB,2\n', 'csv', 'x'), ROLES, { columns: {} });
    expect(one.notes).to.deep.equal(['1 value given as a bound (A: <0.1) is not drawn.']);
    const noName = typeRows(parseText('value\n≤ 2.5\n3\n', 'csv', 'x'), [ROLES[1]!], { columns: {} });
    expect(noName.notes).to.deep.equal(['1 value given as a bound (row 2: ≤ 2.5) is not drawn.']);
  });

  it('a comparison sign before text that is not a number is still a wrong-type error', () => {
    const table = parseText('category,value\nA,<abc\n', 'csv', 'x');
    expect(errorOf(() => typeRows(table, ROLES, { columns: {} })).code).to.equal('wrong-type');
  });

  it('no bounds, no notes', () => {
    expect(typeRows(parseText('category,value\nA,1\n', 'csv', 'x'), ROLES, { columns: {} }).notes).to.equal(undefined);
  });
});

describe('reading bytes: footnote rows', () => {
  it('notes under a blank line are dropped from the rows and kept as source and notes; missing values stay data', async () => {
    const table = await file('footnotes.csv');
    expect(table.rows.map((row) => row[0])).to.deep.equal(['Nairobi', 'Mombasa', 'Kisumu', 'Turkana']);
    expect(table.source).to.equal('KNBS, Kenya Integrated Household Budget Survey 2015/16');
    expect(table.notes).to.deep.equal(['Note: values are illustrative.']);
  });

  it('"Source:" and "Note:" rows right under the data are footnotes; a name with an empty value before them is data', () => {
    const table = parseText('name,value\nA,1\nB,\nSource: KNBS\nNote: 2019 is provisional\n', 'csv', 'x');
    expect(table.rows).to.deep.equal([
      ['A', '1'],
      ['B', ''],
    ]);
    expect(table.source).to.equal('KNBS');
    expect(table.notes).to.deep.equal(['Note: 2019 is provisional']);
  });

  it('a last row with only a name is data, not a footnote', () => {
    const table = parseText('name,value\nA,1\nB,\n', 'csv', 'x');
    expect(table.rows).to.have.length(2);
    expect(table.notes).to.equal(undefined);
  });

  it('names with empty values after a blank line are data, not notes', () => {
    const table = parseText('name,value\nA,1\n\nB,\nC,\n', 'csv', 'x');
    expect(table.rows.map((row) => row[0])).to.deep.equal(['A', 'B', 'C']);
    expect(table.notes).to.equal(undefined);
  });

  it('a one-column file keeps every row', () => {
    expect(parseText('name\nA\n\nSource: me\n', 'csv', 'x').rows).to.have.length(2);
  });

  it('a genuine DataBank download: its footer is not data, and becomes the source line', async () => {
    const table = await file('world-bank-databank-footer.csv');
    expect(table.rows).to.have.length(11);
    expect(table.rows.every((row) => row[2] !== '')).to.equal(true);
    expect(table.meta).to.deep.include({ 'Data from database': 'World Development Indicators', 'Last Updated': '12/22/2015' });
    expect(table.notes).to.equal(undefined);
    const sliced = await applyLayoutAndSlice(table, { roles: ['category', 'value'], countries: 'Kenya' });
    expect(sliced.layout).to.equal('world-bank');
    expect(sliced.provenance.source).to.equal('World Bank, World Development Indicators (last updated 12/22/2015)');
  });
});

describe('reading bytes: ambiguous CSV is a parse-error naming the line', () => {
  it('an unclosed quote', () => {
    const error = errorOf(() => parseText('name,value\nUganda,3\n"Kenya,12\nChad,4\n', 'csv', 'x.csv'));
    expect(error.code).to.equal('parse-error');
    expect(error.message).to.contain('line 3').and.to.contain('never closed');
  });

  it('text after a closing quote', () => {
    const error = errorOf(() => parseText('name,value\n"B"x,2\n', 'csv', 'x.csv'));
    expect(error.code).to.equal('parse-error');
    expect(error.message).to.contain('line 2').and.to.contain('"B"').and.to.contain('"x"').and.to.contain('comma');
  });

  it('a number written with a thousands comma', () => {
    const error = errorOf(() => parseText('name,value\nB,7\nA,1,234\n', 'csv', 'x.csv'));
    expect(error.code).to.equal('parse-error');
    expect(error.message).to.contain('line 3 has 3 cells but the header has 2').and.to.contain('"1,234"').and.to.contain('(1234)');
  });

  it('a number with two thousands commas, and the line counted past a quoted line break', () => {
    const error = errorOf(() => parseText('name,value\n"Two\nlines",1\nA,1,234,567\n', 'csv', 'x.csv'));
    expect(error.message).to.contain('line 4 has 4 cells').and.to.contain('"1,234,567"');
  });

  it('extra cells that are not a number: the message says to quote the cell', () => {
    const error = errorOf(() => parseText('name,value\nCongo, Dem. Rep.,3\n', 'csv', 'x.csv'));
    expect(error.message).to.contain('line 2 has 3 cells').and.to.contain('Put quotes around');
  });

  it('fewer cells than the header, empty extra cells and quotes inside a cell are fine', () => {
    expect(parseText('a,b,c\n1,2\n', 'csv', 'x').rows).to.deep.equal([['1', '2']]);
    expect(parseText('a,b\n1,2,,\n', 'csv', 'x').rows).to.deep.equal([['1', '2', '', '']]);
    expect(parseText('name,value\n5" screen,3\n"say ""hi""",4\n', 'csv', 'x').rows).to.deep.equal([
      ['5" screen', '3'],
      ['say "hi"', '4'],
    ]);
  });
});
