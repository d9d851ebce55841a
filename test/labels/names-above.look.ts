import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';
import { chartMarkup, csv } from '../templates/util.js';

/**
 * Names above their bars (templates/names-above.ts) at 360 and 800 px, in English and Arabic, in the default and
 * high-contrast themes, for people to look at:
 *   npx wtr --config test/labels/screenshots.config.js --files test/labels/names-above.look.ts
 * writes test/labels/screenshots/names-above/*.png (not committed). The assertions are in names-above.test.ts.
 */
const LONG = ['Democratic Republic of the Congo', 'Central African Republic', 'North Central', 'Kenya'];
const ANSWERS = ['People with disabilities living in rural areas far from services', 'Older women living alone in urban informal settlements', 'Children', 'Girls and women'];
const CASES: [string, string][] = [
  ['ranked-bar', chartMarkup('ranked-bar', csv(['category', 'value'], LONG.map((name, i) => [name, 73 - i * 11])), { unit: '%', reference: '40', 'reference-label': 'National average' })],
  ['ranked-bar-ranges', chartMarkup('ranked-bar', csv(['category', 'value', 'lower', 'upper'], LONG.map((name, i) => [name, 60 - i * 9, 52 - i * 9, 69 - i * 9])), { unit: '%', 'lower-column': 'lower', 'upper-column': 'upper' })],
  ['survey', chartMarkup('survey', csv(['category', 'value'], ANSWERS.map((name, i) => [name, 40 - i * 8])))],
  ['disaggregation', chartMarkup('disaggregation', csv(['category', 'group', 'value'], LONG.flatMap((name, i) => [[name, 'Girls', 40 + i * 5], [name, 'Boys', 52 + i * 4]])))],
  ['stacked', chartMarkup('stacked', csv(['category', 'group', 'value'], LONG.flatMap((name, i) => [[name, 'Urban', 40 + i * 5], [name, 'Rural', 52 + i * 4]])))],
];

describe('names above their bars: screenshots', () => {
  for (const [name, markup] of CASES) {
    for (const [suffix, width, extra] of [['360', 360, ''], ['ar-360', 360, ' lang="ar"'], ['hc-360', 360, ' theme="high-contrast"'], ['800', 800, '']] as const) {
      it(`${name} ${suffix}`, async () => {
        const { host } = await rendered(markup.replace('<lnob-chart ', `<lnob-chart${extra} `), width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/labels/screenshots/names-above/${name}-${suffix}.png` });
        host.remove();
      });
    }
  }
});
