import { statBrazilCommission } from './stat-brazil-commission.js';
import { statNationalDialogues } from './stat-dialogues.js';
import { statSurveyRespondents } from './stat-survey.js';
import type { StatSample } from './stat-types.js';

export type { StatSample } from './stat-types.js';
export { statMarkup, LNOB_DECK } from './stat-types.js';
export { statBrazilCommission, statNationalDialogues, statSurveyRespondents };

/** Every sample card shipped with the kit (one line per sample file: add yours here). */
export const statSamples: readonly StatSample[] = [statNationalDialogues, statSurveyRespondents, statBrazilCommission];
