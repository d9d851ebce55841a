import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import type { LnobChart } from '../../index.js';
import { bars, cleanup, failed, labels, nextOutcome, rendered, shadowText, svgOf } from '../helpers.js';

/**
 * Real downloads, trimmed from genuine exports (see test/fixtures/formats/README.md),
 * drawn through <lnob-chart> with only the attributes a campaigner would write.
 */
const DIR = '/test/fixtures/formats';
const FOOD_WASTE = `${DIR}/un-sdg-api-food-waste.csv`;
const PRE_PRIMARY = `${DIR}/un-sdg-pre-primary-by-sex.csv`;
const LIFE = `${DIR}/world-bank-life-expectancy.csv`;
const NEONATAL = `${DIR}/open-sdg-uk-neonatal-3-2-2.csv`;
const KG_POVERTY = `${DIR}/open-sdg-kg-poverty-1-2-1.csv`;

/** Names on the category axis, top to bottom. */
function axisNames(chart: LnobChart): string[] {
  return [...svgOf(chart).querySelectorAll('g.role-axis-label text')]
    .filter((t) => /[A-Za-z]/.test(t.textContent ?? ''))
    .map((t) => t.textContent ?? '');
}
const marks = (chart: LnobChart, selector: string) => svgOf(chart).querySelectorAll(selector).length;
const notes = (chart: LnobChart) => shadowText(chart, '[part="notes"]');
const source = (chart: LnobChart) => shadowText(chart, '[part="source"]');
const title = (chart: LnobChart) => shadowText(chart, '[part="title"]');

async function expectNoRows(markup: string, ...phrases: string[]) {
  const { error, alert } = await failed(markup);
  expect(error.code).to.equal('no-matching-rows');
  for (const phrase of phrases) expect(alert.textContent).to.contain(phrase);
  return error.message;
}

describe('real files: UN SDG Global Database', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('reads an API export with [bracketed] dimensions; where and aggregates pick the rows; provenance fills the chart', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager src="${FOOD_WASTE}" where="Food Waste Sector=HHS" aggregates="exclude"></lnob-chart>`,
    );
    expect(bars(chart)).to.have.length(2);
    expect(axisNames(chart)).to.have.members(['Afghanistan', 'Albania']);
    expect(title(chart)).to.equal('Food waste (Tonnes)');
    expect(source(chart)).to.equal('Source: Food Waste Index Report 2021 / WESR');
    expect(notes(chart)).to.contain('Units: tonnes.');
    expect(notes(chart)).to.contain('2 of 2 estimated (Nature E)');
    expect(notes(chart)).to.contain('Very Low Confidence');
  });

  it('a breakdown with no total (Food Waste Sector) is never picked: the error names its values and where', async () => {
    const { error, alert } = await failed(`<lnob-chart eager src="${FOOD_WASTE}"></lnob-chart>`);
    expect(error.code).to.equal('ambiguous-rows');
    expect(alert.textContent).to.contain('Food Waste Sector values (OOHC, RTL, HHS)').and.to.contain('where="Food Waste Sector=OOHC"');
  });

  it('a where value the file lacks lists the values it has', async () => {
    const message = await expectNoRows(`<lnob-chart eager src="${FOOD_WASTE}" where="food waste sector=Retail"></lnob-chart>`);
    expect(message).to.contain('No rows for Food Waste Sector=Retail; the file has Food Waste Sector = OOHC, RTL, HHS.');
  });

  it('a where column the file lacks lists its columns', async () => {
    const { error } = await failed(`<lnob-chart eager src="${FOOD_WASTE}" where="Sex=FEMALE"></lnob-chart>`);
    expect(error.code).to.equal('missing-column');
    expect(error.message).to.contain('There is no column "Sex"');
    expect(error.message).to.contain('Food Waste Sector');
  });

  it('website export: ranked bars take the totals (BOTHSEX) of one year', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${PRE_PRIMARY}" years="2010"></lnob-chart>`);
    expect(bars(chart)).to.have.length(2);
    expect(axisNames(chart)).to.have.members(['World', 'Albania']);
    expect(labels(chart)).to.have.members(['64.78%', '74.16%']);
    expect(notes(chart)).to.contain('1 of 2 estimated (Nature E)');
    expect(source(chart)).to.contain('UNESCO Institute for Statistics');
  });

  it('the campaigner\'s example error: Sex=F lists FEMALE, BOTHSEX, MALE', async () => {
    const message = await expectNoRows(`<lnob-chart eager src="${PRE_PRIMARY}" where="Sex=F"></lnob-chart>`);
    expect(message).to.contain('No rows for Sex=F; the file has Sex = FEMALE, BOTHSEX, MALE.');
  });

  it('where with the file\'s own words, any case: one sex per country', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${PRE_PRIMARY}" where="sex=female" years="2010"></lnob-chart>`);
    expect(labels(chart)).to.have.members(['64.74%', '74.64%']);
  });

  it('disaggregation: group-column="Sex" compares the sexes of each country', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager template="disaggregation" src="${PRE_PRIMARY}" group-column="Sex" years="2010"></lnob-chart>`,
    );
    expect(marks(chart, 'g.mark-symbol.role-mark path')).to.equal(6); // 2 places × FEMALE, MALE, BOTHSEX
  });

  it('countries by name or M49 code, aggregates by code: trend draws one line per country', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager template="trend" src="${PRE_PRIMARY}" countries="Albania; 1" where="Sex=FEMALE"></lnob-chart>`,
    );
    expect(marks(chart, 'g.mark-line path')).to.equal(2);
  });

  it('aggregates="exclude" drops World (M49 001, not a country)', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${PRE_PRIMARY}" years="2010" aggregates="exclude"></lnob-chart>`);
    expect(axisNames(chart)).to.deep.equal(['Albania']);
  });

  it('countries the file lacks, and years outside it, list what it has', async () => {
    await expectNoRows(`<lnob-chart eager src="${PRE_PRIMARY}" countries="Narnia; ALB"></lnob-chart>`, 'No rows for Narnia', 'World, Albania');
    await expectNoRows(`<lnob-chart eager src="${PRE_PRIMARY}" years="1990-1995"></lnob-chart>`, 'the file has years from 2000 to 2019');
  });

  it('series-code picks a series; a code the file lacks lists its codes', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${PRE_PRIMARY}" series-code="se_pre_partn" years="2010"></lnob-chart>`);
    expect(bars(chart)).to.have.length(2);
    await expectNoRows(`<lnob-chart eager src="${PRE_PRIMARY}" series-code="SI_POV_DAY1"></lnob-chart>`, 'the file has SeriesCode = SE_PRE_PARTN');
  });
});

