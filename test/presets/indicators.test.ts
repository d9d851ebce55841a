import { expect } from '@open-wc/testing';
import { ChartError } from '../../core/errors.js';
import {
  INDICATORS,
  getIndicator,
  indicatorCodes,
  normaliseCode,
  presetDefaults,
  presetLanguage,
  progressOptions,
} from '../../templates/indicators.js';

/** The indicators issue #3 asks for, with the 2030 target each must carry. */
const REQUIRED: Record<string, { goal: number; target?: number; relative?: number; direction: 'increase' | 'decrease' }> = {
  '1.1.1': { goal: 1, target: 3, direction: 'decrease' },
  '1.2.1': { goal: 1, relative: 0.5, direction: 'decrease' },
  '2.2.1': { goal: 2, direction: 'decrease' },
  '3.1.1': { goal: 3, target: 70, direction: 'decrease' },
  '3.2.1': { goal: 3, target: 25, direction: 'decrease' },
  '3.2.2': { goal: 3, target: 12, direction: 'decrease' },
  '4.1.2': { goal: 4, target: 100, direction: 'increase' },
  '5.5.1': { goal: 5, target: 50, direction: 'increase' },
  '6.1.1': { goal: 6, target: 100, direction: 'increase' },
  '7.1.1': { goal: 7, target: 100, direction: 'increase' },
  '8.5.2': { goal: 8, direction: 'decrease' },
  '10.2.1': { goal: 10, direction: 'decrease' },
  '16.9.1': { goal: 16, target: 100, direction: 'increase' },
};

describe('indicator presets: the data', () => {
  it('covers every indicator the issue lists, once each', () => {
    expect(indicatorCodes()).to.include.members(Object.keys(REQUIRED));
    expect(new Set(indicatorCodes()).size).to.equal(INDICATORS.length);
  });

  for (const preset of INDICATORS) {
    describe(preset.code, () => {
      it('is well formed and cites its source', () => {
        expect(preset.code).to.match(/^\d{1,2}\.[\da-z]\.\d$/);
        expect(preset.code.startsWith(`${preset.goal}.`)).to.equal(true);
        expect(preset.code.startsWith(`${preset.target}.`)).to.equal(true);
        expect(preset.goal).to.be.within(1, 17);
        expect(preset.source).to.match(/A\/RES\/71\/313/);
        expect(preset.targetText.length).to.be.greaterThan(20);
      });

      it('has a title that is the start of the official name, word for word, in every language', () => {
        for (const lang of ['en', 'fr', 'es'] as const) {
          const title = preset.title[lang];
          const name = preset.name[lang];
          if (title === undefined) {
            // No official name → no title: English is shown, never a hand translation.
            expect(name, `${preset.code} ${lang}`).to.equal(undefined);
            continue;
          }
          expect(name, `${preset.code} ${lang} name`).to.be.a('string');
          expect(name!.startsWith(title), `${preset.code} ${lang}: "${title}"`).to.equal(true);
        }
      });

      it('has target labels short enough to sit beside the target line uncut', () => {
        for (const lang of ['en', 'fr', 'es'] as const) {
          const label = progressOptions(preset, lang)['target-label'];
          if (typeof label === 'string') expect(label.length, `${preset.code} ${lang}: "${label}"`).to.be.at.most(17);
        }
      });

      it('has notes and a unit label in English, French and Spanish', () => {
        for (const lang of ['en', 'fr', 'es'] as const) {
          expect(preset.notes[lang], `${preset.code} notes ${lang}`).to.be.a('string').and.not.equal('');
          expect(preset.unitLabel[lang], `${preset.code} unit ${lang}`).to.be.a('string').and.not.equal('');
        }
      });

      const expected = REQUIRED[preset.code];
      if (expected) {
        it('maps its 2030 target to the progress template’s options', () => {
          const options = progressOptions(preset, 'en');
          expect(preset.goal).to.equal(expected.goal);
          expect(options['direction']).to.equal(expected.direction);
          if (expected.target !== undefined) {
            expect(options['target']).to.equal(expected.target);
            expect(options['target-year']).to.equal(2030);
          } else if (expected.relative !== undefined) {
            expect(options['target-relative']).to.equal(expected.relative);
            expect(options['baseline-year']).to.equal(2015);
            expect(options).not.to.have.property('target');
          } else {
            // No numeric target: no line, no verdict.
            expect(options).to.deep.equal({ direction: expected.direction });
          }
        });
      }
    });
  }

  it('says what the issue requires in the notes', () => {
    const notes = (code: string) => getIndicator(code)!.notes.en;
    expect(notes('1.1.1')).to.contain('$3.00 a day').and.contain('2021').and.contain('$1.25').and.contain('3%');
    expect(notes('1.2.1')).to.contain('2015').and.contain('first value after 2015');
    expect(notes('2.2.1')).to.contain('no target line or verdict');
    expect(notes('3.1.1')).to.contain('global').and.contain('below 70 per 100,000 live births');
    expect(notes('5.5.1')).to.contain('parity');
    expect(progressOptions(getIndicator('5.5.1')!, 'en')['target-label']).to.equal('Parity: 50%');
    expect(notes('5.5.1')).to.contain('one reading');
    for (const code of ['8.5.2', '10.2.1']) expect(notes(code)).to.contain('sex, age and disability');
    expect(getIndicator('8.5.2')!.disaggregations).to.include.members(['sex', 'age', 'disability']);
    expect(getIndicator('10.2.1')!.disaggregations).to.include.members(['sex', 'age', 'disability']);
  });
});

