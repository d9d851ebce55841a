import { expect } from '@open-wc/testing';
import '../../index.js';
import { arrange, detectLayout } from '../../data/layouts/index.js';
import { clearDataCache } from '../../data/load.js';
import { applyLayoutAndSlice } from '../../data/slice.js';
import type { RawTable } from '../../data/table.js';
import { csvFormatRows } from 'd3-dsv';
import { cleanup, labels, rendered, shadowText } from '../helpers.js';
import { fixture, records } from './layout-test-utils.js';

/**
 * The UN SDG Global Database's pivot export ("years as columns"). No genuine pivot file was found to store, so the
 * pivot is made here from the genuine long export `un-sdg-pre-primary-by-sex.csv` exactly as the website lays it
 * out: a leading unnamed index column, Goal … GeoAreaName, the breakdown columns, Units, one column per year, and
 * trailing empty columns. Every value is the genuine file's.
 */
async function pivot(): Promise<RawTable> {
  const long = await fixture('un-sdg-pre-primary-by-sex.csv');
  const at = (name: string) => long.columns.indexOf(name);
  const keys = ['Goal', 'Target', 'Indicator', 'SeriesCode', 'SeriesDescription', 'GeoAreaCode', 'GeoAreaName', 'Reporting Type', 'Sex', 'Units'];
  const years = [...new Set(long.rows.map((r) => String(r[at('TimePeriod')])))].sort();
  const groups = new Map<string, (string | null)[]>();
  for (const row of long.rows) {
    const id = keys.map((k) => String(row[at(k)])).join('|');
    if (!groups.has(id)) groups.set(id, [String(groups.size), ...keys.map((k) => String(row[at(k)])), ...years.map(() => ''), '', '']);
    groups.get(id)![1 + keys.length + years.indexOf(String(row[at('TimePeriod')]))] = String(row[at('Value')]);
  }
  return { columns: ['', ...keys, ...years, '', ''], rows: [...groups.values()], duplicates: [] };
}

describe('UN SDG pivot export (years as columns)', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('is read as un-sdg, not as a wide table whose names are the Goal column', async () => {
    const table = await pivot();
    expect(detectLayout(table).id).to.equal('un-sdg');
    const arranged = arrange(table);
    expect(arranged.roles).to.include({ category: 'GeoAreaName', time: 'TimePeriod', value: 'Value', geo: 'GeoAreaCode' });
    expect(arranged.dimensions).to.deep.equal(['Sex']);
    expect(arranged.hints?.[0]?.message).to.contain('a UN SDG Global Database export with years as columns (2000–2019), reshaped to one row per year');
    // layout="wide" still reads it the old way when a page asks.
    expect(arrange(table, 'wide').roles.category).to.equal('Goal');
  });

  it('keeps units and breakdowns; BOTHSEX is the total', async () => {
    const sliced = await applyLayoutAndSlice(await pivot(), { years: '2010', roles: ['category', 'value'] });
    const rows = records(sliced.table).map((r) => [r.GeoAreaName, r.Sex, r.Value]);
    expect(rows).to.have.deep.members([['World', 'BOTHSEX', '64.78101'], ['Albania', 'BOTHSEX', '74.16339']]);
    expect(sliced.provenance.unit).to.equal('%');
  });

  it('end to end: the same bars as the long export', async () => {
    const table = await pivot();
    const csv = csvFormatRows([[...table.columns], ...table.rows.map((row) => row.map((cell) => String(cell ?? '')))]);
    const { chart } = await rendered(`<lnob-chart eager years="2010"><script type="text/csv">${csv}</script></lnob-chart>`);
    expect(labels(chart)).to.have.members(['64.78%', '74.16%']);
    expect(shadowText(chart, '[part="title"]')).to.contain('Participation rate in organized learning');
  });
});
