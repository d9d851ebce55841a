import type { english } from './words.js';

/** Português: the survey chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  surveyResults: (title, count) =>
    `Resultados da pesquisa${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'resposta' : 'respostas'}` : ''}.`,
  respondents: (count) => `Pessoas entrevistadas: ${count}`,
  respondentsRange: (low, high) => `Pessoas entrevistadas por resposta: ${low}–${high}`,
};
