import type { english } from './words.js';

/** العربية: the survey chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  surveyResults: (title, count) => `نتائج الاستطلاع${title ? `: ${title}` : ''}${count !== undefined ? `، عدد الإجابات: ${count}` : ''}.`,
  respondents: (count) => `عدد المشاركين: ${count}`,
  respondentsRange: (low, high) => `عدد المشاركين لكل إجابة: ${low}–${high}`,
};