describe('indicator presets: presetDefaults()', () => {
  it('gives the English official short name, unit, goal and progress options', () => {
    const d = presetDefaults('3.2.1');
    expect(d.title).to.equal('Under-5 mortality rate');
    expect(d.subtitle).to.equal('Deaths before age 5 per 1,000 live births');
    expect(d.unit).to.equal('');
    expect(d.decimals).to.equal(1);
    expect(d.goal).to.equal(3);
    expect(d.higherIsBetter).to.equal(false);
    expect(d.options).to.deep.equal({
      direction: 'decrease',
      'target-year': 2030,
      target: 25,
      'target-label': '2030 target: 25',
    });
  });

  it('speaks the chart’s language, falling back to English where the UN list has no official name', () => {
    const fr = presetDefaults('3.2.1', 'fr');
    expect(fr.title).to.equal('Taux de mortalité des enfants de moins de 5 ans');
    expect(fr.titleLanguage).to.equal('fr');
    expect(fr.options['target-label']).to.equal('Cible 2030 : 25');
    expect(presetDefaults('3.2.1', 'es-419').title).to.equal('Tasa de mortalidad de niños menores de 5 años');
    const noFrench = presetDefaults('4.1.2', 'fr');
    expect(noFrench.title).to.equal('Completion rate (primary education, lower secondary education, upper secondary education)');
    expect(noFrench.titleLanguage).to.equal('en');
    expect(presetDefaults('3.2.1', 'pt-BR').titleLanguage).to.equal('en');
  });

  it('reads codes written in other common ways', () => {
    expect(normaliseCode(' SDG 3-2-1 ')).to.equal('3.2.1');
    expect(presetDefaults('16_9_1').code).to.equal('16.9.1');
    expect(presetLanguage('FR-ca')).to.equal('fr');
    expect(presetLanguage(undefined)).to.equal('en');
  });

  it('turns an unknown code into a plain-words unsupported error listing the known codes', () => {
    let error: unknown;
    try {
      presetDefaults('3.2.9');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(ChartError);
    expect((error as ChartError).code).to.equal('unsupported');
    expect((error as ChartError).message).to.contain('"3.2.9"').and.contain('3.2.1').and.contain('16.9.1');
  });
});
