import { LNOB_DECK, type StatSample } from './stat-types.js';

/** "Survey reached 5,000+ respondents from over 40 countries." */
export const statSurveyRespondents: StatSample = {
  id: 'stat-survey-respondents',
  attributes: { value: '5,000+', label: 'survey respondents from over 40 countries' },
  source: LNOB_DECK,
  illustrative: false,
};
