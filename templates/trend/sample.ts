import type { Sample, TemplateCatalogue } from '../samples/types.js';
import { liberiaMalariaBySex } from '../uncertainty/samples.js';

/** Rural, urban and national poverty over time, with made-up values. */
export const povertyByArea: Sample = {
  id: 'poverty-by-area',
  template: 'trend',
  csv: [
    'year,area,poverty_rate',
    '2005,Rural,58%', '2010,Rural,54%', '2015,Rural,51%', '2020,Rural,49%', '2023,Rural,47%',
    '2005,Urban,31%', '2010,Urban,26%', '2015,Urban,22%', '2020,Urban,19%', '2023,Urban,17%',
    '2005,National,45%', '2010,National,41%', '2015,National,37%', '2020,National,34%', '2023,National,32%',
    '',
  ].join('\n'),
  attributes: {
    title: 'Rural poverty is falling more slowly than urban poverty',
    subtitle: 'Share of people below the national poverty line',
    'time-column': 'year',
    'series-column': 'area',
    'value-column': 'poverty_rate',
    highlight: 'Rural',
  },
  source: 'Illustrative data',
  illustrative: true,
  notes: 'Illustrative data: made-up values showing how the chart reads, not figures for any country.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'trend',
  question: 'What changed over time?',
  samples: [povertyByArea, liberiaMalariaBySex],
};
