/**
 * The year control of a map or ranked bars drawn from a file of several years (components/lnob-chart/year-control.ts,
 * render/years.ts): shown only with several years; the arrow keys, Home/End and the play button change the year
 * drawn without compiling the spec again or rendering anew (no `lnob-render`, the same Vega view, the compile count
 * unchanged); the summary, table caption, notes, marks' accessible names and keyboard points follow; the year is
 * announced; `lnob-year-change` fires; reduced motion makes the button a "Next year" step; axe finds nothing.
 *
 * Data: the genuine WHO GHO life-expectancy download in test/fixtures/formats (France, Kenya, Nigeria × 2000, 2015,
 * 2016 × sex; cited in its README).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import type { LnobYearChangeDetail } from '../../components/shared/events.js';
import { compileCount } from '../../render/compile.js';
import { cleanup, labels, rendered, shadowText } from '../helpers.js';

const WHO = '/test/fixtures/formats/who-gho-life-expectancy-by-sex.csv';
const BARS = `<lnob-chart eager src="${WHO}" category-column="COUNTRY" value-column="Numeric" time-column="YEAR" title="Life expectancy at birth"`;
const MAP = `<lnob-chart eager template="map" src="${WHO}" geo-column="COUNTRY" value-column="Numeric" time-column="YEAR" where="SEX=FMLE" title="Women's life expectancy"`;

const part = (chart: LnobChart, name: string) => chart.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const slider = (chart: LnobChart) => part(chart, 'year-slider') as HTMLInputElement;
const button = (chart: LnobChart) => part(chart, 'year-play') as HTMLButtonElement;
/** What a screen reader hears for each bar or country: the marks' own accessible names. */
const markNames = (chart: LnobChart) =>
  [...chart.shadowRoot!.querySelectorAll('.chart [role="graphics-symbol"][aria-label]')].map((mark) => mark.getAttribute('aria-label')!);

/** The numbers written at the bars' ends (not the axis's). */
const valueLabels = (chart: LnobChart) => labels(chart).filter((text) => /\d\.\d\d/.test(text));

function nextYear(chart: LnobChart): Promise<LnobYearChangeDetail> {
  return new Promise((resolve) => chart.addEventListener('lnob-year-change', (event) => resolve(event.detail), { once: true }));
}

/** The next file the share menu downloads (it clicks a temporary `<a download>`). */
function nextDownload(): Promise<Blob> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve, reject) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = original;
      fetch(this.href).then((response) => response.blob()).then(resolve, reject);
    };
  });
}

/** Counts the chart's renders from now on: a year change must add none. */
function countRenders(chart: LnobChart): () => number {
  let renders = 0;
  chart.addEventListener('lnob-render', () => renders++);
  return () => renders;
}

