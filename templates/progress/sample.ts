import type { Sample, TemplateCatalogue } from '../samples/types.js';
import { liberiaMalariaProgress } from '../uncertainty/samples.js';

/** A national poverty rate against SDG target 1.2 (halve it by 2030), with made-up values. */
export const povertyProgress: Sample = {
  id: 'poverty-progress',
  template: 'progress',
  csv: 'year,poverty_rate\n2010,46.2%\n2013,43.9%\n2015,42.0%\n2017,40.1%\n2019,38.6%\n2021,37.9%\n2023,36.2%\n',
  attributes: {
    title: 'Poverty is falling, but not fast enough to halve it by 2030',
    subtitle: 'Share of people below the national poverty line',
    'time-column': 'year',
    'value-column': 'poverty_rate',
    'target-relative': '0.5',
    'baseline-year': '2015',
    direction: 'decrease',
  },
  source: 'Illustrative data',
  illustrative: true,
  notes: 'Illustrative data: made-up values for one country. The target (SDG 1.2) is to at least halve poverty by national definitions from its 2015 level.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'progress',
  question: 'Are we on track for 2030?',
  samples: [povertyProgress, liberiaMalariaProgress],
};
