import type { Sample, TemplateCatalogue } from '../samples/types.js';
import { liberiaMalariaByRegion } from '../uncertainty/samples.js';

/** Poverty in Nigeria's North East and North West, as the LNOB Partnership deck reports them. */
export const nigeriaPovertyNorth: Sample = {
  id: 'nigeria-poverty-north',
  template: 'ranked-bar',
  csv: 'zone,poverty_rate\nNorth West,70%\nNorth East,69%\n',
  attributes: {
    title: 'Poverty is highest in the North East and North West of Nigeria',
    subtitle: 'Poverty rate by geopolitical zone',
    'category-column': 'zone',
    'value-column': 'poverty_rate',
  },
  source: 'Leave No One Behind Partnership, partnership deck (national dialogues and online consultation), citing Nigeria’s national dialogue',
  illustrative: false,
  notes: 'The deck gives these two zones, the highest in Nigeria; other zones are not shown.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'ranked-bar',
  question: 'Who ranks highest and lowest?',
  samples: [nigeriaPovertyNorth, liberiaMalariaByRegion],
};
