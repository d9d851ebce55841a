/**
 * The templates' own words, kept in their folders (`templates/<id>/words.ts` and `words.<lang>.ts`) and handed to
 * this module when the registry registers the folder: so `i18n/` imports no template, and a language's strings
 * (`loadStrings`) still hold every template's words.
 */
import type { TemplateWords } from './strings.js';

/** The languages the kit translates besides English: each has its file in `i18n/` and its words in every template folder. */
export type KitLanguage = 'fr' | 'es' | 'pt' | 'ar';

/**
 * A template's words in every kit language: English beside its code, each other language in a file of its own that
 * loads only for a chart in that language. A folder without one of the languages is a type error.
 */
export type TemplateWordFiles<W extends object> = { readonly en: W } & { readonly [L in KitLanguage]: () => Promise<{ readonly words: W }> };

const folders = new Map<string, TemplateWordFiles<object>>();
let version = 0;

/** Adds (or replaces) a template's words; the registry calls it for each folder it registers. */
export function registerTemplateWords(template: string, words: TemplateWordFiles<object>): void {
  folders.set(template, words);
  version++;
}

/** Changes each time a template's words are registered, so the strings put together before can be put together again. */
export function templateWordsVersion(): number {
  return version;
}

/** Every registered template's English words. */
export function englishTemplateWords(): TemplateWords {
  return Object.assign({}, ...[...folders.values()].map((words) => words.en)) as TemplateWords;
}

/**
 * Every registered template's words in a kit language, loading their files; `complete` is false when one failed
 * to load (that template's words are then left out, so its English stands in, and the next call tries again).
 */
export async function templateWordsIn(lang: KitLanguage): Promise<{ readonly words: Partial<TemplateWords>; readonly complete: boolean }> {
  let complete = true;
  const loaded = await Promise.all(
    [...folders.values()].map((words) =>
      words[lang]().then(
        (module) => module.words,
        () => {
          complete = false;
          return {};
        },
      ),
    ),
  );
  return { words: Object.assign({}, ...loaded) as Partial<TemplateWords>, complete };
}
