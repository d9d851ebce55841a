import type { Sample, TemplateCatalogue } from '../samples/types.js';

/**
 * Life expectancy at birth, women and men, in France, Kenya and Nigeria, 2000 and 2016: WHO Global Health
 * Observatory, indicator WHOSIS_000001, the "Display Value" of each row of the GHO download kept in the
 * open-numbers/ddf--who--gho repository (etl/source/WHOSIS_000001.csv, commit 88f3e87; the same rows as the
 * fixture test/fixtures/formats/who-gho-life-expectancy-by-sex.csv). Figures unchanged; codes written as names
 * (FRA → France, FMLE → women, MLE → men).
 */
export const lifeExpectancyBySex: Sample = {
  id: 'who-life-expectancy-2000-2016',
  template: 'slope',
  csv: [
    'group,year,life_expectancy',
    'France (women),2000,82.7', 'France (women),2016,85.7',
    'France (men),2000,75.5', 'France (men),2016,80.1',
    'Kenya (women),2000,54.1', 'Kenya (women),2016,68.9',
    'Kenya (men),2000,52.3', 'Kenya (men),2016,64.4',
    'Nigeria (women),2000,47.8', 'Nigeria (women),2016,55.7',
    'Nigeria (men),2000,46.9', 'Nigeria (men),2016,54.7',
    '',
  ].join('\n'),
  attributes: {
    title: 'Kenya gained the most years of life',
    subtitle: 'Life expectancy at birth, years, 2000 and 2016',
    'category-column': 'group',
    'time-column': 'year',
    'value-column': 'life_expectancy',
    highlight: 'Kenya (women); Kenya (men)',
  },
  source: 'World Health Organization, Global Health Observatory (life expectancy at birth, WHOSIS_000001)',
  sourceUrl: 'https://www.who.int/data/gho/data/indicators/indicator-details/GHO/life-expectancy-at-birth-(years)',
  illustrative: false,
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'slope',
  question: 'What changed over time?',
  samples: [lifeExpectancyBySex],
};
