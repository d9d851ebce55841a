import { expect } from '@open-wc/testing';
import { parseText } from '../../data/parse.js';
import { typeRows } from '../../data/typing.js';
import type { RawTable } from '../../data/table.js';
import type { RoleDef } from '../../templates/types.js';

/**
 * Reading the bytes of files CSOs really download (issue 17 point 5, issue 18):
 * delimiters.
 * Fixtures are in test/fixtures/bytes/ (origins in its README).
 */
const DIR = '/test/fixtures/bytes';

const ROLES: RoleDef[] = [
  { name: 'category', type: 'nominal', required: true, meaning: 'the name of each bar' },
  { name: 'value', type: 'quantitative', required: true, meaning: 'the number for each bar' },
];

/** As load.ts reads a file: its text, the format its name says. */
async function file(name: string): Promise<RawTable> {
  const format = name.endsWith('.csv') ? 'csv' : name.endsWith('.tsv') ? 'tsv' : undefined;
  return parseText(await (await fetch(`${DIR}/${name}`)).text(), format, name, format ? 'name' : 'none');
}

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