describe('year control', function () {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is not there for a file of one year', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" category-column="zone" value-column="poverty_rate"></lnob-chart>`);
    await chart.updateComplete;
    expect(part(chart, 'year-control')).to.equal(null);
  });

  it('appears with several years, below the title, at the latest year, with the first and last years at its ends', async () => {
    const { chart, view } = await rendered(`${BARS}></lnob-chart>`);
    await chart.updateComplete;
    const control = part(chart, 'year-control')!;
    expect(control !== null, 'control').to.equal(true);
    expect(part(chart, 'header')!.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(shadowText(chart, '[part="year"]')).to.equal('2016');
    expect([...control.querySelectorAll('.year-ends span')].map((end) => end.textContent)).to.deep.equal(['2000', '2016']);
    expect(slider(chart).getAttribute('aria-valuetext')).to.equal('2016');
    expect(slider(chart).labels![0]!.textContent).to.contain('Year');
    // The drawing has every year's rows; it draws the three of 2016.
    expect(view.data('table')).to.have.length(9);
    expect(valueLabels(chart)).to.have.members(['82.95', '66.68', '55.19']);
    expect(chart.shadowRoot!.querySelector('#summary')!.textContent).to.contain('2016');
  });

  it('ArrowLeft draws the year before with the same view and no compile or render; words follow', async () => {
    const { chart, view } = await rendered(`${BARS}></lnob-chart>`);
    await chart.updateComplete;
    const renders = countRenders(chart);
    const compiles = compileCount();
    const before = markNames(chart);
    slider(chart).focus();
    const changed = nextYear(chart);
    await sendKeys({ press: 'ArrowLeft' });
    const { year, plan } = await changed;
    expect(year).to.equal(2015);
    expect(plan.rows.map((row) => row['value'])).to.have.members([82.66782, 66.0338, 54.78326]); // both sexes, 2015
    expect(renders(), 'lnob-render events').to.equal(0);
    expect(compileCount(), 'compiles').to.equal(compiles);
    expect(chart.view === view, 'the same Vega view').to.equal(true);
    expect(view.signal('lnob_year')).to.equal(2015);
    await chart.updateComplete;
    const after = markNames(chart);
    expect(after.join('|')).not.to.equal(before.join('|'));
    expect(valueLabels(chart)).to.have.members(['82.67', '66.03', '54.78']);
    expect(after.some((name) => name.includes('FRA'))).to.equal(true);
    expect(shadowText(chart, '[part="year"]')).to.equal('2015');
    expect(chart.shadowRoot!.querySelector('#summary')!.textContent).to.contain('Year shown: 2015.');
    expect(chart.shadowRoot!.querySelector('caption')!.textContent).to.contain('2015');
    expect(shadowText(chart, '[part="notes"]')).to.contain('2015');
    expect(chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.trim()).to.equal('Year shown: 2015.');
    expect(chart.shadowRoot!.activeElement === slider(chart), 'focus stays on the slider').to.equal(true);
    // The drawing's keyboard points are those of 2015: the first bar reached says France's 2015 value.
    chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!.focus();
    await (chart as unknown as { keyboard: { load(): Promise<unknown> } }).keyboard.load(); // its code loads on first focus
    await sendKeys({ press: 'Home' });
    const said = chart.shadowRoot!.querySelector('[part="announcer"]')!.textContent!;
    expect(said).to.contain('FRA');
    expect(said).to.contain('82.67');
  });

  it('is keyboard-only: Tab reaches the slider, Home and End go to the first and last years, Tab then Enter plays', async () => {
    const { chart } = await rendered(`<button id="before">before</button>${BARS}></lnob-chart>`);
    await chart.updateComplete;
    document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(chart.shadowRoot!.activeElement === slider(chart), 'slider focused').to.equal(true);
    let changed = nextYear(chart);
    await sendKeys({ press: 'Home' });
    expect((await changed).year).to.equal(2000);
    changed = nextYear(chart);
    await sendKeys({ press: 'End' });
    expect((await changed).year).to.equal(2016);
    await sendKeys({ press: 'Tab' });
    expect(chart.shadowRoot!.activeElement === button(chart), 'button focused').to.equal(true);
    expect(button(chart).textContent).to.contain('Play');
    changed = nextYear(chart);
    await sendKeys({ press: 'Enter' });
    // From the last year, playing starts again at the first.
    expect((await changed).year).to.equal(2000);
    await chart.updateComplete;
    expect(button(chart).textContent).to.contain('Pause');
    await sendKeys({ press: 'Enter' });
    await chart.updateComplete;
    expect(button(chart).textContent).to.contain('Play');
  });

  it('plays to the last year and stops by itself', async () => {
    const { chart } = await rendered(`${BARS} year="2015"></lnob-chart>`);
    await chart.updateComplete;
    expect(shadowText(chart, '[part="year"]')).to.equal('2015');
    const changed = nextYear(chart);
    button(chart).click();
    expect((await changed).year).to.equal(2016);
    await chart.updateComplete;
    expect(button(chart).textContent).to.contain('Play'); // at the last year it stopped
  });

  it('with reduced motion the button steps one year per press and nothing moves by itself', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { chart } = await rendered(`${BARS} year="2000"></lnob-chart>`);
    await chart.updateComplete;
    expect(button(chart).textContent).to.contain('Next year');
    const changed = nextYear(chart);
    button(chart).click();
    expect((await changed).year).to.equal(2015);
    await chart.updateComplete;
    expect(button(chart).textContent).to.contain('Next year');
    expect(shadowText(chart, '[part="year"]')).to.equal('2015');
  });

  it('a map follows the year: a country’s colour and accessible name change, countries without data show as no data', async () => {
    const { chart, view } = await rendered(`${MAP}></lnob-chart>`);
    await chart.updateComplete;
    const kenya = () => markNames(chart).find((name) => name.startsWith('Kenya'));
    expect(kenya()).to.contain('68.93'); // women's life expectancy in Kenya, 2016
    const compiles = compileCount();
    const renders = countRenders(chart);
    slider(chart).focus();
    const changed = nextYear(chart);
    await sendKeys({ press: 'Home' });
    expect((await changed).year).to.equal(2000);
    await chart.updateComplete;
    expect(kenya()).to.contain('54.07');
    expect(renders()).to.equal(0);
    expect(compileCount()).to.equal(compiles);
    expect(chart.view === view).to.equal(true);
  });

  it('a place without a value in the year shown takes the map’s no-data style (illustrative data)', async () => {
    // Three of the four countries have a 2016 value: enough for a year control (render/years.ts: MOST_PLACES).
    const csv = ['geo,year,value', 'KEN,2015,10', 'KEN,2016,12', 'NGA,2015,20', 'GHA,2015,30', 'GHA,2016,31', 'SEN,2015,40', 'SEN,2016,41'].join('\n');
    const { chart } = await rendered(`<lnob-chart eager template="map"><script type="text/csv">${csv}</script></lnob-chart>`);
    await chart.updateComplete;
    // 2016: Nigeria has no value, so it is drawn as "no data" (not named to screen readers, as every such country).
    expect(markNames(chart)).to.have.members(['Kenya: 12', 'Ghana: 31', 'Senegal: 41']);
    const changed = nextYear(chart);
    slider(chart).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect((await changed).year).to.equal(2015);
    await chart.updateComplete;
    expect(markNames(chart)).to.have.members(['Kenya: 10', 'Nigeria: 20', 'Ghana: 30', 'Senegal: 40']);
  });

  it('is not offered when the latest year has values for only a few places (surveys in different years)', async () => {
    const csv = ['geo,year,value', 'KEN,2014,10', 'KEN,2022,12', 'NGA,2013,20', 'NGA,2018,22', 'GHA,2014,30', 'GHA,2017,31'].join('\n');
    const { chart } = await rendered(`<lnob-chart eager template="map"><script type="text/csv">${csv}</script></lnob-chart>`);
    await chart.updateComplete;
    expect(part(chart, 'year-control')).to.equal(null);
    expect(markNames(chart)).to.have.members(['Kenya: 12', 'Nigeria: 22', 'Ghana: 31']);
  });

  it('year="2015" starts there; year-control="none" keeps each place’s latest value and shows no control', async () => {
    const { chart } = await rendered(`${BARS} year-control="none"></lnob-chart>`);
    await chart.updateComplete;
    expect(part(chart, 'year-control')).to.equal(null);
    expect(shadowText(chart, '[part="notes"]')).to.contain('Latest available year: 2016');
  });

  it('a year the file lacks starts at the latest and tells the author', async () => {
    const warnings: string[] = [];
    const listen = (event: Event) => warnings.push((event as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('lnob-warning', listen);
    const { chart } = await rendered(`${BARS} year="1990"></lnob-chart>`);
    document.removeEventListener('lnob-warning', listen);
    await chart.updateComplete;
    expect(shadowText(chart, '[part="year"]')).to.equal('2016');
    expect(warnings).to.include('year');
  });

  it('the downloaded image and CSV are of the year shown, and say which', async () => {
    const { chart } = await rendered(`${BARS}></lnob-chart>`);
    await chart.updateComplete;
    slider(chart).focus();
    const changed = nextYear(chart);
    await sendKeys({ press: 'ArrowLeft' });
    await changed;
    const menu = (chart as unknown as { shareMenu: { run(action: string): Promise<void> } }).shareMenu;
    let download = nextDownload();
    await menu.run('svg');
    const svg = await (await download).text();
    expect(svg).to.contain('82.67'); // France, 2015
    expect(svg).not.to.contain('82.95'); // France, 2016
    expect(svg).to.contain('Year shown: 2015.');
    download = nextDownload();
    await menu.run('csv');
    const csv = await (await download).text();
    expect(csv.trim().split('\n')).to.have.length(4); // the header and the three countries of 2015
    expect(csv).to.contain('82.66782');
  });

  it('is mirrored in Arabic, with its words', async () => {
    const { chart } = await rendered(`${BARS} lang="ar"></lnob-chart>`);
    await chart.updateComplete;
    expect(getComputedStyle(part(chart, 'year-control')!).direction).to.equal('rtl');
    expect(button(chart).textContent).to.contain('تشغيل');
    expect(slider(chart).labels![0]!.textContent).to.contain('السنة');
  });

  it('axe finds no violation with the control, in English and Arabic', async () => {
    await import('axe-core/axe.min.js' as string);
    const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
    for (const lang of ['en', 'ar']) {
      const { chart } = await rendered(`${BARS} lang="${lang}"></lnob-chart>`);
      await chart.updateComplete;
      const results = await axe.run(chart, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      expect(results.violations.map((v) => `${lang}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
      cleanup();
    }
  });
});
