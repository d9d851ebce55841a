/**
 * "Which chart?" by the question a campaigner is asking, for the
 * introduction page. Each template says in its folder (`sample.ts`) which
 * question it answers; the page links them in catalogue order.
 */
import { getTemplate } from '../templates/index.js';
import { templatesAnswering } from '../templates/samples/index.js';
import type { ChooserQuestion } from '../templates/samples/types.js';
import { docsPath } from './catalogue.js';

export interface Question {
  readonly question: ChooserQuestion;
  readonly example: string;
  readonly templates: readonly string[];
}

const ASKED: readonly Omit<Question, 'templates'>[] = [
  {
    question: 'Who is left behind?',
    example: 'School completion for the poorest and richest fifth, for girls and boys, in towns and villages: the gap is the story.',
  },
  {
    question: 'Are we on track for 2030?',
    example: 'Where an SDG indicator stands, where it is heading at today’s pace, and the 2030 target.',
  },
  {
    question: 'What changed over time?',
    example: 'Poverty in towns and in the countryside since 2000.',
  },
  {
    question: 'Where?',
    example: 'A number for every country on a map.',
  },
  {
    question: 'How big a share?',
    example: 'Parts of a whole: how many of every 100 children live in poverty; who makes up the poor.',
  },
  {
    question: 'Who ranks highest and lowest?',
    example: 'The poverty rate by region, highest first; what people answered most often in a survey.',
  },
];

export const QUESTIONS: readonly Question[] = ASKED.map((asked) => ({ ...asked, templates: templatesAnswering(asked.question) }));

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
