import type { english } from './words.js';

/** العربية: the stacked chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  stackedChart: (title, count) => `مخطط شريطي مكدّس بنسبة 100%${title ? `: ${title}` : ''}${count !== undefined ? `، عدد الأشرطة: ${count}` : ''}.`,
  stackedBar: (category, parts) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join('، ')}.`,
  moreBars: (count) => `وعدد الأشرطة الأخرى: ${count}.`,
};
