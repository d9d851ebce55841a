/**
 * The words of annotations (templates/annotations.ts) in each kit language: few enough to ship together, so a
 * chart with annotations loads nothing more. A language a site registers gets the English ones.
 */
export interface AnnotationWords {
  /** After the summary: "Marked on the chart: 2015, SDGs adopted; 2020, COVID-19." (`items` already written). */
  readonly marked: (items: readonly string[]) => string;
  /** One annotation as the summary and the keyboard say it: "2015, SDGs adopted". */
  readonly item: (at: string, text: string) => string;
  /** The keyboard's name for the annotations as a series (reached with ↑/↓ on a line chart, ←/→ on bars). */
  readonly series: string;
  /** What an annotation is, for screen readers (its role, instead of Vega's "text mark"). */
  readonly role: string;
}

const english: AnnotationWords = {
  marked: (items) => `Marked on the chart: ${items.join('; ')}.`,
  item: (at, text) => `${at}, ${text}`,
  series: 'Marked on the chart',
  role: 'note',
};

export const ANNOTATION_WORDS: Readonly<Record<'en' | 'fr' | 'es' | 'pt' | 'ar', AnnotationWords>> = {
  en: english,
  fr: {
    marked: (items) => `Indiqué sur le graphique : ${items.join(' ; ')}.`,
    item: (at, text) => `${at}, ${text}`,
    series: 'Indiqué sur le graphique',
    role: 'note',
  },
  es: {
    marked: (items) => `Señalado en el gráfico: ${items.join('; ')}.`,
    item: (at, text) => `${at}, ${text}`,
    series: 'Señalado en el gráfico',
    role: 'nota',
  },
  pt: {
    marked: (items) => `Assinalado no gráfico: ${items.join('; ')}.`,
    item: (at, text) => `${at}, ${text}`,
    series: 'Assinalado no gráfico',
    role: 'nota',
  },
  ar: {
    marked: (items) => `مُشار إليه على الرسم البياني: ${items.join('؛ ')}.`,
    item: (at, text) => `${at}، ${text}`,
    series: 'مُشار إليه على الرسم البياني',
    role: 'ملاحظة',
  },
};

/** The annotation words of a chart's language (its base: `pt-BR` → `pt`), English for any other. */
export function annotationWords(lang: string | undefined): AnnotationWords {
  const base = (lang ?? 'en').toLowerCase().split('-')[0] as keyof typeof ANNOTATION_WORDS;
  return ANNOTATION_WORDS[base] ?? english;
}
