import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { exportSocial, layoutSocial, SOCIAL_PRESETS } from '../../components/lnob-chart/share-export.js';
import { sampleMarkup } from '../../templates/samples/index.js';
import { cleanup, rendered, scaledBudget } from '../helpers.js';
import { expectSnapshot, expectTextRules, SAMPLES, shareInputs } from './cases.js';
import { useSnapshotFont } from './font.js';

/**
 * Every template's share images (issue 20, part 2): laid out for their shape, against reviewed snapshots, with the
 * text rules; text at least ~3% of the image's height; the drawing fills its room. In a run for people to look at
 * (test/visual/look.config.js) the PNGs the share menu makes are saved too.
 */
describe('visual snapshots: share images', () => {
  before(useSnapshotFont);
  afterEach(cleanup);
  // Every preset in English; the wide one in Arabic too (its column of words goes to the right).
  const CASES = [...SOCIAL_PRESETS.map((preset) => ({ preset, lang: 'en' })), { preset: SOCIAL_PRESETS.find((preset) => preset.id === 'landscape')!, lang: 'ar' }];
  for (const sample of SAMPLES) {
    for (const { preset, lang } of CASES) {
      const name = `${sample.template}-share-${preset.id}${lang === 'en' ? '' : `-${lang}`}`;
      it(name, async function () {
        this.timeout(scaledBudget(20_000));
        const { chart } = await rendered(sampleMarkup(sample, { eager: '', lang }), 800);
        const { source, chrome } = shareInputs(chart);
        const laid = await layoutSocial(source, chrome, preset);
        expect(laid.width * laid.scale).to.be.closeTo(preset.width, 1);
        expect(laid.height * laid.scale).to.be.closeTo(preset.height, 1);
        await expectSnapshot(name, laid.svg);
        await expectTextRules(name, laid.svg);
        const sizes = [...laid.svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
        // The smallest text, as drawn in the image: at least ~3% of the image's shorter side (a phone shows posts full width).
        expect(Math.min(...sizes) * laid.scale, 'smallest text in image pixels').to.be.at.least(0.0275 * Math.min(preset.width, preset.height));
        if (await executeServerCommand('lnob-visual-look')) {
          const { blob } = await exportSocial(source, chrome, preset);
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          await executeServerCommand('lnob-visual-file', { name: `${name}.png`, base64: btoa(binary) });
        }
      });
    }
  }
});
