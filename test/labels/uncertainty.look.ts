import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { sampleMarkup } from '../../templates/samples/index.js';
import { liberiaMalariaByRegion, liberiaMalariaBySex, liberiaMalariaGapBySex, liberiaMalariaProgress } from '../../templates/uncertainty/samples.js';
import { rendered } from '../helpers.js';

/**
 * Screenshots of the uncertainty samples (bands and whiskers) at 360 and 800 px, in Arabic, in the dark and
 * high-contrast themes, for people to look at:
 *   npx wtr --config test/labels/screenshots.config.js --files test/labels/uncertainty.look.ts
 * writes test/labels/screenshots/uncertainty/*.png (not committed). The assertions are in templates/uncertainty/.
 */
const SAMPLES = [liberiaMalariaBySex, liberiaMalariaProgress, liberiaMalariaByRegion, liberiaMalariaGapBySex];
const FRAMES = [
  ['360', 360, ''],
  ['800', 800, ''],
  ['ar-360', 360, ' lang="ar"'],
  ['ar-800', 800, ' lang="ar"'],
  ['dark-800', 800, ' theme="dark"'],
  ['contrast-360', 360, ' theme="high-contrast"'],
] as const;

describe('screenshots of uncertainty', () => {
  for (const sample of SAMPLES) {
    for (const [suffix, width, extra] of FRAMES) {
      it(`${sample.id} ${suffix}`, async () => {
        const { host } = await rendered(sampleMarkup(sample, { eager: '' }).replace('<lnob-chart ', `<lnob-chart${extra} `), width);
        host.id = 'shot';
        if (suffix.startsWith('dark')) host.style.background = '#111';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/labels/screenshots/uncertainty/${sample.id}-${suffix}.png` });
        host.remove();
      });
    }
  }
});
