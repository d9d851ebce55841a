import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { rendered } from '../helpers.js';

/**
 * The map's "no data" hatching, its phone disclaimer, and the legends and waffles of right-to-left charts, at 360
 * and 800 px, in English and Arabic and in every theme, for people to look at:
 *   npx wtr --config test/labels/screenshots.config.js --files test/geo/nodata.look.ts
 * writes test/geo/screenshots/*.png (not committed).
 */
const POVERTY = `<lnob-chart eager template="map" src="/test/fixtures/formats/owid-extreme-poverty.csv" title="Extreme poverty" source="Our World in Data"></lnob-chart>`;
const PRE_PRIMARY = `<lnob-chart eager template="map" src="/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv" years="2010" title="Pre-primary participation"></lnob-chart>`;
const LEGENDS = ['stacked', 'trend', 'map', 'disaggregation', 'pyramid', 'slope'];
const CASES: [string, string][] = [
  ['poverty', POVERTY],
  ['pre-primary', PRE_PRIMARY],
  ...LEGENDS.flatMap((template) => samples.filter((sample) => sample.template === template).slice(0, 1).map((sample): [string, string] => [sample.id, sampleMarkup(sample, { eager: '' })])),
];
const THEMES = ['default', 'dark', 'high-contrast', 'sdg'];

describe('map and right-to-left screenshots', () => {
  for (const [name, markup] of CASES) {
    for (const theme of name === 'poverty' ? THEMES : ['default']) {
      for (const [suffix, width, lang] of [['360', 360, 'en'], ['800', 800, 'en'], ['ar-360', 360, 'ar'], ['ar-800', 800, 'ar']] as const) {
        it(`${name} ${theme} ${suffix}`, async () => {
          const { host } = await rendered(markup.replace('<lnob-chart ', `<lnob-chart lang="${lang}" theme="${theme}" `), width);
          host.id = 'shot';
          if (theme === 'dark') host.style.background = '#111';
          await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/geo/screenshots/${name}-${theme}-${suffix}.png` });
          host.remove();
        });
      }
    }
  }
});
