import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { rendered } from '../helpers.js';
import { ISSUE_CASES } from './issue-cases.js';

/**
 * The phone layouts of issue 20 (labels, trend ends, waffles, maps, stacked legends) at 360 and 800 px and in
 * Arabic, faster to look at than every template:
 *   npx wtr --config test/labels/screenshots.config.js --files test/labels/phones.look.ts
 * writes test/labels/screenshots/phones/*.png (not committed).
 */
const TEMPLATES = ['ranked-bar', 'disaggregation', 'stacked', 'survey', 'waffle', 'trend', 'map'];
const CASES: [string, string][] = [
  ...samples.filter((sample) => TEMPLATES.includes(sample.template)).map((sample): [string, string] => [sample.id, sampleMarkup(sample, { eager: '' })]),
  ...ISSUE_CASES.filter(([name]) => !['completion', 'progress-goal'].includes(name)),
];

describe('phone screenshots', () => {
  for (const [name, markup] of CASES) {
    for (const [suffix, width, extra] of [['360', 360, ''], ['800', 800, ''], ['ar-360', 360, ' lang="ar"']] as const) {
      it(`${name} ${suffix}`, async () => {
        const { host } = await rendered(markup.replace('<lnob-chart ', `<lnob-chart${extra} `), width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/labels/screenshots/phones/${name}-${suffix}.png` });
        host.remove();
      });
    }
  }
});
