import type { Sample, TemplateCatalogue } from '../samples/types.js';

/** Where poor people live in Bolivia and Peru: "around 55%" in urban areas, as the deck reports. */
export const urbanPoverty: Sample = {
  id: 'urban-poverty-bolivia-peru',
  template: 'stacked',
  csv: 'country,area,share_of_poor\nBolivia,Urban,55%\nBolivia,Rural,45%\nPeru,Urban,55%\nPeru,Rural,45%\n',
  attributes: {
    title: 'In Bolivia and Peru, most poor people live in towns and cities',
    subtitle: 'Where people below the national poverty line live',
    'category-column': 'country',
    'group-column': 'area',
    'value-column': 'share_of_poor',
  },
  source: 'Leave No One Behind Partnership, partnership deck (national dialogues and online consultation)',
  illustrative: false,
  notes: 'The deck says "around 55%" for both countries; the rural share is the remainder.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'stacked',
  question: 'How big a share?',
  samples: [urbanPoverty],
};
