import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';

/** Maps of a country's own areas at 360 and 800 px, in English and Arabic, for people to look at (see shapes-screenshots.config.js). */
const ZONES = `zone,poverty_rate
North West,70%
North East,69%
South West,49.8%`;
const markup = (lang: string, title: string) => `
  <lnob-chart eager template="map" lang="${lang}" title="${title}" shapes="/test/fixtures/shapes/nigeria-zones.topojson" geo-column="zone"
    value-column="poverty_rate" shapes-source="Boundaries: OSGOF and OCHA (HDX)" source="National Bureau of Statistics">
    <script type="text/csv">\n${ZONES}\n</script>
  </lnob-chart>`;
const STATES = `<lnob-chart eager template="map" title="States" shapes="/test/fixtures/shapes/nigeria-states.topojson" highlight="Lagos; Kano; Borno">
    <script type="text/csv">\ngeo\nLagos\n</script></lnob-chart>`;

describe('screenshots of maps of a country’s own areas', () => {
  for (const width of [360, 800]) {
    for (const [name, chart] of [['zones-en', markup('en', 'Poverty by zone')], ['zones-ar', markup('ar', 'الفقر')], ['states', STATES]] as const) {
      it(`${name} at ${width} px`, async () => {
        const { host } = await rendered(chart, width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/geo/screenshots/${name}-${width}.png` });
        host.remove();
      });
    }
  }
});
