import { expect } from '@open-wc/testing';
import '../../index.js';
import { cleanup, failed } from '../helpers.js';
import { chartMarkup } from './util.js';

/** A required column holding the wrong kind of data gives the element's plain-words `wrong-type` error. */
const MISTYPED: [template: string, csv: string, column: string][] = [
  ['disaggregation', 'category,group,value\nA,Rural,high\nA,Urban,low', 'value'],
  ['progress', 'time,value\nlast year,10\nthis year,12', 'time'],
  ['trend', 'time,series,value\n2015,A,ten\n2016,A,twelve', 'value'],
  ['stacked', 'category,group,value\nA,Rural,most\nA,Urban,some', 'value'],
  ['waffle', 'category,value\nChildren,half', 'value'],
  ['survey', 'category,value\nYes,many\nNo,few', 'value'],
];

describe('mistyped required columns', () => {
  afterEach(cleanup);
  for (const [template, csv, column] of MISTYPED) {
    it(`${template}: a "${column}" column without ${column === 'time' ? 'years' : 'numbers'} is a wrong-type error`, async () => {
      const { error, alert } = await failed(chartMarkup(template, csv));
      expect(error.code).to.equal('wrong-type');
      expect(alert.textContent).to.contain(`"${column}"`);
    });
  }
});
