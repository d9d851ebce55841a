import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';

/** The share menu opened on a 360 px screen, in English and Arabic (test/labels/screenshots/menu-*.png). */
describe('share menu screenshots', () => {
  before(() => setViewport({ width: 360, height: 720 }));
  for (const lang of ['en', 'ar']) {
    it(lang, async () => {
      const { chart, host } = await rendered(`<lnob-chart eager lang="${lang}" title="Poverty by region" source="NBS"><script type="text/csv">category,value\nNorth West,70\nNorth East,69\n</script></lnob-chart>`, 344);
      await chart.updateComplete;
      chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
      await chart.updateComplete;
      host.style.paddingBottom = '400px';
      await executeServerCommand('lnob-screenshot', { selector: 'body', path: `test/labels/screenshots/menu-${lang}.png` });
      host.remove();
    });
  }
});
