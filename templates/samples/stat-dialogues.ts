import { LNOB_DECK, type StatSample } from './stat-types.js';

/** "30 national dialogues took place around the world from Fiji to the Philippines to Kenya, Rwanda to Peru." */
export const statNationalDialogues: StatSample = {
  id: 'stat-national-dialogues',
  attributes: { value: '30', label: 'national dialogues, from Fiji to the Philippines, Kenya, Rwanda and Peru' },
  source: LNOB_DECK,
  illustrative: false,
};
