import type { Sample, TemplateCatalogue } from '../samples/types.js';
import { liberiaMalariaGapBySex } from '../uncertainty/samples.js';

/** A gap chart in the shape of real disaggregated data (poorest and richest fifth), with made-up values. */
export const completionByWealth: Sample = {
  id: 'completion-by-wealth',
  template: 'disaggregation',
  csv: [
    'country,wealth,completion_rate',
    'Country A,Poorest 20%,31%',
    'Country A,Richest 20%,88%',
    'Country B,Poorest 20%,52%',
    'Country B,Richest 20%,94%',
    'Country C,Poorest 20%,64%',
    'Country C,Richest 20%,91%',
    'Country D,Poorest 20%,79%',
    'Country D,Richest 20%,97%',
    'Country E,Poorest 20%,85%',
    'Country E,Richest 20%,96%',
    '',
  ].join('\n'),
  attributes: {
    title: 'The poorest children are furthest from finishing primary school',
    subtitle: 'Primary completion rate, poorest and richest 20% of households',
    'category-column': 'country',
    'group-column': 'wealth',
    'value-column': 'completion_rate',
    direction: 'increase',
  },
  source: 'Illustrative data',
  illustrative: true,
  notes: 'Illustrative data: made-up values showing how the chart reads, not figures for any country.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'disaggregation',
  question: 'Who is left behind?',
  samples: [completionByWealth, liberiaMalariaGapBySex],
};
