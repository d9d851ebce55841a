import { expect } from '@open-wc/testing';
import { analyse } from '../../builder/analyse.js';
import { parseText } from '../../data/parse.js';

const suggested = (csv: string) => analyse(parseText(csv, 'csv', 'pasted')).suggested;

describe('builder: the chart suggested for a table', () => {
  it('suggests a slope chart first for places in two years', () => {
    expect(suggested('region,year,poverty\nNorth,2015,40\nNorth,2022,34\nSouth,2015,20\nSouth,2022,23')[0]).to.equal('slope');
  });

  it('suggests trend lines first for more years, and a slope chart among the others', () => {
    const list = suggested('region,year,poverty\nNorth,2015,40\nNorth,2018,37\nNorth,2022,34\nSouth,2015,20\nSouth,2018,21\nSouth,2022,23');
    expect(list[0]).to.equal('trend');
    expect(list).to.include('slope');
  });

  it('does not suggest a slope chart for one year', () => {
    expect(suggested('region,poverty\nNorth,40\nSouth,20')).to.not.include('slope');
  });
});