describe('real files: World Bank indicator download', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('skips the metadata lines, reshapes the years and shows each country\'s latest value', async () => {
    // Each country's latest value (without the year control, which would show one year for all: test/element/year-control.test.ts).
    const { chart } = await rendered(`<lnob-chart eager src="${LIFE}" year-control="none"></lnob-chart>`);
    // Andorra and American Samoa have no data at all; 2014 is empty everywhere.
    expect(bars(chart)).to.have.length(8);
    expect(title(chart)).to.equal('Life expectancy at birth, total (years)');
    expect(source(chart)).to.equal('Source: World Bank, World Development Indicators (last updated 2015-07-28)');
    expect(notes(chart)).to.contain('Latest available year: 2013.').and.not.to.contain('years=');
  });

  it('aggregates="exclude" drops Arab World and the regions', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${LIFE}" aggregates="exclude"></lnob-chart>`);
    expect(axisNames(chart)).to.have.members(['Afghanistan', 'Angola', 'Albania', 'Algeria', 'Egypt, Arab Rep.']);
  });

  it('countries by name, code and a name with a comma; one year', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager src="${LIFE}" countries="Angola; AFG; Egypt, Arab Rep." years="2000"></lnob-chart>`,
    );
    expect(axisNames(chart)).to.have.members(['Afghanistan', 'Angola', 'Egypt, Arab Rep.']);
    expect(labels(chart)).to.have.members(['54.85', '45.20', '68.59']);
  });

  it('trend over a range of years', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="trend" src="${LIFE}" countries="ALB; DZA" years="2000-"></lnob-chart>`);
    expect(marks(chart, 'g.mark-line path')).to.equal(2);
  });

  it('the file as it comes from the API: byte-order mark and CRLF line ends', async () => {
    const text = await (await fetch(LIFE)).text();
    const url = URL.createObjectURL(new Blob([`\ufeff${text.replace(/\n/g, '\r\n')}`], { type: 'text/csv' }));
    try {
      const { chart } = await rendered(`<lnob-chart eager format="csv" src="${url}" aggregates="exclude"></lnob-chart>`);
      expect(bars(chart)).to.have.length(5);
      expect(source(chart)).to.contain('last updated 2015-07-28');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('series-code matches Indicator Code; a wrong one lists the codes', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${LIFE}" series-code="SP.DYN.LE00.IN" years="2013" aggregates="exclude"></lnob-chart>`);
    expect(bars(chart)).to.have.length(5);
    await expectNoRows(`<lnob-chart eager src="${LIFE}" series-code="SI.POV.DDAY"></lnob-chart>`, 'the file has Indicator Code = SP.DYN.LE00.IN');
  });

  it('the page\'s own source, title and notes win over the file\'s', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager src="${LIFE}" title="Life expectancy" source="WDI" notes="Our note." years="2013"></lnob-chart>`,
    );
    expect(title(chart)).to.equal('Life expectancy');
    expect(source(chart)).to.equal('Source: WDI');
    expect(notes(chart)).to.equal('Our note.');
  });

  it('layout="un-sdg" on a World Bank file says what it expected and what the file has', async () => {
    const { error } = await failed(`<lnob-chart eager src="${LIFE}" layout="un-sdg"></lnob-chart>`);
    expect(error.code).to.equal('missing-column');
    expect(error.message).to.contain('SeriesCode, GeoAreaName, TimePeriod, Value');
    expect(error.message).to.contain('Country Name');
  });

  it('layout="wide" reads it as a plain table of years', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${LIFE}" layout="wide" years="2013" aggregates="exclude"></lnob-chart>`);
    expect(bars(chart)).to.have.length(5);
  });
});

