import type { Sample, TemplateCatalogue } from '../samples/types.js';

/**
 * The online consultation's question "Who is most at risk of being left behind?".
 * The deck gives the number of respondents (5,000+, from over 40 countries) and the
 * groups it discusses, but no percentage per answer: those are made up.
 */
export const whoIsLeftBehind: Sample = {
  id: 'who-is-left-behind-survey',
  template: 'survey',
  csv: [
    'answer,percent,respondents',
    'Children,34,5000',
    'People with disabilities,24,5000',
    'Girls and women,21,5000',
    'Older people,12,5000',
    'Other groups,9,5000',
    '',
  ].join('\n'),
  attributes: {
    title: 'Who is most at risk of being left behind?',
    subtitle: 'Online consultation: 5,000+ respondents from over 40 countries',
    'category-column': 'answer',
    'value-column': 'percent',
    'n-column': 'respondents',
  },
  source: 'Leave No One Behind Partnership, partnership deck (national dialogues and online consultation) (respondents)',
  illustrative: true,
  notes: 'Illustrative data: the percentages are made up; the deck reports 5,000+ respondents in 40+ countries but no share per answer. The respondent count is the deck’s lower bound.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'survey',
  question: 'Who ranks highest and lowest?',
  samples: [whoIsLeftBehind],
};
