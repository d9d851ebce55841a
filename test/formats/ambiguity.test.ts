import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import type { LnobChart } from '../../index.js';
import type { LnobWarningDetail } from '../../components/shared/events.js';
import { cleanup, failed, mount, shadowText } from '../helpers.js';
import { summaryOf } from '../templates/util.js';

/**
 * "A chart draws exactly what its rows say, or says plainly what it did": two
 * rows for one mark are never picked, summed or stacked silently (issue 17).
 * Totals are kept with a note, a chart of one value per place shows each one's
 * latest year and says which years, anything else is `ambiguous-rows`; what the
 * author could write instead goes to `lnob-warning`, never into the chart.
 */
const PRE_PRIMARY = '/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv';

const notes = (chart: LnobChart) => shadowText(chart, '[part="notes"]');
const csv = (text: string) => `<script type="text/csv">\n${text}\n</script>`;

/** Mounts, collects the lnob-warning events before the first render, and returns them with the plan's rows. */
async function drawn(markup: string) {
  const { chart, host, outcome } = mount(markup);
  const hints: LnobWarningDetail[] = [];
  host.addEventListener('lnob-warning', (event) => hints.push((event as CustomEvent<LnobWarningDetail>).detail));
  const result = await outcome;
  if (result.type === 'lnob-error') throw new Error(`expected a chart, got ${result.detail.code}: ${result.detail.message}`);
  await chart.updateComplete;
  return { chart, hints, rows: result.detail.plan.rows };
}

