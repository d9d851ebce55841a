import { expect } from '@open-wc/testing';
import { errorOf } from './error-of.js';
import { dedent, formatFromUrl, parseText } from '../../data/parse.js';
import { typeRows } from '../../data/typing.js';
import type { RoleDef } from '../../templates/types.js';

const ROLES: RoleDef[] = [
  { name: 'category', type: 'nominal', required: true, meaning: 'the name of each bar' },
  { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each bar' },
];

describe('parsing', () => {
  it('parses quoted CSV with commas and newlines in cells', () => {
    const table = parseText('name,value\n"Congo, Dem. Rep.",3\n"Line\nbreak",4\n', 'csv', 'the data');
    expect(table.columns).to.deep.equal(['name', 'value']);
    expect(table.rows.map((r) => r[0])).to.deep.equal(['Congo, Dem. Rep.', 'Line\nbreak']);
  });

  it('strips the BOM, trims header names and notes duplicate headers', () => {
    const table = parseText('\ufeff year , value,value\n2015,1,2\n', 'csv', 'the data');
    expect(table.columns).to.deep.equal(['year', 'value', 'value']);
    expect(table.duplicates).to.deep.equal(['value']);
  });

  it('drops the empty trailing columns spreadsheets add', () => {
    const table = parseText('a,b,,\n1,2,,\n', 'csv', 'the data');
    expect(table.columns).to.deep.equal(['a', 'b']);
  });

  it('sniffs JSON, TSV and semicolon CSV when no format is given', () => {
    expect(parseText('[{"a":1}]', undefined, 'x').columns).to.deep.equal(['a']);
    expect(parseText('a\tb\n1\t2', undefined, 'x').columns).to.deep.equal(['a', 'b']);
    expect(parseText('a;b\n1,5;2', undefined, 'x').rows[0]).to.deep.equal(['1,5', '2']);
  });

  it('names the format from the URL, including Google Sheets CSV links', () => {
    expect(formatFromUrl('data/x.CSV?v=2')).to.equal('csv');
    expect(formatFromUrl('x.tsv')).to.equal('tsv');
    expect(formatFromUrl('https://docs.google.com/spreadsheets/d/e/ID/pub?gid=0&single=true&output=csv')).to.equal('csv');
    expect(formatFromUrl('data')).to.equal(undefined);
  });

  it('dedents inline text', () => {
    expect(dedent('\n    a,b\n    1,2\n  ')).to.equal('a,b\n1,2');
  });

  it('refuses binary junk and web pages with a plain message', () => {
    expect(errorOf(() => parseText('ab\u0000cd', 'csv', 'the file "x.csv"')).code).to.equal('parse-error');
    expect(errorOf(() => parseText('<!DOCTYPE html><p>hi', 'csv', 'the file "x.csv"')).message).to.contain('web page');
  });
});

describe('typing by role', () => {
  const table = (csv: string) => parseText(csv, 'csv', 'the data');

  it('converts a column by its role and keeps the % unit', () => {
    const typed = typeRows(table('category,value\nA,70%\nB,\nC,55.5%\n'), ROLES, { columns: {} });
    expect(typed.rows).to.deep.equal([
      { category: 'A', value: 70 },
      { category: 'B', value: null },
      { category: 'C', value: 55.5 },
    ]);
    expect(typed.units).to.deep.equal({ value: '%' });
  });

  it('keeps a numeric column numeric when one cell is NA', () => {
    const typed = typeRows(table('category,value\nA,1\nB,NA\n'), ROLES, { columns: {} });
    expect(typed.rows.map((r) => r['value'])).to.deep.equal([1, null]);
  });

  it('keeps category codes as text (leading zeros survive)', () => {
    const typed = typeRows(table('category,value\n007,1\n'), ROLES, { columns: {} });
    expect(typed.rows[0]!['category']).to.equal('007');
  });

  it('matches column names case-insensitively and by <role>-column', () => {
    const typed = typeRows(table('Region,Rate\nA,1\n'), ROLES, { columns: { category: 'region', value: 'RATE' } });
    expect(typed.columns).to.deep.equal({ category: 'Region', value: 'Rate' });
  });

  it('decides the decimal mark by the decimal attribute, the column, then the language', () => {
    const csv = 'category,value\nA,"1,500"\n';
    expect(typeRows(table(csv), ROLES, { columns: {}, decimal: ',' }).rows[0]!['value']).to.equal(1.5);
    expect(typeRows(table(csv), ROLES, { columns: {}, lang: 'en' }).rows[0]!['value']).to.equal(1500);
    expect(typeRows(table(csv), ROLES, { columns: {}, lang: 'de' }).rows[0]!['value']).to.equal(1.5);
    expect(typeRows(table('category,value\nA,"1,5"\n'), ROLES, { columns: {}, lang: 'en' }).rows[0]!['value']).to.equal(1.5);
    expect(errorOf(() => typeRows(table(csv), ROLES, { columns: {} })).code).to.equal('wrong-type');
  });

  it('reports what could not be converted by row and column', () => {
    const error = errorOf(() => typeRows(table('category,value\nA,1\nB,lots\nC,x\n'), ROLES, { columns: {} }));
    expect(error.code).to.equal('wrong-type');
    expect(error.message).to.contain('"value"').and.contain('row 3 has "lots"').and.contain('row 4 has "x"');
  });

  it('suggests the numeric column for a missing value role', () => {
    const error = errorOf(() => typeRows(table('category,poverty_rate\nA,1\n'), ROLES, { columns: {} }));
    expect(error.code).to.equal('missing-column');
    expect(error.message).to.contain('value-column="poverty_rate"');
  });

  it('types years and dates for temporal roles', () => {
    const roles: RoleDef[] = [{ name: 'time', type: 'temporal', required: true, meaning: 'the year' }];
    const typed = typeRows(table('time\n2015\n2016-06\n2017-01-31\n'), roles, { columns: {} });
    expect(typed.rows.map((r) => (r['time'] as Date).toISOString().slice(0, 10))).to.deep.equal(['2015-01-01', '2016-06-01', '2017-01-31']);
    expect(errorOf(() => typeRows(table('time\nlast year\n'), roles, { columns: {} })).code).to.equal('wrong-type');
  });
});
