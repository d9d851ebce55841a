/**
 * Languages of the kit's words. English is bundled; every other language is a
 * file of its own (`fr.ts`, …) loaded with a dynamic `import()` the first time
 * a chart asks for it, so a page in English downloads none of them.
 *
 * Adding a language: copy `fr.ts` to `<code>.ts` (a `Translation`: the
 * English words are in `en.ts`, the English error messages in `errors/*.en.ts`),
 * translate it, and add one line to LOADERS below. A page can also add one at
 * run time with `registerLanguage('sw', strings)`; without an `errors`
 * section its charts show error messages in English.
 */
import type { ChartError } from '../core/errors.js';
import { strings as en } from './en.js';
import type { UiStrings } from './strings.js';

export type { ErrorStrings, MenuStrings, SummaryStrings, Translation, UiStrings } from './strings.js';
export { vegaLocale, chromeNumberFormat, type VegaLocale } from './locale.js';

export const englishStrings: UiStrings = en;

const LOADERS: Record<string, () => Promise<{ strings: UiStrings }>> = {
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

const loaded = new Map<string, UiStrings>([['en', en]]);
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
export function registerLanguage(lang: string, strings: UiStrings): void {
  loaded.set(baseLanguage(lang), strings);
}

/** Languages the kit can show without a registration. */
export function languages(): string[] {
  return [...new Set(['en', ...Object.keys(LOADERS), ...loaded.keys()])];
}

/**
 * The strings for `lang` (its base language), loading the file once. A
 * language the kit does not have falls back to English, and so does one whose
 * file fails to load (the chart must still draw).
 */
export function loadStrings(lang: string | null | undefined): Promise<UiStrings> {
  const base = baseLanguage(lang);
  const ready = loaded.get(base);
  if (ready) return Promise.resolve(ready);
  const loader = own(LOADERS, base);
  if (!loader) return Promise.resolve(en);
  let promise = pending.get(base);
  if (!promise) {
    promise = loader().then(
      (module) => {
        loaded.set(base, module.strings);
        return module.strings;
      },
      () => {
        pending.delete(base); // try again next time
        return en;
      },
    );
    pending.set(base, promise);
  }
  return promise;
}
