import { expect } from '@open-wc/testing';
import '../../index.js';
import { povertyProgress } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import { progressSettings, progressVerdicts } from './verdict.js';
import type { Row } from '../../data/table.js';
import { cleanup, failed, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { checkEdge, timeCases } from '../../test/templates/edge.js';
import { overlappingTexts } from '../../test/templates/overlap.js';
import { chartMarkup, markTexts, marks, summaryOf } from '../../test/templates/util.js';
import { truthful } from './progress.js';

const year = (y: number) => new Date(Date.UTC(y, 0, 1));
const rows = (points: [number, number][], series?: string): Row[] =>
  points.map(([y, value]) => ({ time: year(y), value, ...(series ? { series } : {}) }));

describe('progress verdict (UN SDG progress assessment method)', () => {
  it('projects with the compound annual growth rate since the baseline year', () => {
    const settings = progressSettings({ target: 20, 'baseline-year': 2015, 'target-year': 2030 });
    const [v] = progressVerdicts(rows([[2010, 50], [2015, 40], [2020, 32]]), settings);
    const rate = Math.pow(32 / 40, 1 / 5) - 1;
    expect(v!.baseline!.year).to.equal(2015);
    expect(v!.rate).to.be.closeTo(rate, 1e-12);
    expect(v!.projected).to.be.closeTo(32 * Math.pow(1 + rate, 10), 1e-9);
    expect(v!.direction).to.equal('decrease');
    // 32 × 0.8^(10/5) = 20.48: above the target of 20, so off track; a target of 21 would be met.
    expect(v!.verdict).to.equal('off track');
    expect(progressVerdicts(rows([[2015, 40], [2020, 32]]), progressSettings({ target: 21 }))[0]!.verdict).to.equal('on track');
  });

  it('is off track when the projection misses the target, and never projects below zero', () => {
    const settings = progressSettings({ target: 0, 'target-year': 2030 });
    const [v] = progressVerdicts(rows([[2015, 10], [2020, 5]]), settings);
    expect(v!.projected).to.be.greaterThan(0);
    expect(v!.projection.every((p) => p.value >= 0)).to.equal(true);
    expect(v!.verdict).to.equal('off track');
  });

  it('reads a relative target from the baseline value and uses the first value at or after the baseline year', () => {
    const settings = progressSettings({ 'target-relative': 0.5, 'baseline-year': 2016 });
    const [v] = progressVerdicts(rows([[2012, 60], [2017, 50], [2021, 45]]), settings);
    expect(v!.baseline!.year).to.equal(2017);
    expect(v!.target).to.equal(25);
    expect(v!.verdict).to.equal('off track');
  });

  it('gives no verdict without a target, or with one value, or with values at or below zero', () => {
    expect(progressVerdicts(rows([[2015, 1], [2020, 2]]), progressSettings({}))[0]!.verdict).to.equal(null);
    expect(progressVerdicts(rows([[2020, 2]]), progressSettings({ target: 5 }))[0]!.reason).to.contain('two years');
    expect(progressVerdicts(rows([[2015, -1], [2020, 2]]), progressSettings({ target: 5 }))[0]!.reason).to.contain('above zero');
  });

  it('gives one verdict per series, with an increasing target', () => {
    const settings = progressSettings({ target: 100 });
    const verdicts = progressVerdicts([...rows([[2015, 60], [2020, 80]], 'Urban'), ...rows([[2015, 30], [2020, 33]], 'Rural')], settings);
    expect(verdicts.map((v) => [v.series, v.verdict])).to.deep.equal([
      ['Urban', 'on track'],
      ['Rural', 'off track'],
    ]);
  });
});

describe('progress template', () => {
  afterEach(cleanup);

  it('draws the observed line, the target line, the dashed projection and the verdict', async () => {
    const { chart } = await rendered(sampleMarkup(povertyProgress, { eager: '' }));
    const lines = marks(chart, 'line');
    expect(lines).to.have.length(3);
    expect(lines.filter((l) => l.getAttribute('stroke-dasharray'))).to.have.length(1);
    expect(marks(chart, 'symbol')).to.have.length(7 + 1); // observed values and the baseline ring
    // Every number a reader asks for is written (issue 20): the target with its value, the latest value, the projection and the shortfall.
    expect(markTexts(chart)).to.include.members(['2030 target: half of 2015: 21.0%', 'off track', 'baseline 2015', '36.2%', '31.8% by 2030', '10.8 points short']);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
    expect(shadowText(chart, '[part="notes"]')).to.contain('Illustrative data');
  });

  it('shows year ticks for years-only data, up to the target year', async () => {
    const { chart } = await rendered(sampleMarkup(povertyProgress, { eager: '' }));
    const ticks = [...svgOf(chart).querySelectorAll('g.role-axis-label text')]
      .filter((t) => t.getAttribute('opacity') !== '0')
      .map((t) => t.textContent ?? '');
    expect(ticks).to.include('2030');
    for (const tick of ticks.filter((t) => /^\d{4}$/.test(t) || /[A-Za-z]/.test(t))) expect(tick).to.match(/^\d{4}$/);
  });

  it('summarises the latest value, the target and the verdict', async () => {
    const { chart } = await rendered(sampleMarkup(povertyProgress, { eager: '' }));
    const summary = summaryOf(chart);
    expect(summary).to.contain('Latest value 36.2% (2023)');
    expect(summary).to.contain('2030 target: 21.0% (half the 2015 value of 42.0%)');
    expect(summary).to.contain('off track');
  });

  it('says "on track" when the trend reaches the target', async () => {
    const { chart } = await rendered(chartMarkup('progress', 'time,value\n2015,40\n2020,30', { target: '20' }));
    expect(markTexts(chart)).to.include.members(['2030 target: 20', 'on track']);
    expect(summaryOf(chart)).to.contain('on track');
  });

  it('gives each series its own verdict', async () => {
    const csv = 'time,series,value\n2015,Urban,60\n2020,Urban,80\n2015,Rural,30\n2020,Rural,33';
    const { chart } = await rendered(chartMarkup('progress', csv, { target: '100' }));
    expect(markTexts(chart)).to.include.members(['Urban on track', 'Rural off track']);
    expect(summaryOf(chart)).to.match(/Urban: latest value .*on track.*Rural: latest value .*off track/);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  it('draws no target line and no verdict without a target', async () => {
    const { chart } = await rendered(chartMarkup('progress', 'time,value\n2015,40\n2020,30'));
    expect(marks(chart, 'line')).to.have.length(1);
    expect(markTexts(chart).join(' ')).to.not.match(/track|target/);
    expect(summaryOf(chart)).to.contain('No target is set');
  });

  it('names the missing column in plain words', async () => {
    const { error, alert } = await failed(chartMarkup('progress', 'year_of_survey,value\n2015,1'));
    expect(error.code).to.equal('missing-column');
    expect(alert.textContent).to.contain('time-column');
  });

  it('counts the verdicts instead of describing each of many lines, and names only the highest and lowest ends', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `2015,Place ${i + 1},${40 + i}\n2020,Place ${i + 1},${30 + i * 1.5}`).join('\n');
    const { chart } = await rendered(chartMarkup('progress', `time,series,value\n${rows}`, { target: '25' }), 320);
    expect(summaryOf(chart)).to.match(/20 lines\. \d+ on track \(Place 1.*\); \d+ off track\./);
    expect(markTexts(chart).filter((t) => t.includes('track'))).to.have.length(10);
    expect(overlappingTexts(svgOf(chart))).to.deep.equal([]);
  });

  describe('tiny values in the summary', () => {
    it('writes a projection with enough decimals to be true, never "would reach 0"', async () => {
      // 4 → 1 in five years projects 0.0625 by 2030: the data has no decimals, the projection needs two.
      const { chart } = await rendered(chartMarkup('progress', 'time,value\n2015,4\n2020,1', { target: '0' }));
      const summary = summaryOf(chart);
      expect(summary).to.contain('it would reach 0.06 by 2030');
      expect(summary).to.not.match(/reach 0 by/);
    });

    it('keeps the data’s decimals when they already show the projection, and its unit', async () => {
      const { chart } = await rendered(chartMarkup('progress', 'time,value\n2015,4.5%\n2020,1.5%', { target: '0.5' }));
      // 1.5 × (1.5 / 4.5)² = 0.167 with the data's one decimal is 0.2%: true to one significant digit.
      expect(summaryOf(chart)).to.contain('it would reach 0.2% by 2030');
      cleanup();
      const { chart: percent } = await rendered(chartMarkup('progress', 'time,value\n2015,4%\n2020,1%', { target: '0' }));
      expect(summaryOf(percent)).to.contain('it would reach 0.06% by 2030');
    });

    it('adds decimals only where the data’s would write a value that is not zero as 0 (pure)', () => {
      const to = (value: number, decimals: number) => value.toFixed(decimals);
      const whole = (value: number) => value.toFixed(0);
      expect(truthful(0.0625, whole, 0, to)).to.equal('0.06');
      expect(truthful(-0.004, (v) => v.toFixed(2), 2, to)).to.equal('-0.004');
      expect(truthful(0.95, whole, 0, to)).to.equal('1');
      expect(truthful(0.26, (v) => v.toFixed(1), 1, to)).to.equal('0.3');
      expect(truthful(0, whole, 0, to)).to.equal('0');
      expect(truthful(0.0625, whole, 0)).to.equal('0'); // a shell that gives no formatTo: the data's format
      expect(truthful(1e-30, whole, 0, to)).to.equal(to(1e-30, 20)); // at most 20 decimals (what Intl allows everywhere)
      expect(truthful(5e-324, whole, 0, to)).to.equal(to(5e-324, 20));
    });

    it('never writes a non-zero value as 0 or -0', async () => {
      const { chart } = await rendered(chartMarkup('progress', 'time,series,value\n2015,A,1\n2020,A,0.3\n2015,C,1\n2020,C,-0.004'));
      const summary = summaryOf(chart);
      expect(summary).to.contain('C: latest value -0.004 (2020)');
      expect(summary).to.not.match(/-0(?![.,\d])/);
    });
  });

  describe('edge data at 320 px (with a relative target)', () => {
    for (const edge of timeCases({ 'target-relative': '0.5' })) it(edge.name, () => checkEdge('progress', edge));
  });
});
