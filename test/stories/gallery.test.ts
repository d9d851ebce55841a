import { expect } from '@open-wc/testing';
import '../../index.js';
import { gallery, GALLERY_THEMES, GALLERY_WIDTHS } from '../../stories/gallery.js';
import { templateIds } from '../../templates/index.js';
import { nextOutcome } from '../helpers.js';

/** The catalogue's gallery page: every template in every theme at both widths, drawn at once (eager), none failing. */
describe('the gallery page', () => {
  it('draws every template in every theme at 360 and 800 px, in Arabic too', async function () {
    this.timeout(120_000);
    const page = gallery({ lang: 'ar' });
    const charts = [...page.querySelectorAll('lnob-chart')];
    const outcomes = charts.map((chart) => nextOutcome(chart));
    document.body.append(page);
    try {
      expect(charts.length).to.equal(templateIds().length * GALLERY_THEMES.length * GALLERY_WIDTHS.length);
      for (const chart of charts) expect(chart.hasAttribute('eager'), 'draws without scrolling').to.equal(true);
      const seen = new Set(charts.map((chart) => `${chart.getAttribute('template')}|${chart.getAttribute('theme')}|${chart.parentElement!.style.width}|${chart.getAttribute('lang')}`));
      expect(seen.size).to.equal(charts.length);
      expect((await Promise.all(outcomes)).map((outcome) => outcome.type)).to.deep.equal(charts.map(() => 'lnob-render'));
    } finally {
      page.remove();
    }
  });
});
