/**
 * "Which chart?" by the question a campaigner is asking, for the
 * introduction page. Each question names its templates; the page links those
 * registered and says "coming soon" for the others.
 */
import { getTemplate } from '../templates/index.js';
import { docsPath } from './catalogue.js';

export interface Question {
  readonly question: string;
  readonly example: string;
  readonly templates: readonly string[];
}

export const QUESTIONS: readonly Question[] = [
  {
    question: 'Who is left behind?',
    example: 'School completion for the poorest and richest fifth, for girls and boys, in towns and villages: the gap is the story.',
    templates: ['disaggregation'],
  },
  {
    question: 'Are we on track for 2030?',
    example: 'Where an SDG indicator stands, where it is heading at today’s pace, and the 2030 target.',
    templates: ['progress'],
  },
  {
    question: 'What changed over time?',
    example: 'Poverty in towns and in the countryside since 2000.',
    templates: ['trend'],
  },
  {
    question: 'Where?',
    example: 'A number for every country on a map.',
    templates: ['map'],
  },
  {
    question: 'How big a share?',
    example: 'Parts of a whole: how many of every 100 children live in poverty; who makes up the poor.',
    templates: ['stacked', 'waffle'],
  },
  {
    question: 'Who ranks highest and lowest?',
    example: 'The poverty rate by region, highest first; what people answered most often in a survey.',
    templates: ['ranked-bar', 'survey'],
  },
];

export interface TemplateLink {
  readonly id: string;
  readonly name: string;
  /** `?path=` of its page, or null while the template is not in this version. */
  readonly path: string | null;
}

export function templateLinks(ids: readonly string[]): TemplateLink[] {
  return ids.map((id) => {
    const template = getTemplate(id);
    return { id, name: template?.name ?? id, path: template ? docsPath(template) : null };
  });
}
