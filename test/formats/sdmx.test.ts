import { expect } from '@open-wc/testing';
import '../../index.js';
import { arrange, detectLayout } from '../../data/layouts/index.js';
import { clearDataCache } from '../../data/load.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import { cleanup, failed, labels, rendered, shadowText } from '../helpers.js';
import { DIR, axisNames, fixture, records, valued } from './layout-test-utils.js';

/**
 * SDMX-CSV downloads, trimmed from genuine files (test/fixtures/formats/README.md): UNICEF's data warehouse with
 * `CODE: Label` headers and cells, and Eurostat's SDMX-CSV. Values below were read by hand in the files.
 */
const UNICEF = 'unicef-sdmx-anc4-sab.csv';
const EUROSTAT = 'eurostat-sdg-07-11-energy.csv';

describe('SDMX-CSV: UNICEF data warehouse (CODE: Label)', () => {
  it('auto recognises it and says so to the author', async () => {
    const table = await fixture(UNICEF);
    expect(detectLayout(table).id).to.equal('sdmx');
    const arranged = arrange(table);
    expect(arranged.hints?.[0]?.code).to.equal('layout');
    expect(arranged.hints?.[0]?.message).to.contain('Read as a UNICEF SDMX-CSV download (columns REF_AREA, TIME_PERIOD, OBS_VALUE)');
    expect(arranged.hints?.[0]?.message).to.contain('layout="tidy"');
    // A layout the page names is not a guess: no `layout` hint.
    expect(arrange(table, 'sdmx').hints?.some((h) => h.code === 'layout')).to.equal(false);
  });

  it('splits KEN: Kenya into a code for the map and a name for the bars; headers become codes', async () => {
    const arranged = arrange(await fixture(UNICEF));
    expect(arranged.areaCode).to.equal('REF_AREA');
    expect(arranged.areaName).to.equal('Geographic area');
    expect(arranged.roles).to.include({ geo: 'REF_AREA', category: 'Geographic area', time: 'TIME_PERIOD', value: 'OBS_VALUE' });
    expect(arranged.seriesCode).to.equal('INDICATOR');
    expect(arranged.dimensions).to.include.members(['SEX', 'AGE']);
    expect(arranged.dimensions).not.to.include.members(['REF_AREA', 'INDICATOR', 'OBS_VALUE', 'DATA_SOURCE', 'UNIT_MEASURE']);
    expect(arranged.totals).to.equal('codes');
    expect(arranged.totalCodes).to.include('_T');
    const kenya = records(arranged.table).find((r) => r.REF_AREA === 'KEN' && r.TIME_PERIOD === '2022' && r.INDICATOR === 'MNCH_SAB')!;
    expect(kenya['Geographic area']).to.equal('Kenya');
    expect(kenya.SEX).to.equal('_T');
    expect(kenya.OBS_VALUE).to.equal('89.3');
    expect(kenya.INDICATOR_NAME).to.equal('Skilled birth attendant - percentage of deliveries attended by skilled health personnel');
  });

  it('series-code picks the indicator; its name is the title, % the unit, DATA_SOURCE the source', async () => {
    const sliced = await applyLayoutAndSlice(await fixture(UNICEF), {
      seriesCode: 'MNCH_ANC4', countries: 'Kenya; Nigeria', years: '2020-', roles: ['category', 'value'],
    });
    const rows = records(sliced.table).map((r) => [r.REF_AREA, r.TIME_PERIOD, r.OBS_VALUE]);
    expect(rows).to.deep.equal([['KEN', '2022', '66'], ['NGA', '2021', '60.4']]);
    expect(sliced.provenance.title).to.match(/^Antenatal care 4\+ visits/);
    expect(sliced.provenance.unit).to.equal('%');
    expect(sliced.provenance.source).to.contain('Demographic and Health Survey 2022');
  });

  it('end to end: a map places Kenya and Nigeria from REF_AREA, latest year, first indicator', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="map" src="${DIR}/${UNICEF}" series-code="MNCH_SAB"></lnob-chart>`);
    const drawn = valued(chart);
    expect(drawn.map((l) => l.split(':')[0])).to.have.members(['Kenya', 'Nigeria']);
    expect(drawn.find((l) => l.startsWith('Kenya'))).to.match(/89\.3/);
    expect(drawn.find((l) => l.startsWith('Nigeria'))).to.match(/50\.7/);
  });

  it('end to end: ranked bars name the places, not their codes', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager src="${DIR}/${UNICEF}" series-code="MNCH_ANC4" years="2018" countries="NGA"></lnob-chart>`,
    );
    expect(axisNames(chart)).to.deep.equal(['Nigeria']);
    expect(labels(chart)).to.deep.equal(['56.8%']);
    expect(shadowText(chart, '[part="title"]')).to.match(/^Antenatal care 4\+ visits/);
  });
});

describe('SDMX-CSV: Eurostat (DATAFLOW, LAST UPDATE, freq, unit, geo)', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('auto recognises it: geo is the place, unit one value per chart, the dataflow the source', async () => {
    const table = await fixture(EUROSTAT);
    expect(detectLayout(table).id).to.equal('sdmx');
    const arranged = arrange(table);
    expect(arranged.hints?.[0]?.message).to.contain('Read as a Eurostat SDMX-CSV download (columns geo, TIME_PERIOD, OBS_VALUE)');
    expect(arranged.roles).to.include({ geo: 'geo', category: 'geo', time: 'TIME_PERIOD', value: 'OBS_VALUE' });
    expect(arranged.single).to.include('unit');
    expect(arranged.source).to.equal('Eurostat, SDG_07_11 (last updated 18/04/24 23:00:00)');
  });

  it('where="unit=TOE_HAB" and years pick one value per country', async () => {
    const sliced = await applyLayoutAndSlice(await fixture(EUROSTAT), { where: 'unit=TOE_HAB', years: '2022', roles: ['category', 'value'] });
    const rows = records(sliced.table).map((r) => [r.geo, r.OBS_VALUE]);
    expect(rows).to.deep.equal([['AT', '2.91'], ['DE', '2.42'], ['EL', '1.54'], ['EU27_2020', '2.1']]);
    expect(sliced.provenance.source).to.contain('Eurostat');
  });

  it('end to end: without where, no unit is picked: the error names the units and where', async () => {
    const { error, alert } = await failed(`<lnob-chart eager src="${DIR}/${EUROSTAT}" years="2021"></lnob-chart>`);
    expect(error.code).to.equal('ambiguous-rows');
    expect(alert.textContent).to.contain('unit values (I05, MTOE, TOE_HAB)').and.to.contain('where="unit=I05"');
  });
});