describe('ambiguous rows (issue 17)', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('a genuine UN export by sex: the bars are the BOTHSEX totals of each place\'s latest year, and the chart says so', async () => {
    const { chart, hints, rows } = await drawn(`<lnob-chart eager src="${PRE_PRIMARY}"></lnob-chart>`);
    expect(rows.map((r) => [r['category'], r['value']])).to.have.deep.members([
      ['World', 72.95539], // 2019, BOTHSEX (FEMALE 72.82874, MALE 73.07011)
      ['Albania', 86.70171], // 2013, BOTHSEX
    ]);
    expect(notes(chart)).to.contain('Both sexes.').and.to.contain('latest available year (2013–2019');
    expect(notes(chart)).not.to.match(/where=|years=|series-code=/);
    expect(summaryOf(chart)).to.contain('Latest data, 2013–2019.');
    expect(hints.map((h) => h.code)).to.include.members(['totals', 'latest-year']);
    expect(hints.find((h) => h.code === 'totals')!.message).to.contain('where="Sex=FEMALE"');
  });

  it('a line chart of the same file draws the totals only, not a zig-zag through every sex', async () => {
    const { rows } = await drawn(`<lnob-chart eager template="trend" src="${PRE_PRIMARY}" countries="Albania"></lnob-chart>`);
    const years = rows.map((r) => (r['time'] as Date).getUTCFullYear());
    expect(new Set(years).size).to.equal(years.length);
    expect(rows.find((r) => (r['time'] as Date).getUTCFullYear() === 2012)!['value']).to.equal(84.94154);
  });

  it('where="Sex=FEMALE" draws the girls\' figures, with no totals note', async () => {
    const { chart, rows } = await drawn(`<lnob-chart eager src="${PRE_PRIMARY}" where="Sex=FEMALE" years="2013"></lnob-chart>`);
    expect(rows.map((r) => [r['category'], r['value']])).to.deep.equal([['Albania', 89.74456]]);
    expect(notes(chart)).not.to.contain('Both sexes');
  });

  it('a plain table with several surveys per country: each country\'s latest, never stacked or summed', async () => {
    const { chart, rows } = await drawn(`<lnob-chart eager>${csv('category,year,value\nKenya,2014,36.1\nKenya,2022,30.2\nGhana,2014,24.2\nGhana,2019,21.3')}</lnob-chart>`);
    expect(rows.map((r) => [r['category'], r['value']])).to.have.deep.members([['Kenya', 30.2], ['Ghana', 21.3]]);
    expect(notes(chart)).to.contain('latest available year (2019–2022');
  });

  it('a plain table with one year per place, but different years, says so', async () => {
    const { chart } = await drawn(`<lnob-chart eager>${csv('category,year,value\nKenya,2022,30.2\nGhana,2019,21.3')}</lnob-chart>`);
    expect(notes(chart)).to.contain('different years (2019–2022)');
    expect(summaryOf(chart)).to.contain('Data from 2019–2022.');
  });

  it('a plain table with a Total among its breakdowns keeps the Total and says so', async () => {
    const { chart, rows } = await drawn(`<lnob-chart eager>${csv('category,Sex,value\nKenya,Female,31\nKenya,Male,29\nKenya,Total,30\nGhana,Female,22\nGhana,Total,21')}</lnob-chart>`);
    expect(rows.map((r) => [r['category'], r['value']])).to.have.deep.members([['Kenya', 30], ['Ghana', 21]]);
    expect(notes(chart)).to.contain('Both sexes.');
  });

  it('a breakdown with no total is an error naming the column, its values and the attribute that picks one', async () => {
    const { error, alert } = await failed(`<lnob-chart eager>${csv('category,Sex,value\nKenya,Female,31\nKenya,Male,29\nGhana,Female,22')}</lnob-chart>`);
    expect(error.code).to.equal('ambiguous-rows');
    expect(alert.textContent).to.contain('2 rows for Kenya').and.to.contain('Sex (Female, Male)').and.to.contain('where="Sex=Female"');
  });

  it('a genuine DHS STATcompiler export of several surveys: the error names the survey, not the file\'s other indicators', async () => {
    const { error, alert } = await failed(
      `<lnob-chart eager src="/test/fixtures/formats/dhs-statcompiler-liberia-land-animals.csv" category-column="Country" value-column="Households owning farm animals"></lnob-chart>`,
    );
    expect(error.code).to.equal('ambiguous-rows');
    expect(alert.textContent).to.contain('Survey (').and.to.contain('where="Survey=');
    expect(alert.textContent).not.to.contain('agricultural land (');
  });

  it('rows that repeat with different values and nothing to tell them apart are an error, not a sum', async () => {
    const { error, alert } = await failed(`<lnob-chart eager>${csv('category,value\nKenya,31\nKenya,29\nGhana,22')}</lnob-chart>`);
    expect(error.code).to.equal('ambiguous-rows');
    expect(alert.textContent).to.contain('2 rows for Kenya with different values (31, 29)');
  });

  it('rows repeated exactly draw once', async () => {
    const { rows } = await drawn(`<lnob-chart eager>${csv('category,value\nKenya,31\nKenya,31\nGhana,22')}</lnob-chart>`);
    expect(rows).to.have.length(2);
  });

  it('a stacked chart never stacks two surveys of one country', async () => {
    const { error } = await failed(
      `<lnob-chart eager template="stacked">${csv('category,group,survey,value\nKenya,Urban,2014 DHS,60\nKenya,Rural,2014 DHS,40\nKenya,Urban,2022 DHS,55\nKenya,Rural,2022 DHS,45')}</lnob-chart>`,
    );
    expect(error.code).to.equal('ambiguous-rows');
  });

  it('a value column with no numbers at all is `no-data`, never an empty axis', async () => {
    const { error, alert } = await failed(`<lnob-chart eager>${csv('category,value\nKenya,\nGhana,..\nChad,NA')}</lnob-chart>`);
    expect(error.code).to.equal('no-data');
    expect(alert.textContent).to.contain('"value" column has no numbers to draw');
  });

  it('says what it chose in the chart\'s language', async () => {
    const { chart } = await drawn(`<lnob-chart eager lang="fr" src="${PRE_PRIMARY}"></lnob-chart>`);
    expect(notes(chart)).to.contain('Les deux sexes.').and.to.contain('Chaque valeur est celle de la dernière année disponible (2013–2019');
    expect(summaryOf(chart)).to.contain('Dernières données, 2013–2019.');
  });

  it('the page\'s own notes do not hide what the chart chose', async () => {
    const { chart } = await drawn(`<lnob-chart eager src="${PRE_PRIMARY}" notes="Our own words."></lnob-chart>`);
    expect(notes(chart)).to.contain('Our own words.').and.to.contain('Both sexes.');
  });

  it('in an Arabic chart, the file\'s English title, notes and source keep their own direction', async () => {
    const { chart } = await drawn(`<lnob-chart eager lang="ar" src="${PRE_PRIMARY}"></lnob-chart>`);
    const part = (name: string) => chart.shadowRoot!.querySelector(`[part="${name}"]`)!;
    expect(getComputedStyle(part('figure')).direction).to.equal('rtl');
    expect(part('title').matches(':dir(ltr)')).to.equal(true);
    const notes = [...part('notes').querySelectorAll('bdi')];
    expect(notes[0]!.textContent).to.contain('Not all values are direct measurements');
    expect(notes[0]!.matches(':dir(ltr)')).to.equal(true); // the file's English
    expect(notes.at(-1)!.textContent).to.contain('كل قيمة هي قيمة آخر سنة متاحة');
    expect(notes.at(-1)!.matches(':dir(rtl)')).to.equal(true); // what the chart chose, in Arabic
    expect(part('source').querySelector('bdi')!.matches(':dir(ltr)')).to.equal(true);
  });
});
