/**
 * Languages of the kit's words. English is bundled; every other language is a
 * file of its own (`fr.ts`, …) loaded with a dynamic `import()` the first time
 * a chart asks for it, with each template's words in that language
 * (`templates/<id>/words.fr.ts`, …), so a page in English downloads none of them.
 *
 * Adding a language: copy `fr.ts` to `<code>.ts` (a `KitTranslation`: the
 * English words are in `en.ts`, the English error messages in `errors/*.en.ts`),
 * translate it, add one line to LOADERS below and its code to `KitLanguage`
 * (`words.ts`), then translate every template's words in its folder (the type
 * checker lists the folders still missing it). A page can also add one at
 * run time with `registerLanguage('sw', strings)`; without an `errors`
 * section its charts show error messages in English, and without a
 * template's words, that template's English.
 */
import type { ChartError } from '../core/errors.js';
import { addKnownLocales } from '../core/known-locales.js';
import { strings as en } from './en.js';
import type { KitTranslation, LanguageStrings, UiStrings } from './strings.js';
import { englishTemplateWords, templateWordsIn, templateWordsVersion, type KitLanguage } from './words.js';

export type { A11yStrings, ErrorStrings, LanguageStrings, MenuStrings, SharedWords, SummaryStrings, TemplateWords, Translation, UiStrings, YearStrings } from './strings.js';
export { registerTemplateWords, type KitLanguage, type TemplateWordFiles } from './words.js';
export { vegaLocale, chromeNumberFormat, type VegaLocale } from './locale.js';

export const englishStrings: UiStrings = en;

const LOADERS: Record<KitLanguage, () => Promise<{ strings: KitTranslation }>> = {
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt.js'),
  ar: () => import('./ar.js'),
};

/**
 * An error's message in these strings' language: the translation of its key
 * with its params, else its English message (a language without that
 * message, or an error made with plain text).
 */
export function errorMessage(error: ChartError, strings: UiStrings): string {
  const say = error.key === undefined ? undefined : own(strings.errors as Record<string, ((...params: unknown[]) => string) | undefined> | undefined, error.key);
  if (!say) return error.message;
  try {
    return say(...error.params) || error.message;
  } catch {
    return error.message;
  }
}

/** Right-to-left scripts' languages, for languages added without their own `dir`. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Languages pages registered (`registerLanguage`), by base language. */
const registered = new Map<string, LanguageStrings>();
/** Languages put together with the templates' words, and the template words' version they were made with. */
const ready = new Map<string, { readonly version: number; readonly strings: UiStrings }>();
/** Languages being put together, by base language and the templates' words' version (`fr|3`). */
const pending = new Map<string, Promise<UiStrings>>();

const warned = new Set<string>();

/**
 * The language tag a chart speaks, from its `lang` (or an ancestor's, or
 * `<html lang>`): a well-formed BCP 47 tag in its canonical form (`pt_br` →
 * `pt-BR`), undefined when there is none, and English — with one console
 * warning per tag — when it is not a language tag at all (`constructor`,
 * `__proto__`, `en_US!!`): a chart must still draw.
 */
export function languageTag(lang: string | null | undefined): string | undefined {
  const tag = (lang ?? '').trim();
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`lnob-charts: lang="${tag}" is not a language tag (like "fr" or "pt-BR"): English is used.`);
    }
    return 'en';
  }
}

/** `record[key]` only when `key` is the record's own: a language named `constructor` is not Object.prototype's. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The base language of a BCP 47 tag: `pt-BR` → `pt`. */
export function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] || 'en';
}

/** `rtl` for right-to-left languages. */
export function directionOf(lang: string | null | undefined): 'ltr' | 'rtl' {
  return RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}

/** Adds or replaces a language (e.g. one a site translated itself). */
export function registerLanguage(lang: string, strings: LanguageStrings): void {
  const base = baseLanguage(lang);
  registered.set(base, strings);
  ready.delete(base);
  for (const key of pending.keys()) if (key.startsWith(`${base}|`)) pending.delete(key);
}

/** Languages the kit can show without a registration. */
export function languages(): string[] {
  return [...new Set(['en', ...Object.keys(LOADERS), ...registered.keys()])];
}

/**
 * The strings for `lang` (its base language), loading its file and the
 * templates' words in it once. A language the kit does not have falls back to
 * English, and so does one whose file fails to load (the chart must still
 * draw); a template's words a language lacks are that template's English.
 */
export function loadStrings(lang: string | null | undefined): Promise<UiStrings> {
  const base = baseLanguage(lang);
  const site = registered.get(base);
  if (base === 'en' && !site) return Promise.resolve(en);
  const done = ready.get(base);
  if (done?.version === templateWordsVersion()) return Promise.resolve(done.strings);
  const loader = own(LOADERS, base);
  if (!site && !loader) return Promise.resolve(en);
  // Keyed by the templates' words too: a template whose code arrives while its language is loading (each template's
  // code loads on first use) gets strings put together again, with its own words.
  const version = templateWordsVersion();
  const key = `${base}|${version}`;
  let promise = pending.get(key);
  if (!promise) {
    const file: Promise<LanguageStrings> = site
      ? Promise.resolve(site)
      : loader!().then((module) => {
          addKnownLocales(module.strings.formats); // its numbers and dates, without Intl (core/known-locales.ts)
          return module.strings;
        });
    const kit = loader ? templateWordsIn(base as KitLanguage) : Promise.resolve({ words: {}, complete: true });
    promise = Promise.all([file, kit]).then(
      ([strings, template]) => {
        const together: UiStrings = { ...strings, summary: { ...englishTemplateWords(), points: en.summary.points, ...template.words, ...strings.summary } };
        if (pending.get(key) === promise) pending.delete(key);
        if (template.complete) ready.set(base, { version, strings: together });
        return together;
      },
      () => {
        pending.delete(key); // try again next time
        return en;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}
