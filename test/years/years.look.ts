import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';

/** The year control at 360 and 800 px, in English and Arabic, focused, for people to look at (see screenshots.config.js). */
const BARS = (lang: string) => `<lnob-chart eager lang="${lang}" src="/demo/data/eurostat-sdg-08-10-gdp-per-capita.tsv" where="unit=CLV10_EUR_HAB"
  countries="DE; FR; IT; ES; PT; EL; RO; BG; LT; EE; LV; SK" title="${lang === 'ar' ? 'الناتج المحلي للفرد' : 'Real GDP per person'}" source="Eurostat, sdg_08_10"></lnob-chart>`;
const MAP = (lang: string) => `<lnob-chart eager template="map" lang="${lang}" src="/demo/data/who-gho-life-expectancy-by-sex.csv" geo-column="COUNTRY"
  value-column="Numeric" time-column="YEAR" where="SEX=FMLE" title="${lang === 'ar' ? 'متوسط العمر المتوقع للنساء' : 'Women’s life expectancy'}"></lnob-chart>`;

describe('screenshots of the year control', () => {
  for (const width of [360, 800]) {
    for (const [name, markup] of [['bars-en', BARS('en')], ['bars-ar', BARS('ar')], ['map-en', MAP('en')], ['map-ar', MAP('ar')]] as const) {
      it(`${name} at ${width} px`, async () => {
        const { host, chart } = await rendered(markup, width);
        host.id = 'shot';
        await chart.updateComplete;
        const slider = chart.shadowRoot!.querySelector<HTMLInputElement>('[part="year-slider"]')!;
        slider.focus();
        const changed = new Promise((resolve) => chart.addEventListener('lnob-year-change', resolve, { once: true }));
        await sendKeys({ press: 'Home' }); // the first year, the slider ringed by the focus
        await changed;
        await chart.updateComplete;
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/years/screenshots/${name}-${width}.png` });
        host.remove();
      });
    }
  }
});
