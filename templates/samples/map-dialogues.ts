import { csoCoalitions } from './map-coalitions.js';
import type { Sample, TemplateCatalogue } from './types.js';

/**
 * Countries the LNOB Partnership deck names as hosts of national dialogues: a
 * partial list. The deck says 30 dialogues took place "from Fiji to the
 * Philippines to Kenya, Rwanda to Peru", and reports what dialogue participants
 * said in El Salvador, Tajikistan, India and Kenya. Countries it mentions in
 * other roles (national CSO coalitions such as Togo, Jamaica and Tanzania;
 * places participants talked about, such as Palestine) are not listed here.
 */
export const nationalDialogues: Sample = {
  id: 'national-dialogues',
  template: 'map',
  csv: ['country', 'Fiji', 'Philippines', 'Kenya', 'Rwanda', 'Peru', 'El Salvador', 'Tajikistan', 'India', ''].join('\n'),
  attributes: {
    title: 'National dialogues on leaving no one behind',
    subtitle: 'Some of the countries where the 30 national dialogues were held',
    'geo-column': 'country',
    'highlight-label': 'National dialogue held (partial list)',
  },
  source: 'Leave No One Behind Partnership, partnership deck (national dialogues and online consultation)',
  sourceUrl: 'https://www.leavenoonebehind.global',
  illustrative: false,
  notes: 'Partial list: the deck names 8 of the 30 countries where national dialogues were held. Countries not highlighted may have held one too.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'map',
  question: 'Where?',
  samples: [nationalDialogues, csoCoalitions],
};
