import type { Sample } from './types.js';

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
