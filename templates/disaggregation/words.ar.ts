import type { english } from './words.js';

/** العربية: the disaggregation chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  dotChart: (title, counts) =>
    `مخطط نقطي${title ? `: ${title}` : ''}${counts ? `، عدد الفئات: ${counts.categories}، عدد المجموعات: ${counts.groups}` : ''}.`,
  noGaps: 'لا توجد فجوات: للمجموعات القيمة نفسها في كل فئة.',
  largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `أكبر فجوة: ${category}، ${gap} بين ${ahead} (${aheadValue}) و${behind} (${behindValue}).`,
  gapLabel: (amount) => `الفجوة ${amount}`,
  isBehind: (group) => `المجموعة المتأخرة: ${group}.`,
};
