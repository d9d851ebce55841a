import { registerTemplateWords } from '../i18n/words.js';
import type { ChartTemplate, TemplateFolder } from './types.js';

const templates = new Map<string, ChartTemplate>();
const folders = new Map<string, TemplateFolder>();

/** Adds a template; the element observes the option attributes of every template registered before it is defined. */
export function registerTemplate(template: ChartTemplate): void {
  templates.set(template.id, template);
}

/** Adds a template folder: its template, its words in every language (for `loadStrings`) and its samples. */
export function registerFolder(folder: TemplateFolder): void {
  registerTemplate(folder.template);
  registerTemplateWords(folder.template.id, folder.words);
  folders.set(folder.template.id, folder);
}

/** The folder a template was registered with (the built-in ones, and a site's registered with `registerFolder`). */
export function templateFolder(id: string): TemplateFolder | undefined {
  return folders.get(id);
}

export function getTemplate(id: string): ChartTemplate | undefined {
  return templates.get(id);
}

export function templateIds(): string[] {
  return [...templates.keys()];
}

/** Every option attribute any registered template declares, for the element's observedAttributes. */
export function optionAttributes(): string[] {
  const names = new Set<string>();
  for (const template of templates.values()) for (const option of template.options) names.add(option.attribute);
  return [...names];
}
