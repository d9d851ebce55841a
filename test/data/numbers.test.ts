import { expect } from '@open-wc/testing';
import { decimalMarkOf, inferDecimal, parseNumber } from '../../data/numbers.js';

describe('number rules', () => {
  it('reads plain, grouped, signed and percent numbers', () => {
    expect(parseNumber('70', '.')).to.equal(70);
    expect(parseNumber('69.5', '.')).to.equal(69.5);
    expect(parseNumber('1,234,567.8', '.')).to.equal(1234567.8);
    expect(parseNumber('1.234.567,8', ',')).to.equal(1234567.8);
    expect(parseNumber('1 234,5', ',')).to.equal(1234.5);
    expect(parseNumber('1\u202f234,5', ',')).to.equal(1234.5);
    expect(parseNumber('−12', '.')).to.equal(-12);
    expect(parseNumber('+3', '.')).to.equal(3);
    expect(parseNumber('70%', '.')).to.equal(70);
    expect(parseNumber('.5', '.')).to.equal(0.5);
    expect(parseNumber('1e3', '.')).to.equal(1000);
  });

  it('treats the spreadsheet markers for missing values as missing', () => {
    for (const marker of ['', ' ', 'NA', 'n/a', '..', '-', 'NaN']) expect(parseNumber(marker, '.'), marker).to.equal(null);
  });

  it('rejects text, bad grouping and infinities', () => {
    for (const bad of ['seventy', '1,5', '12,34,5', 'Infinity', '1.2.3', '--1', '70 %%']) expect(parseNumber(bad, '.'), bad).to.equal(undefined);
  });

  it('keeps leading zeros as numbers, never as dates', () => {
    expect(parseNumber('007', '.')).to.equal(7);
    expect(parseNumber('1,5', ',')).to.equal(1.5);
  });

  it('infers the decimal mark from a column when its values make it clear', () => {
    expect(inferDecimal(['1,5', '2'])).to.deep.equal({ mark: ',' });
    expect(inferDecimal(['1.234,5'])).to.deep.equal({ mark: ',' });
    expect(inferDecimal(['1,234,567'])).to.deep.equal({ mark: '.' });
    expect(inferDecimal(['0,125'])).to.deep.equal({ mark: ',' });
    expect(inferDecimal(['1,500', '2,250'])).to.deep.equal({ mark: null, ambiguous: true, conflict: false });
    expect(inferDecimal(['1.5', '1,5'])).to.deep.equal({ mark: null, ambiguous: false, conflict: true });
    expect(inferDecimal(['1', '2'])).to.deep.equal({ mark: null, ambiguous: false, conflict: false });
  });

  it('knows the decimal mark of a language from Intl', () => {
    expect(decimalMarkOf('en')).to.equal('.');
    expect(decimalMarkOf('fr')).to.equal(',');
    expect(decimalMarkOf('pt-BR')).to.equal(',');
    expect(decimalMarkOf('not a language!')).to.equal('.');
  });
});
