import { LNOB_DECK, type StatSample } from './stat-types.js';

/**
 * Brazil's Mixed Parliamentary Commission for the SDGs: "201 members of
 * Congress and 10 Senators". The two figures are shown as the deck gives
 * them, not added up: the deck does not say whether they overlap.
 */
export const statBrazilCommission: StatSample = {
  id: 'stat-brazil-sdg-commission',
  attributes: {
    value: '201',
    label: 'members of Congress and 10 senators sit on Brazil’s Mixed Parliamentary Commission for the SDGs',
  },
  source: LNOB_DECK,
  illustrative: false,
  notes: 'The deck calls the commission’s creation the first major victory in Brazil; civil society partners have an advisory role in it.',
};
