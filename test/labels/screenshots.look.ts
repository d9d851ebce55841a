import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';
import { chartMarkup, csv } from '../templates/util.js';
import { COUNTY_GROUPS } from './names.js';

const ANSWERS = [
  'People with disabilities living in rural areas far from services',
  'People with disabilities living in urban informal settlements',
  'Older women living alone in rural areas far from services',
  'Children',
];
const ARABIC = ['المحافظات الشمالية الشرقية للمنطقة الريفية', 'المحافظات الشمالية الغربية للمنطقة الريفية', 'المحافظات الجنوبية الشرقية للمنطقة الريفية', 'العاصمة'];
const GROUPS = ['Households headed by women in rural areas', 'Households headed by women in urban areas'];

const bars = (names: readonly string[]) => csv(['category', 'value'], names.map((name, i) => [name, 20 + i * 7]));
const grouped = csv(['category', 'group', 'value'], COUNTY_GROUPS.slice(0, 4).flatMap((c, i) => GROUPS.map((g, j) => [c, g, 30 + i * 5 + j * 12])));
const lines = csv(['time', 'series', 'value'], COUNTY_GROUPS.slice(0, 4).flatMap((s, i) => [2015, 2018, 2022].map((year, k) => [year, s, 20 + i * 15 - k * (i + 1)])));

const CASES: [string, string][] = [
  ['ranked-bar', chartMarkup('ranked-bar', bars(COUNTY_GROUPS), { title: 'Poverty by county group' })],
  ['survey', chartMarkup('survey', bars(ANSWERS), { title: 'Who is most at risk?' })],
  ['disaggregation', chartMarkup('disaggregation', grouped)],
  ['stacked', chartMarkup('stacked', grouped)],
  ['trend', chartMarkup('trend', lines)],
  ['progress', chartMarkup('progress', lines, { 'target-relative': '0.5' })],
  ['ranked-bar-ar', chartMarkup('ranked-bar', bars(ARABIC), { lang: 'ar', title: 'الفقر' })],
  ['un-title', `<lnob-chart eager src="/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv" where="sex=female" years="2010"></lnob-chart>`],
  // What the chart chose (totals, latest years), as readers see it under the drawing, in English and Arabic.
  ['un-choices', `<lnob-chart eager src="/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv"></lnob-chart>`],
  ['un-choices-ar', `<lnob-chart eager lang="ar" src="/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv"></lnob-chart>`],
  ['who-map', `<lnob-chart eager template="map" src="/test/fixtures/formats/who-gho-life-expectancy-by-sex.csv" geo-column="COUNTRY" time-column="YEAR" value-column="Numeric"></lnob-chart>`],
];

describe('screenshots of long labels', () => {
  for (const width of [360, 800]) {
    for (const [name, markup] of CASES) {
      it(`${name} at ${width} px`, async () => {
        const { host } = await rendered(markup, width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/labels/screenshots/${name}-${width}.png` });
        host.remove();
      });
    }
  }
});
