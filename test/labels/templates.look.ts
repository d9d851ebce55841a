import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { rendered } from '../helpers.js';
import { chartMarkup, csv } from '../templates/util.js';

/**
 * Screenshots of every template's samples, and of the cases issue 20 names, at 360 and 800 px, in English and
 * Arabic, and in the dark theme, for people to look at:
 *   npx wtr --config test/labels/screenshots.config.js --files test/labels/templates.look.ts
 * writes test/labels/screenshots/templates/*.png (not committed). The assertions are in test/labels/visuals.test.ts.
 */
const LINES = csv(
  ['year', 'region', 'rate'],
  ['North Central', 'North East', 'North West', 'South East', 'South South', 'South West'].flatMap((region, i) =>
    [2010, 2013, 2016, 2019, 2022].map((year, k) => [year, region, 30 + i * 6 - k * (i % 3) + (i === 2 ? k : 0)]),
  ),
);
const ISSUE_CASES: [string, string][] = [
  ['ranked-bar-long', chartMarkup('ranked-bar', csv(['category', 'value'], [['Democratic Republic of the Congo', 73], ['North Central', 45], ['People with disabilities', 38], ['Kenya', 30]]), { reference: '40', 'reference-label': 'National average', unit: '%' })],
  ['completion', chartMarkup('ranked-bar', csv(['category', 'value'], [['Kenya', '98%'], ['Nigeria', '74%'], ['Ghana', '91%']]))],
  ['trend-six', chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'region', 'value-column': 'rate' })],
  ['map-values', chartMarkup('map', csv(['geo', 'value'], [['Fiji', 2], ['Rwanda', 3], ['El Salvador', 1], ['Kenya', 35], ['Brazil', 12], ['India', 22]]), { highlight: 'Fiji; Rwanda' })],
  ['map-goal16', chartMarkup('map', csv(['geo'], [['Fiji'], ['Rwanda'], ['El Salvador'], ['Kenya']]), { goal: '16' })],
  ['progress-goal', chartMarkup('progress', csv(['year', 'value'], [[2015, '42%'], [2017, '40%'], [2019, '38.6%'], [2021, '37.9%'], [2023, '36.2%']]), { 'target-relative': '0.5', goal: '1' })],
  ['waffle-three', chartMarkup('waffle', csv(['category', 'value'], [['Children', 50], ['Women', 38], ['Rural people', 80]]))],
];

const CASES: [string, string][] = [...samples.map((sample): [string, string] => [sample.id, sampleMarkup(sample, { eager: '' })]), ...ISSUE_CASES];

describe('screenshots of every template', () => {
  for (const [name, markup] of CASES) {
    for (const [suffix, width, extra] of [['360', 360, ''], ['800', 800, ''], ['ar-360', 360, ' lang="ar"'], ['dark-800', 800, ' theme="dark"']] as const) {
      it(`${name} ${suffix}`, async () => {
        const { host } = await rendered(markup.replace('<lnob-chart ', `<lnob-chart${extra} `), width);
        host.id = 'shot';
        if (suffix.startsWith('dark')) host.style.background = '#111';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/labels/screenshots/templates/${name}-${suffix}.png` });
        host.remove();
      });
    }
  }
});
