import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { SMALL_MULTIPLES } from '../../stories/small-multiples.stories.js';
import { exampleMarkup } from '../../stories/real-data.stories.js';
import { rendered } from '../helpers.js';

const markup = (example: (typeof SMALL_MULTIPLES)[keyof typeof SMALL_MULTIPLES], extra = '') =>
  exampleMarkup(example).replace('<lnob-chart ', `<lnob-chart eager ${extra} `);

const CASES: [string, string][] = [
  ...Object.entries(SMALL_MULTIPLES).map(([name, example]): [string, string] => [name, markup(example)]),
  ['progress-ar', markup(SMALL_MULTIPLES.progress, 'lang="ar"')],
  ['ranked-bar-ar', markup(SMALL_MULTIPLES.rankedBar, 'lang="ar"')],
];

describe('screenshots of small multiples', () => {
  for (const width of [360, 800]) {
    for (const [name, html] of CASES) {
      it(`${name} at ${width} px`, async () => {
        const { host } = await rendered(html, width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/facets/screenshots/${name}-${width}.png` });
        host.remove();
      });
    }
  }
});
