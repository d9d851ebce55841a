import type { english } from './words.js';

/** العربية: the population pyramid's words (loaded only for a chart in this language). */
export const words: typeof english = {
  pyramidChart: (title) => `هرم سكاني${title ? `: ${title}` : ''}.`,
  pyramidLargest: (age, value) => `الفئة العمرية الأكبر هي ${age}: ${value}.`,
  pyramidChildren: (share) => `يشكل الأطفال دون 15 عامًا ${share} من المجموع.`,
  pyramidOlder: (from, share) => `يشكل من هم في سن ${from} عامًا فأكثر ${share}.`,
};
