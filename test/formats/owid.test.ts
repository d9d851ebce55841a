import { expect } from '@open-wc/testing';
import '../../index.js';
import { arrange, detectLayout } from '../../data/layouts/index.js';
import { clearDataCache } from '../../data/load.js';
import { parseText } from '../../data/parse.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import { cleanup, labels, rendered, shadowText } from '../helpers.js';
import { DIR, axisNames, fixture, records, valued } from './layout-test-utils.js';

/** Our World in Data grapher download, trimmed from a genuine file (test/fixtures/formats/README.md). */
const POVERTY = 'owid-extreme-poverty.csv';

describe('OWID grapher CSV', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('auto recognises Entity, Code, Year and says so', async () => {
    const table = await fixture(POVERTY);
    expect(detectLayout(table).id).to.equal('owid');
    const arranged = arrange(table);
    expect(arranged.roles).to.include({ category: 'Entity', geo: 'Code', time: 'Year', value: '$2.15 a day - Share of population in poverty' });
    expect(arranged.areaName).to.equal('Entity');
    expect(arranged.areaCode).to.equal('Code');
    expect(arranged.hints?.[0]).to.deep.equal({
      code: 'layout',
      message:
        'Read as an Our World in Data grapher file (columns Entity, Code, Year; values from "$2.15 a day - Share of population in poverty"). ' +
        'Write layout="tidy" to read it as a plain table.',
    });
  });

  it('the value column\'s header is the title; the latest year per entity on a single-time chart', async () => {
    const sliced = await applyLayoutAndSlice(await fixture(POVERTY), { roles: ['category', 'value'] });
    expect(sliced.provenance.title).to.equal('$2.15 a day - Share of population in poverty');
    const latest = Object.fromEntries(records(sliced.table).map((r) => [r.Entity, [r.Year, r['$2.15 a day - Share of population in poverty']]]));
    expect(latest.Kenya).to.deep.equal(['2021', '36.146057']);
    expect(latest.Nigeria).to.deep.equal(['2018', '30.863297']);
    expect(latest.World).to.deep.equal(['2021', '9.520158']);
    expect(latest['Argentina (urban)']).to.deep.equal(['2022', '0.61188984']);
  });

  it('several value columns: the first is drawn, a hint names the others and value-column', () => {
    // The header of OWID's multi-indicator downloads, with two rows of the genuine poverty file's values.
    const table = parseText('Entity,Code,Year,Share A,Share B\nKenya,KEN,2021,36.146057,\nNigeria,NGA,2018,30.863297,\n', 'csv', 'x');
    const arranged = arrange(table);
    expect(arranged.roles.value).to.equal('Share A');
    expect(arranged.hints?.find((h) => h.code === 'value-columns')?.message).to.contain('"Share B". Choose one with value-column="…"');
  });

  it('end to end: a map places Kenya, Nigeria and Kosovo (OWID_KOS) from Code; other OWID_ codes and empty codes are not countries', async () => {
    const { chart } = await rendered(`<lnob-chart eager template="map" src="${DIR}/${POVERTY}"></lnob-chart>`);
    const drawn = valued(chart);
    expect(drawn.map((l) => l.split(':')[0])).to.have.members(['Kenya', 'Nigeria', 'Kosovo']);
    expect(drawn.find((l) => l.startsWith('Kenya'))).to.match(/36\.1/);
  });

  it('end to end: ranked bars of one year, titled from the header', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="${DIR}/${POVERTY}" years="2015" countries="Kenya; Nigeria"></lnob-chart>`);
    expect(axisNames(chart)).to.have.members(['Kenya', 'Nigeria']);
    expect(labels(chart)).to.have.members(['32.26', '29.37']); // Nigeria 32.25663, Kenya 29.365105 in 2015
    expect(shadowText(chart, '[part="title"]')).to.equal('$2.15 a day - Share of population in poverty');
  });
});
