import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { loadCountries, resolveGeo } from '../../data/geo/countries.js';
import { bars, cleanup, rendered, scaledBudget } from '../helpers.js';

/**
 * A 50,000-row UN SDG export, made by repeating the rows of a real one (the
 * food-waste API export) over more series, years and areas, filtered to one
 * series, one sector and one year. Only the outcome is asserted: the right
 * bars, from the right rows. The time limit only catches a hang and grows with
 * the machine's load; how fast it is, is the benchmark's `sdg-50k` case.
 */
describe('a 50,000-row UN SDG export', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  /** The real export's Afghanistan rows (three sectors), repeated for every series, year (1990–2019) and area. */
  async function bigExport(series: readonly string[], areas: readonly number[]): Promise<string> {
    const text = await (await fetch('/test/fixtures/formats/un-sdg-api-food-waste.csv')).text();
    const [header, ...rows] = text.trim().split('\n');
    const afghanistan = rows.filter((row) => row.includes('"Afghanistan"'));
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
    return out.join('\n');
  }
  // Areas: every multiple of 4 from 4 to 560, as M49 codes (4 Afghanistan, 8 Albania, …; a few are regions or unused).
  const AREAS = Array.from({ length: 140 }, (_, i) => 4 * (i + 1));
  const isCountry = (code: number) => resolveGeo(String(code)).kind === 'country';
  before(loadCountries);
  const SLICE = 'series-code="AG_FOOD_WST" where="Food Waste Sector=HHS" years="2019" aggregates="exclude"';

  async function drawn(text: string) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
    try {
      return (await rendered(`<lnob-chart eager format="csv" src="${url}" ${SLICE}></lnob-chart>`)).chart;
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  it('filtered to one series renders one bar per country', async function () {
    this.timeout(scaledBudget(20_000));
    const text = await bigExport(['AG_FOOD_WST', 'AG_FOOD_WST_PC', 'AG_FOOD_WST_X', 'AG_FOOD_WST_Y'], AREAS);
    expect(text.split('\n').length - 1).to.equal(50_400);
    const chart = await drawn(text);
    // Codes that are countries stay (one bar each); M49 regions among them are aggregates and go.
    expect(bars(chart)).to.have.length(AREAS.filter(isCountry).length);
    expect(chart.shadowRoot!.querySelector('[part="notes"]')!.textContent).to.not.contain('several');
  });

  it('more rows than a chart can draw is fine once sliced (the ceiling counts the rows drawn)', async function () {
    this.timeout(scaledBudget(30_000));
    const series = Array.from({ length: 8 }, (_, i) => (i === 0 ? 'AG_FOOD_WST' : `AG_FOOD_WST_${i}`));
    const text = await bigExport(series, AREAS);
    expect(text.split('\n').length - 1).to.equal(100_800);
    const chart = await drawn(text);
    expect(bars(chart)).to.have.length(AREAS.filter(isCountry).length);
  });
});
