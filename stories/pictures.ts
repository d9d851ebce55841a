/**
 * The start page's picture of every template: SVGs the kit's own command line
 * drew from each template's first sample (`npm run pictures`, committed under
 * stories/images/templates/), with the chart's own summary as alt text, and
 * the page and question each leads to.
 */
import pictures from './images/templates/pictures.json';
import { getTemplate } from '../templates/index.js';
import { QUESTIONS } from './chooser.js';
import { docsPath } from './catalogue.js';

export interface TemplatePicture {
  readonly id: string;
  readonly name: string;
  /** The question of the "Which chart?" table the template answers. */
  readonly question: string;
  /** `?path=` of the template's page. */
  readonly path: string;
  readonly src: string;
  readonly alt: string;
}

/** One picture per registered template that has one, in catalogue order. */
export function templatePictures(): TemplatePicture[] {
  return pictures.flatMap(({ id, file, alt }) => {
    const template = getTemplate(id);
    if (!template) return [];
    const question = QUESTIONS.find((q) => q.templates.includes(id))?.question ?? '';
    // A literal folder in `new URL`: the bundler copies the pictures into the built catalogue.
    const src = new URL(`./images/templates/${file}`, import.meta.url).href;
    return [{ id, name: template.name, question, path: docsPath(template), src, alt }];
  });
}
