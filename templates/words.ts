import type { SummaryStrings, TemplateWords } from '../i18n/strings.js';

/** A template's words in the chart's language: the language's own where it has them, else the template's English. */
export function wordsIn<W extends Partial<TemplateWords>>(english: W, strings: SummaryStrings | undefined): W {
  const own = (strings ?? {}) as Partial<TemplateWords>;
  const words = { ...english };
  for (const key of Object.keys(english) as (keyof W & keyof TemplateWords)[]) {
    if (own[key] !== undefined) words[key] = own[key] as W[typeof key];
  }
  return words;
}
