import { csv } from '../templates/util.js';

/** Poverty by area in three countries (illustrative), as small multiples with two events marked. */
export const LINES_BY_COUNTRY = csv(
  ['country', 'year', 'area', 'value'],
  ['Kenya', 'Nigeria', 'Bolivia'].flatMap((country, c) =>
    [2010, 2015, 2020, 2023].flatMap((year, i) => [
      [country, year, 'Rural', 50 + c * 5 - i * 3],
      [country, year, 'Urban', 30 + c * 4 - i * 2],
    ]),
  ),
);
export const FACETS_WITH_EVENTS = { 'time-column': 'year', 'series-column': 'area', 'facet-column': 'country', annotations: '2015: SDGs adopted; 2020: COVID-19' };
