import type { english } from './words.js';

/** العربية: the map chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  noData: 'لا توجد بيانات',
};
