/** The builder's words in the language asked for: English beside the code, the others loaded only when needed. */
import { english, type BuilderWords } from './words.js';

export type BuilderLanguage = 'en' | 'fr' | 'es' | 'pt' | 'ar';

export const BUILDER_LANGUAGES: readonly BuilderLanguage[] = ['en', 'fr', 'es', 'pt', 'ar'];

/** The builder's words in a language (its base: `pt-BR` → `pt`), English when the kit has no such language. */
export async function builderWords(lang: string | null | undefined): Promise<BuilderWords> {
  switch ((lang ?? 'en').toLowerCase().split('-')[0]) {
    case 'fr':
      return (await import('./words.fr.js')).words;
    case 'es':
      return (await import('./words.es.js')).words;
    case 'pt':
      return (await import('./words.pt.js')).words;
    case 'ar':
      return (await import('./words.ar.js')).words;
    default:
      return english;
  }
}
