import type { Sample, TemplateCatalogue } from '../samples/types.js';

/** "Half of those living in extreme poverty are under age 18", from the deck. */
export const childrenInPoverty: Sample = {
  id: 'children-in-extreme-poverty',
  template: 'waffle',
  csv: 'group,share\nPeople in extreme poverty who are under 18,50%\n',
  attributes: {
    title: 'Half of the people living in extreme poverty are children',
    'category-column': 'group',
    'value-column': 'share',
  },
  source: 'Leave No One Behind Partnership, partnership deck (national dialogues and online consultation)',
  illustrative: false,
  notes: 'The deck says "half"; the chart shows it as 50 of 100 squares.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'waffle',
  question: 'How big a share?',
  samples: [childrenInPoverty],
};
