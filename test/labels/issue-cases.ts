import { chartMarkup, csv } from '../templates/util.js';

/** The cases issue 20 names, as markup: looked at by templates.look.ts and phones.look.ts. */
const LINES = csv(
  ['year', 'region', 'rate'],
  ['North Central', 'North East', 'North West', 'South East', 'South South', 'South West'].flatMap((region, i) =>
    [2010, 2013, 2016, 2019, 2022].map((year, k) => [year, region, 30 + i * 6 - k * (i % 3) + (i === 2 ? k : 0)]),
  ),
);
export const ISSUE_CASES: [string, string][] = [
  ['ranked-bar-long', chartMarkup('ranked-bar', csv(['category', 'value'], [['Democratic Republic of the Congo', 73], ['North Central', 45], ['People with disabilities', 38], ['Kenya', 30]]), { reference: '40', 'reference-label': 'National average', unit: '%' })],
  ['completion', chartMarkup('ranked-bar', csv(['category', 'value'], [['Kenya', '98%'], ['Nigeria', '74%'], ['Ghana', '91%']]))],
  ['trend-six', chartMarkup('trend', LINES, { 'time-column': 'year', 'series-column': 'region', 'value-column': 'rate' })],
  ['map-values', chartMarkup('map', csv(['geo', 'value'], [['Fiji', 2], ['Rwanda', 3], ['El Salvador', 1], ['Kenya', 35], ['Brazil', 12], ['India', 22]]), { highlight: 'Fiji; Rwanda' })],
  ['map-goal16', chartMarkup('map', csv(['geo'], [['Fiji'], ['Rwanda'], ['El Salvador'], ['Kenya']]), { goal: '16' })],
  ['progress-goal', chartMarkup('progress', csv(['year', 'value'], [[2015, '42%'], [2017, '40%'], [2019, '38.6%'], [2021, '37.9%'], [2023, '36.2%']]), { 'target-relative': '0.5', goal: '1' })],
  ['waffle-three', chartMarkup('waffle', csv(['category', 'value'], [['Children', 50], ['Women', 38], ['Rural people', 80]]))],
];

