import type { english } from './words.js';

/** Français: the survey chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  surveyResults: (title, count) =>
    `Résultats d’enquête${title ? ` : ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'réponse' : 'réponses'}` : ''}.`,
  respondents: (count) => `Personnes interrogées : ${count}`,
  respondentsRange: (low, high) => `Personnes interrogées par réponse : ${low}–${high}`,
};
