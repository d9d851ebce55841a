import { registerTemplateWords } from '../i18n/words.js';
import type { ChartTemplate, TemplateFolder } from './types.js';

/**
 * The templates a page can draw. A built-in template is known by its id and option attributes from the start
 * (templates/built-in.ts) and its code loads when a chart first asks for it (`loadTemplate`), so a page with one
 * kind of chart downloads one template's code; a site's own template is registered whole (`registerTemplate`).
 */
const templates = new Map<string, ChartTemplate>();
const folders = new Map<string, TemplateFolder>();
const loaders = new Map<string, { readonly load: () => Promise<unknown>; readonly attributes: readonly string[] }>();
/** Every id, built-in or registered, in the order first heard of: the catalogue's order for the built-in ones. */
const order = new Set<string>();

/** Adds a template; the element observes the option attributes of every template registered before it is defined. */
export function registerTemplate(template: ChartTemplate): void {
  templates.set(template.id, template);
  order.add(template.id);
}

/** Adds a template folder: its template, its words in every language (for `loadStrings`) and its samples. */
export function registerFolder(folder: TemplateFolder): void {
  registerTemplate(folder.template);
  registerTemplateWords(folder.template.id, folder.words);
  folders.set(folder.template.id, folder);
}

/**
 * Adds a built-in template by its id, its option attributes and the loader of its folder (which registers the folder
 * when it runs): templates/built-in.ts, one line per template.
 */
export function registerLoader(id: string, attributes: readonly string[], load: () => Promise<unknown>): void {
  loaders.set(id, { load, attributes });
  order.add(id);
}

/** The folder a template was registered with (the built-in ones once loaded, and a site's registered with `registerFolder`). */
export function templateFolder(id: string): TemplateFolder | undefined {
  return folders.get(id);
}

/** A template whose code is here: a site's own, or a built-in one once loaded (`loadTemplate`; all of them after importing templates/index.ts). */
export function getTemplate(id: string): ChartTemplate | undefined {
  return templates.get(id);
}

const loading = new Map<string, Promise<ChartTemplate | undefined>>();

/** A template by its id, loading a built-in one's code the first time; undefined for an id nobody registered. */
export function loadTemplate(id: string): Promise<ChartTemplate | undefined> {
  const known = templates.get(id);
  if (known) return Promise.resolve(known);
  const loader = loaders.get(id);
  if (!loader) return Promise.resolve(undefined);
  let promise = loading.get(id);
  if (!promise) {
    promise = loader.load().then(() => templates.get(id));
    loading.set(id, promise);
    promise.catch(() => loading.delete(id)); // a failed download: the next chart tries again
  }
  return promise;
}

export function templateIds(): string[] {
  return [...order];
}

/** Every option attribute any template declares (built-in ones before they load), for the element's observedAttributes. */
export function optionAttributes(): string[] {
  const names = new Set<string>();
  for (const { attributes } of loaders.values()) for (const name of attributes) names.add(name);
  for (const template of templates.values()) for (const option of template.options) names.add(option.attribute);
  return [...names];
}
