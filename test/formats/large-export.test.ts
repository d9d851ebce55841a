import { expect } from '@open-wc/testing';
import '../../index.js';
import { isCountryM49 } from '../../data/layouts/countries.js';
import { clearDataCache } from '../../data/load.js';
import { bars, cleanup, rendered } from '../helpers.js';

/**
 * A 50,000-row UN SDG export, made by repeating the rows of a real one (the
 * food-waste API export) over more series, years and areas, filtered to one
 * series, one sector and one year. Only the outcome is asserted (the test
 * runner's 20 s limit is the time budget): the right bars, from the right rows.
 */
describe('a 50,000-row UN SDG export', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('filtered to one series renders one bar per country', async () => {
    const text = await (await fetch('/test/fixtures/formats/un-sdg-api-food-waste.csv')).text();
    const [header, ...rows] = text.trim().split('\n');
    const afghanistan = rows.filter((row) => row.includes('"Afghanistan"')); // three sectors
    // Areas: every multiple of 4 from 4 to 560, as M49 codes (4 Afghanistan, 8 Albania, …; a few are regions or unused).
    const areas = Array.from({ length: 140 }, (_, i) => 4 * (i + 1));
    const series = ['AG_FOOD_WST', 'AG_FOOD_WST_PC', 'AG_FOOD_WST_X', 'AG_FOOD_WST_Y'];
    const out: string[] = [header!];
    for (const code of series) {
      for (let year = 1990; year < 2020; year++) {
        for (const area of areas) {
          for (const row of afghanistan) {
            out.push(
              row
                .replace('"AG_FOOD_WST"', `"${code}"`)
                .replace('"4","Afghanistan","2019"', `"${area}","Area ${area}","${year}"`)
                .replace(/,"2019",""/, `,"${year}",""`),
            );
          }
        }
      }
    }
    expect(out.length - 1).to.equal(50_400);
    const url = URL.createObjectURL(new Blob([out.join('\n')], { type: 'text/csv' }));
    try {
      const { chart } = await rendered(
        `<lnob-chart eager format="csv" src="${url}" series-code="AG_FOOD_WST" where="Food Waste Sector=HHS" years="2019" aggregates="exclude"></lnob-chart>`,
      );
      // Codes that are countries stay (one bar each); M49 regions among them are aggregates and go.
      expect(bars(chart)).to.have.length(areas.filter((code) => isCountryM49(code)).length);
      expect(chart.shadowRoot!.querySelector('[part="notes"]')!.textContent).to.not.contain('several');
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