describe('real files: Open SDG platforms', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('trend draws the headline series (every disaggregation empty)', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="trend" src="${KG_POVERTY}"></lnob-chart>`);
    expect(marks(chart, 'g.mark-line path')).to.equal(1);
    expect(chart.view!.data('table')).to.have.length(6); // 2010, 2013–2017
  });

  it('category-column picks a disaggregation; the others stay at their headline', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${NEONATAL}" category-column="Region"></lnob-chart>`);
    expect(bars(chart)).to.have.length(9);
    expect(notes(chart)).to.contain('Units: Rate per 1,000 live births.');
  });

  it('Observation status other than normal is noted', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${NEONATAL}" category-column="Age"></lnob-chart>`);
    expect(bars(chart)).to.have.length(7);
    expect(notes(chart)).to.contain('Observation status: Low reliability (1).');
  });

  it('stacked: Country by Sex', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="stacked" src="${NEONATAL}" category-column="Country" group-column="Sex"></lnob-chart>`);
    expect(bars(chart)).to.have.length(8); // England, Northern Ireland, Scotland, Wales × Female, Male
  });

  it('where on a disaggregation, in the file\'s own script', async () => {
    const sex = 'C\u0435\u043a\u0441'; // the header's own spelling: a Latin C, then Cyrillic
    const { chart } = await rendered(`<lnob-chart eager template="trend" src="${KG_POVERTY}" where="${sex}=женщины"></lnob-chart>`);
    expect(marks(chart, 'g.mark-line path')).to.equal(1);
    await expectNoRows(`<lnob-chart eager src="${KG_POVERTY}" where="${sex}=Female"></lnob-chart>`, 'женщины, мужчины');
  });
});

describe('real files: on the map', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  /** Countries drawn with a value: their shapes' labels read "Name: value". */
  function valued(chart: LnobChart): string[] {
    return [...svgOf(chart).querySelectorAll('g.mark-shape.role-mark path')]
      .map((path) => path.getAttribute('aria-label') ?? '')
      .filter((label) => /:\s*\d/.test(label));
  }

  it('UN M49 area codes place the values; World is an aggregate, not a country', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="map" src="${PRE_PRIMARY}" years="2010"></lnob-chart>`);
    const labels = valued(chart);
    expect(labels).to.have.length(1);
    expect(labels[0]).to.match(/^Albania: 74\.16/);
  });

  it('World Bank codes place the latest values; the aggregates are skipped', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="map" src="${LIFE}"></lnob-chart>`);
    expect(valued(chart).map((label) => label.split(':')[0])).to.have.members(['Afghanistan', 'Angola', 'Albania', 'Algeria', 'Egypt']);
    expect(source(chart)).to.contain('World Development Indicators');
  });
});

describe('real files: slice attributes are observed', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('changing countries, years or aggregates on a drawn chart draws it again', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${LIFE}" years="2013"></lnob-chart>`);
    expect(bars(chart)).to.have.length(8);
    for (const [name, value, count] of [['aggregates', 'exclude', 5], ['countries', 'AFG; ALB', 2], ['years', '1960', 2]] as const) {
      const next = nextOutcome(chart);
      chart.setAttribute(name, value);
      const outcome = await next;
      expect(outcome.type, name).to.equal('lnob-render');
      expect(bars(chart), name).to.have.length(count);
    }
    const next = nextOutcome(chart);
    chart.setAttribute('where', 'Country Code=XYZ');
    const outcome = await next;
    expect(outcome.type === 'lnob-error' && outcome.detail.code).to.equal('no-matching-rows');
  });
});

