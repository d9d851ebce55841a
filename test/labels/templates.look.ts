import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { rendered } from '../helpers.js';
import { ISSUE_CASES } from './issue-cases.js';

/**
 * Screenshots of every template's samples, and of the cases issue 20 names, at 360 and 800 px, in English and
 * Arabic, and in the dark theme, for people to look at:
 *   npx wtr --config test/labels/screenshots.config.js --files test/labels/templates.look.ts
 * writes test/labels/screenshots/templates/*.png (not committed). The assertions are in test/labels/visuals.test.ts.
 */
const CASES: [string, string][] = [...samples.map((sample): [string, string] => [sample.id, sampleMarkup(sample, { eager: '' })]), ...ISSUE_CASES];

describe('screenshots of every template', () => {
  for (const [name, markup] of CASES) {
    for (const [suffix, width, extra] of [['360', 360, ''], ['800', 800, ''], ['ar-360', 360, ' lang="ar"'], ['dark-800', 800, ' theme="dark"']] as const) {
      it(`${name} ${suffix}`, async () => {
        const { host } = await rendered(markup.replace('<lnob-chart ', `<lnob-chart${extra} `), width);
        host.id = 'shot';
        if (suffix.startsWith('dark')) host.style.background = '#111';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/labels/screenshots/templates/${name}-${suffix}.png` });
        host.remove();
      });
    }
  }
});
