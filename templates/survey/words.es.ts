import type { english } from './words.js';

/** Español: the survey chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  surveyResults: (title, count) =>
    `Resultados de la encuesta${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'respuesta' : 'respuestas'}` : ''}.`,
  respondents: (count) => `Personas encuestadas: ${count}`,
  respondentsRange: (low, high) => `Personas encuestadas por respuesta: ${low}–${high}`,
};
