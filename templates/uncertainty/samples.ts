import type { Sample } from '../samples/types.js';

/**
 * Samples with each value's 95% confidence interval: malaria prevalence among children in Liberia, from the Malaria
 * Indicator Surveys as the DHS Program's STATcompiler gives them with their intervals (the genuine export is
 * test/fixtures/formats/dhs-statcompiler-liberia-malaria-ci.csv, cited in its README).
 */
const source = 'ICF, The DHS Program STATcompiler (Liberia Malaria Indicator Surveys 2009–2022), exported 22 February 2024';
const sourceUrl = 'https://www.statcompiler.com';
const intervals =
  'The bands and whiskers are 95% confidence intervals, which STATcompiler computes by jackknife estimation (they may differ slightly from the survey reports).';
/** Every sample's columns of bounds, and its source. */
const bounds = { 'lower-column': 'lower', 'upper-column': 'upper' } as const;
const cited = { source, sourceUrl, illustrative: false } as const;
const indicator = 'Children aged 6–59 months tested positive for malaria by rapid diagnostic test';

/** trend: girls and boys, four surveys, each value with its interval. */
export const liberiaMalariaBySex: Sample = {
  id: 'liberia-malaria-by-sex-ci',
  template: 'trend',
  csv:
    'year,sex,prevalence,lower,upper\n' +
    '2009,Girls,36.0%,30.6%,41.4%\n2011,Girls,42.8%,37.7%,47.9%\n2016,Girls,46.0%,39.6%,52.5%\n2022,Girls,16.2%,12.2%,20.2%\n' +
    '2009,Boys,37.1%,31.9%,42.3%\n2011,Boys,46.5%,41.4%,51.5%\n2016,Boys,43.8%,37.5%,50.1%\n2022,Boys,19.2%,15.9%,22.5%\n',
  attributes: {
    title: 'Malaria among young children in Liberia fell by more than half after 2016',
    subtitle: `${indicator}, with 95% confidence intervals`,
    'time-column': 'year',
    'series-column': 'sex',
    'value-column': 'prevalence',
    ...bounds,
  },
  ...cited,
  notes: intervals,
};

/** progress: the national prevalence over four surveys, with its band (no target: none is set for this indicator). */
export const liberiaMalariaProgress: Sample = {
  id: 'liberia-malaria-progress-ci',
  template: 'progress',
  csv: 'year,prevalence,lower,upper\n2009,36.5%,31.8%,41.3%\n2011,44.7%,40.1%,49.2%\n2016,44.9%,38.8%,51.0%\n2022,17.7%,14.5%,21.0%\n',
  attributes: {
    title: 'Malaria among young children in Liberia since 2009',
    subtitle: `${indicator}, with 95% confidence intervals`,
    'time-column': 'year',
    'value-column': 'prevalence',
    ...bounds,
    direction: 'decrease',
  },
  ...cited,
  notes: intervals,
};

/** ranked-bar: the six groups of counties in 2022, each bar with its interval. */
export const liberiaMalariaByRegion: Sample = {
  id: 'liberia-malaria-by-region-ci',
  template: 'ranked-bar',
  csv:
    'region,prevalence,lower,upper\n' +
    'Monrovia,4.1%,1.0%,7.2%\nNorth Western,19.5%,14.5%,24.5%\nSouth Central,17.3%,8.6%,25.9%\n' +
    'South Eastern A,23.4%,11.5%,35.3%\nSouth Eastern B,32.8%,28.7%,36.9%\nNorth Central,22.2%,16.6%,27.7%\n',
  attributes: {
    title: 'Malaria among young children is highest in Liberia’s South East',
    subtitle: `${indicator}, 2022, by group of counties, with 95% confidence intervals`,
    'category-column': 'region',
    'value-column': 'prevalence',
    ...bounds,
  },
  ...cited,
  notes: `${intervals} The wide intervals of South Central and South Eastern A come from fewer children tested there.`,
};

/** disaggregation: girls and boys in each survey: no gap is larger than the margin of error. */
export const liberiaMalariaGapBySex: Sample = {
  id: 'liberia-malaria-gap-by-sex-ci',
  template: 'disaggregation',
  csv:
    'survey,sex,prevalence,lower,upper\n' +
    '2009,Girls,36.0%,30.6%,41.4%\n2009,Boys,37.1%,31.9%,42.3%\n2011,Girls,42.8%,37.7%,47.9%\n2011,Boys,46.5%,41.4%,51.5%\n' +
    '2016,Girls,46.0%,39.6%,52.5%\n2016,Boys,43.8%,37.5%,50.1%\n2022,Girls,16.2%,12.2%,20.2%\n2022,Boys,19.2%,15.9%,22.5%\n',
  attributes: {
    title: 'In Liberia, malaria strikes young girls and boys alike',
    subtitle: `${indicator}, by sex, with 95% confidence intervals`,
    'category-column': 'survey',
    'group-column': 'sex',
    'value-column': 'prevalence',
    ...bounds,
    sort: 'none',
  },
  ...cited,
  notes: intervals,
};
