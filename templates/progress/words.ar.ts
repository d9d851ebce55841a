import type { english } from './words.js';

/** العربية: the progress chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  target: (year) => `هدف ${year}`,
  onTrack: 'على المسار الصحيح',
  offTrack: 'خارج المسار',
  latestValue: (series, value, year) => (series === null ? `آخر قيمة: ${value} (${year}).` : `${series}: آخر قيمة ${value} (${year}).`),
  unnamed: 'بلا اسم',
  relativeTarget: (factor, times, year, value) =>
    `${factor === 0.5 ? 'نصف' : factor === 0.25 ? 'ربع' : factor === 2 ? 'ضعف' : `${times} أضعاف`} قيمة عام ${year}، أي ${value}`,
  targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
  projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
    `بمعدل التغيّر منذ ${baselineYear}${fromFirstValue ? ' (لا توجد قيمة منذ سنة الأساس، لذا من أول قيمة)' : ''}، ستبلغ القيمة ${projected} بحلول ${targetYear}: ${verdict}.`,
  reached: (reached, year, verdict) => `${reached ? 'تحقق الهدف' : 'لم يتحقق الهدف'} بحلول ${year}: ${verdict}.`,
  noVerdict: (reason) => `لا يمكن التقييم: ${reason}.`,
  reasonNoValues: 'لا توجد قيم',
  reasonTwoYears: (baselineYear) => `يلزم وجود قيم لسنتين على الأقل منذ ${baselineYear}`,
  reasonGrowth: 'يتطلب معدل النمو قيمًا أكبر من الصفر',
  noTarget: 'لم يُحدَّد هدف، لذا لا يوجد تقييم.',
  baseline: (year) => `سنة الأساس ${year}`,
  projectedBy: (value, year) => `${value} بحلول ${year}`,
  shortfall: (amount) => `ينقص ${amount}`,
  targetRelativeLabel: (year, factor, times, baselineYear) =>
    `هدف ${year}: ${factor === 0.5 ? 'نصف' : factor === 0.25 ? 'ربع' : factor === 2 ? 'ضعف' : `${times} ×`} قيمة ${baselineYear}`,
  targetPerLine: (label) => `${label} (لكل خط)`,
  verdictCounts: (on, names, more, off, none) =>
    `${on} على المسار الصحيح${names.length ? ` (${names.join('، ')}${more ? '، …' : ''})` : ''}؛ ${off} خارج المسار${none ? `؛ ${none} بلا تقييم` : ''}.`,
};
