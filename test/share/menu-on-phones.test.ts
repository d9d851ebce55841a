import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../index.js';
import { cleanup, rendered } from '../helpers.js';

const markup = (lang: string) => `<lnob-chart eager lang="${lang}" title="Poverty by region" source="NBS"><script type="text/csv">
category,value
North West,70
North East,69
</script></lnob-chart>`;

/** Boxes of the open menu and of its items that run past the screen's edges. */
function outside(menu: HTMLElement): string[] {
  const width = document.documentElement.clientWidth;
  return [menu, ...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')]
    .map((el) => ({ name: el.textContent!.trim().slice(0, 30) || 'menu', box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.left < 0 || box.right > width)
    .map(({ name, box }) => `${name}: ${Math.round(box.left)}…${Math.round(box.right)} of ${width}`);
}

describe('share menu on a phone (issue 20)', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(cleanup);

  for (const lang of ['en', 'ar']) {
    it(`stays on the screen at 360 px in ${lang}: no item cut, no sideways scrolling`, async () => {
      const { chart } = await rendered(markup(lang), 344);
      await chart.updateComplete;
      chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
      await chart.updateComplete;
      const menu = chart.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
      expect(menu.hidden).to.equal(false);
      expect(outside(menu)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(document.documentElement.clientWidth);
    });
  }
});
