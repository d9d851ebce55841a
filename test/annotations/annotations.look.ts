import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { rendered } from '../helpers.js';
import { chartMarkup, csv } from '../templates/util.js';
import { CALLOUT_EXAMPLE, EVENTS_EXAMPLE } from '../../stories/annotations.stories.js';

const LINES = csv(
  ['year', 'area', 'value'],
  [2005, 2010, 2015, 2020, 2023].flatMap((year, i) => [
    [year, 'Rural', 58 - i * 3],
    [year, 'Urban', 31 - i * 3],
    [year, 'National', 45 - i * 3],
  ]),
);
const BARS = csv(['category', 'value'], [['North West', 70], ['North East', 69], ['South West', 25], ['South South', 23]]);
const GROUPED = csv(['category', 'group', 'value'], [['Rural', 'Women', 40], ['Rural', 'Men', 30], ['Urban', 'Women', 60], ['Urban', 'Men', 40]]);
const line = { 'time-column': 'year', 'series-column': 'area' };

const CASES: [string, string][] = [
  ['story-events', EVENTS_EXAMPLE.replace('<lnob-chart ', '<lnob-chart eager ')],
  ['story-events-ar', EVENTS_EXAMPLE.replace('<lnob-chart ', '<lnob-chart eager lang="ar" ').replace('SDGs adopted', 'اعتماد أهداف التنمية المستدامة').replace('COVID-19 pandemic', 'جائحة كوفيد-19')],
  ['story-callout', CALLOUT_EXAMPLE.replace('<lnob-chart ', '<lnob-chart eager ')],
  ['trend', chartMarkup('trend', LINES, { ...line, highlight: 'Rural', annotations: '2015: SDGs adopted; 2020: COVID-19 pandemic' })],
  ['trend-close', chartMarkup('trend', LINES, { ...line, annotations: '2014: Rural roads programme begins; 2015: SDGs adopted; 2016: Cash transfers reach rural areas; 2017: New poverty line' })],
  ['trend-ar', chartMarkup('trend', LINES, { ...line, lang: 'ar', annotations: '2015: اعتماد أهداف التنمية المستدامة; 2020: جائحة كوفيد-19' })],
  ['progress', chartMarkup('progress', LINES.split('\n').filter((row, i) => i === 0 || row.includes('National')).join('\n'), { ...line, 'target-relative': '0.5', annotations: '2015: SDGs adopted; 2020: COVID-19' })],
  ['ranked-bar', chartMarkup('ranked-bar', BARS, { annotations: 'North East: Highest rural share in the country; South South: Oil region' })],
  ['ranked-bar-ar', chartMarkup('ranked-bar', BARS, { lang: 'ar', annotations: 'North East: أعلى نسبة في الريف 87%' })],
  ['disaggregation', chartMarkup('disaggregation', GROUPED, { annotations: 'Rural: Widest gap between women and men' })],
  ['stacked', chartMarkup('stacked', GROUPED, { annotations: 'Urban: New survey' })],
  ['waffle', chartMarkup('waffle', csv(['category', 'value'], [['People in extreme poverty', 9]]), { annotations: 'People in extreme poverty: Up in 2020' })],
  ['pyramid', chartMarkup('pyramid', csv(['category', 'group', 'value'], ['0–14', '15–64', '65+'].flatMap((age, i) => [[age, 'Female', 20 - i * 6], [age, 'Male', 21 - i * 7]])), { annotations: '65+: Fastest-growing group' })],
];

describe('screenshots of annotations', () => {
  for (const width of [360, 800]) {

    for (const [name, markup] of CASES) {
      it(`${name} at ${width} px`, async () => {
        const { host } = await rendered(markup, width);
        host.id = 'shot';
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/annotations/screenshots/${name}-${width}.png` });
        host.remove();
      });
    }
  }
});
