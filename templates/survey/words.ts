/**
 * The survey's summary words in English, beside its code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language. A language without them shows these.
 */
export const english = {
  /** "Survey results: Top concerns, 4 answers." (count absent: no count) */
  surveyResults: (title: string | undefined, count?: number) =>
    `Survey results${title ? `: ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'answer' : 'answers'}` : ''}.`,
  /** "Respondents: 5,000" (no full stop: the caller ends the sentence). */
  respondents: (count: string) => `Respondents: ${count}`,
  /** "Respondents per answer: 900–1,000" */
  respondentsRange: (low: string, high: string) => `Respondents per answer: ${low}–${high}`,
};

type SurveyWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends SurveyWords {}
}
