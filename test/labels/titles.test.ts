import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { chartText, shortTitle } from '../../render/text.js';
import { cleanup, rendered, shadowText } from '../helpers.js';

/**
 * Long series names become a short title with the full name in the notes (issue 17, point 7) — only titles the
 * data file gives: what the page's author wrote is never shortened.
 */
const UN_NAME = 'Proportion of population living below the national poverty line, by sex, age and location (%) [1.2.1]';
const reader = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('short titles from long series names', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('cuts ", by …", qualifiers in brackets and the code, and keeps the unit', () => {
    expect(shortTitle(UN_NAME)).to.equal('Proportion of population living below the national poverty line (%)');
    expect(shortTitle('Proportion of youth (aged 15-24 years) not in education, employment or training (%)')).to.equal(
      'Proportion of youth not in education, employment or training (%)',
    );
    expect(shortTitle('Life expectancy at birth, total (years)')).to.equal('Life expectancy at birth, total (years)');
  });

  it('shortens the file’s title and says the full name in the notes; never the page’s own title', () => {
    const provenance = { title: UN_NAME, notes: ['Units: percent.'] };
    const fromFile = chartText({ attribute: reader({}), provenance });
    expect(fromFile.title).to.equal('Proportion of population living below the national poverty line (%)');
    expect(fromFile.notes).to.equal(`Units: percent. Series: ${UN_NAME}.`);
    const fromPage = chartText({ attribute: reader({ title: UN_NAME }), provenance });
    expect(fromPage.title).to.equal(UN_NAME);
    expect(fromPage.notes).to.equal('Units: percent.');
  });

  it('draws a UN SDG download with the short title and the full name in the notes', async () => {
    const src = '/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv';
    const { chart } = await rendered(`<lnob-chart eager src="${src}" where="sex=female" years="2010"></lnob-chart>`, 360);
    expect(shadowText(chart, '[part="title"]')).to.equal('Participation rate in organized learning (%)');
    expect(shadowText(chart, '[part="notes"]')).to.contain(
      'Series: Participation rate in organized learning (one year before the official primary entry age), by sex (%)',
    );
  });
});
