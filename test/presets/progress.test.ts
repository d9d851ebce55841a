import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { INDICATORS, getIndicator, progressOptions } from '../../templates/indicators.js';
import { cleanup, rendered, shadowText } from '../helpers.js';

/** Test rows, not data about any place: a gentle fall, or a gentle rise for indicators where higher is better. */
function rows(higherIsBetter: boolean, scale = 1): string {
  const values = higherIsBetter ? [40, 43, 47, 50, 52] : [40, 37, 35, 33, 31];
  return ['time,value', ...[2015, 2017, 2019, 2021, 2023].map((year, i) => `${year},${values[i]! * scale}`)].join('\n');
}

function progressChart(code: string, attributes = '', scale = 1): string {
  const preset = getIndicator(code)!;
  return `<lnob-chart eager template="progress" indicator="${code}" ${attributes}>
    <script type="text/csv">\n${rows(preset.higherIsBetter, scale)}\n</script></lnob-chart>`;
}

const svgTexts = (chart: LnobChart) => [...chart.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
const summary = (chart: LnobChart) => shadowText(chart, '[part="summary"]');

describe('indicator presets in a rendered progress chart', () => {
  afterEach(cleanup);

  for (const preset of INDICATORS) {
    it(`${preset.code}: title, unit and 2030 target`, async () => {
      const scale = preset.code === '3.1.1' ? 5 : 1; // maternal deaths per 100,000: a few hundred
      const { chart } = await rendered(progressChart(preset.code, '', scale));
      expect(shadowText(chart, '[part="title"]')).to.equal(preset.title.en);
      expect(shadowText(chart, '[part="subtitle"]')).to.equal(preset.unitLabel.en);
      expect(shadowText(chart, '[part="notes"]')).to.equal(preset.notes.en);
      expect(summary(chart)).to.contain(`Latest value ${(31 * scale).toFixed(preset.decimals)}${preset.unit}`.replace('31', preset.higherIsBetter ? '52' : '31'));

      const target = preset.target2030;
      const texts = svgTexts(chart);
      if (target.kind === 'none') {
        expect(texts.some((t) => /on track|off track/.test(t)), 'no verdict').to.equal(false);
        expect(summary(chart)).to.contain('No target');
        return;
      }
      const label = progressOptions(preset, 'en')['target-label'] as string | undefined;
      // The target's label with its value (issue 20): "2030 target: 25".
      expect(texts.some((t) => t.startsWith(`${label ?? '2030 target'}:`)), `target line label in ${JSON.stringify(texts)}`).to.equal(true);
      expect(texts.some((t) => t === 'on track' || t === 'off track'), 'a verdict').to.equal(true);
      const value = target.kind === 'value' ? target.value : 40 * target.factor;
      expect(summary(chart)).to.contain(`${value.toFixed(preset.decimals)}${preset.unit}`);
    });
  }

  it('says which baseline a relative target (1.2.1) was computed from', async () => {
    const { chart } = await rendered(progressChart('1.2.1'));
    expect(svgTexts(chart)).to.include('baseline 2015');
    expect(summary(chart)).to.contain('half the 2015 value of 40.0%');
  });

  it('lets the page’s own target and label beat the preset’s', async () => {
    const { chart } = await rendered(progressChart('3.2.1', 'target="20" target-label="Our goal: 20"'));
    const texts = svgTexts(chart);
    expect(texts.some((t) => t.startsWith('Our goal: 20:')), JSON.stringify(texts)).to.equal(true);
    expect(texts.some((t) => t.startsWith('2030 target'))).to.equal(false);
    expect(summary(chart)).to.contain('Our goal: 20: 20.0');
  });

  it('speaks French with lang="fr": official title, French unit and target label', async () => {
    const { chart } = await rendered(progressChart('3.2.1', 'lang="fr"'));
    expect(shadowText(chart, '[part="title"]')).to.equal('Taux de mortalité des enfants de moins de 5 ans');
    expect(shadowText(chart, '[part="subtitle"]')).to.equal('Décès avant 5 ans pour 1 000 naissances vivantes');
    expect(svgTexts(chart).some((t) => t.startsWith('Cible 2030 :'))).to.equal(true);
  });
});
