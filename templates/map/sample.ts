import type { Sample, TemplateCatalogue } from '../samples/types.js';

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

/**
 * The national CSO coalitions the LNOB Partnership deck lists. The deck says
 * coalitions are growing "around the world, including" these countries, so
 * the list is not complete; it is about coalitions, not about where the
 * national dialogues were held.
 */
export const csoCoalitions: Sample = {
  id: 'cso-coalitions',
  template: 'map',
  csv: [
    'country',
    'Nigeria',
    'Kenya',
    'Tanzania',
    'South Africa',
    'Uganda',
    'Togo',
    'Jamaica',
    'Argentina',
    'Brazil',
    'Colombia',
    'India',
    'Bangladesh',
    'Cambodia',
    'Palestine',
    'Fiji',
    '',
  ].join('\n'),
  attributes: {
    title: 'SDG civil-society coalitions are growing around the world',
    subtitle: 'National CSO coalitions that emerged from the national dialogue process',
    'geo-column': 'country',
    'highlight-label': 'National CSO coalition (not a complete list)',
  },
  source: 'Leave No One Behind Partnership, partnership deck (national dialogues and online consultation)',
  sourceUrl: 'https://www.leavenoonebehind.global',
  illustrative: false,
  notes: 'The deck lists these 15 countries as "including", so the list is not complete.',
};

/** What the catalogue shows of this template. */
export const catalogue: TemplateCatalogue = {
  template: 'map',
  question: 'Where?',
  samples: [nationalDialogues, csoCoalitions],
};
