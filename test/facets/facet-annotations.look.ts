import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';
import { chartMarkup } from '../templates/util.js';
import { FACETS_WITH_EVENTS, LINES_BY_COUNTRY } from './facet-annotations.data.js';

/** Small multiples with events marked (facet-annotations.test.ts asserts them), to look at in English and Arabic. */

describe('screenshots of small multiples with annotations', () => {
  for (const width of [360, 800]) {
    for (const lang of ['en', 'ar']) {
      it(`${lang} at ${width} px`, async () => {
        const { host } = await rendered(chartMarkup('trend', LINES_BY_COUNTRY, { ...FACETS_WITH_EVENTS, lang }), width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/facets/screenshots/annotations-${lang}-${width}.png` });
        host.remove();
      });
    }
  }
});
