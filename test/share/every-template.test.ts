import { expect } from '@open-wc/testing';
import '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { cleanup, rendered, scaledBudget } from '../helpers.js';
import type { ShareSource } from '../../components/lnob-chart/share-export.js';

type Exposed = { shareMenu: { chrome(): never; source: never } };

/** Every shipped sample, every template: the exports work, and the social image is laid out again at its size. */
describe('exports of every template', () => {
  afterEach(cleanup);
  for (const sample of samples) {
    it(`${sample.template} (${sample.id}): SVG, CSV and a portrait social image`, async function () {
      this.timeout(scaledBudget(30_000));
      const { chart, view } = await rendered(sampleMarkup(sample, { eager: '' }), 640);
      const menu = (chart as unknown as Exposed).shareMenu;
      const ex = await import('../../components/lnob-chart/share-export.js');
      const svg = await ex.exportSvg(menu.source, menu.chrome(), view);
      const doc = new DOMParser().parseFromString(svg.svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      if (sample.attributes['title']) expect(doc.querySelector('title')?.textContent).to.equal(sample.attributes['title']);
      const csv = ex.dataCsv((menu.source as ShareSource).plan.table);
      expect(csv.split('\n').length).to.be.greaterThan(1);
      const portrait = await ex.layoutSocial(menu.source, menu.chrome(), ex.SOCIAL_PRESETS[1]!);
      // Laid out as a phone shows it: 360 to 432 px wide, at the preset's shape.
      expect(portrait.width).to.be.within(360, 432);
      expect(portrait.height).to.be.closeTo((portrait.width * 1350) / 1080, 0.5);
      expect(portrait.chart.svg).to.match(/^<svg/);
      // Laid out again, not scaled: the drawing is as wide as the post's room (or, if it keeps its own shape, no wider).
      expect(portrait.chart.width).to.be.at.most(portrait.width - 32 + 1);
    });
  }
});
