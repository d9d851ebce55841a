import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { cleanup, failed, rendered, shadowText, svgOf } from '../helpers.js';

/**
 * End to end, in <lnob-chart>: rows of regional and income groups, as OWID and the UN write them, are left off the
 * map with a visible note that names them, never reported as misspelt countries; official UN names and UNICEF's
 * `CODE: Label` cells are drawn as the countries they are; aggregates="only" keeps the groups.
 */
const OWID = `Entity,Code,Year,Share
World,OWID_WRL,2022,41.2
Africa (WB),,2022,55.1
High-income countries,,2022,12.4
European Union (27),OWID_EU27,2022,10.3
Asia (excl. China and India),,2022,30.5
Kenya,KEN,2022,36.1
Nigeria,NGA,2022,63.9
Kosovo,OWID_KOS,2022,20.4`;

const UN = `GeoAreaName,Value
World,9.2
UNICEF_WCA: West and Central Africa,30.2
Sub-Saharan Africa,35.1
Least Developed Countries (LDCs),32.4
Northern Africa and Western Asia,8.1
United Kingdom of Great Britain and Northern Ireland,0.3
Bolivia (Plurinational State of),2.1
Türkiye,0.4
KEN: Kenya,36.1`;

const map = (csv: string, attributes: string) =>
  `<lnob-chart eager template="map" ${attributes}><script type="text/csv">\n${csv}\n</script></lnob-chart>`;

/** The shapes' accessible names ("Kenya: 36.1"), for the countries that have a value. */
function drawn(chart: LnobChart): string[] {
  return [...svgOf(chart).querySelectorAll('g.mark-shape.role-mark path')]
    .map((path) => path.getAttribute('aria-label') ?? '')
    .filter((label) => /: \d/.test(label));
}

describe('groups of countries on the map and in aggregates="only"', () => {
  afterEach(cleanup);

  it('OWID: draws the countries and names the groups it leaves out, visibly, not as misspellings', async () => {
    const { chart } = await rendered(map(OWID, 'geo-column="Entity" value-column="Share"'));
    await chart.updateComplete;
    expect(drawn(chart)).to.have.members(['Kenya: 36.1', 'Nigeria: 63.9', 'Kosovo: 20.4']);
    const warnings = chart.shadowRoot!.querySelector<HTMLElement>('[part="warnings"]')!;
    expect(warnings.hidden).to.equal(false);
    expect(warnings.getBoundingClientRect().height).to.be.greaterThan(0);
    const text = shadowText(chart, '[part="warnings"]');
    expect(text).to.include(
      'Regional and income groups are not drawn on the map: World, Africa (WB), High-income countries, European Union (27), Asia (excl. China and India).',
    );
    expect(text).to.not.include('Not on the map');
    expect(shadowText(chart, '[part="summary"]')).to.include('3 countries with data').and.include('Highest: Nigeria');
  });

  it('UN: official names and "KEN: Kenya" are countries; M49 and SDG regions are named as groups', async () => {
    const { chart } = await rendered(map(UN, 'geo-column="GeoAreaName" value-column="Value"'));
    await chart.updateComplete;
    expect(drawn(chart)).to.have.members(['United Kingdom: 0.3', 'Bolivia: 2.1', 'Türkiye: 0.4', 'Kenya: 36.1']);
    const text = shadowText(chart, '[part="warnings"]');
    expect(text).to.include(
      'Regional and income groups are not drawn on the map: World, West and Central Africa, Sub-Saharan Africa, Least Developed Countries (LDCs), ' +
        'Northern Africa and Western Asia.',
    );
    expect(text).to.not.include('Not on the map');
  });

  it('a country named twice ("KEN: Kenya" and "Kenya") with different values is ambiguous-rows; with the same value it is drawn and summed up once', async () => {
    const { error } = await failed(map('country,value\nKEN: Kenya,36.1\nKenya,1\nNigeria,63.9', 'geo-column="country"'));
    expect(error.code).to.equal('ambiguous-rows');
    expect(error.message).to.equal('Kenya appears twice: KEN: Kenya (36.1) and Kenya (1). Keep one row per country.');
    cleanup();
    const { chart } = await rendered(map('country,value\nKEN: Kenya,36.1\nKenya,36.1\nNigeria,63.9', 'geo-column="country"'));
    await chart.updateComplete;
    expect(drawn(chart)).to.have.members(['Kenya: 36.1', 'Nigeria: 63.9']);
    const summary = shadowText(chart, '[part="summary"]');
    expect(summary).to.include('2 countries with data').and.include('Lowest: Kenya, 36.1');
    expect(shadowText(chart, '[part="warnings"]')).to.include('More than one row for Kenya');
  });

  it('aggregates="only" keeps the groups (a ranked bar of regions); exclude keeps the countries', async () => {
    const bar = (aggregates: string) =>
      `<lnob-chart eager template="ranked-bar" category-column="Entity" value-column="Share" aggregates="${aggregates}"><script type="text/csv">\n${OWID}\n</script></lnob-chart>`;
    const categories = (view: { data(name: string): { category: string }[] }) => view.data('table').map((row) => row.category);
    const only = await rendered(bar('only'));
    expect(categories(only.view)).to.have.members(['World', 'Africa (WB)', 'High-income countries', 'European Union (27)', 'Asia (excl. China and India)']);
    cleanup();
    const exclude = await rendered(bar('exclude'));
    expect(categories(exclude.view)).to.have.members(['Kenya', 'Nigeria', 'Kosovo']);
  });

  it('aggregates="only" on a file with no groups says so, in plain words', async () => {
    const { error, alert } = await failed(
      `<lnob-chart eager template="ranked-bar" category-column="Entity" value-column="Share" aggregates="only"><script type="text/csv">\nEntity,Share\nKenya,1\nNigeria,2\n</script></lnob-chart>`,
    );
    expect(error.code).to.equal('no-matching-rows');
    expect(alert.textContent).to.include('aggregates="only"').and.include('Kenya');
  });
});
