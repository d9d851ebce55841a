import type { UiStrings } from './strings.js';

/** العربية (right to left). */
export const strings: UiStrings = {
  lang: 'ar',
  dir: 'rtl',
  cannotShow: 'لا يمكن عرض هذا الرسم البياني.',
  source: 'المصدر:',
  credit: 'الرسم البياني:',
  table: {
    show: 'عرض البيانات في جدول',
    hide: 'إخفاء الجدول',
    more: (shown, total) => `عرض أول ${shown} من ${total} صفًا.`,
    download: 'تنزيل كل الصفوف (CSV)',
  },
  summary: {
    noData: 'لا توجد بيانات',
    target: (year) => `هدف ${year}`,
    onTrack: 'على المسار الصحيح',
    offTrack: 'خارج المسار',
    highest: (name, value) => `الأعلى: ${name}، ${value}.`,
    lowest: (name, value) => `الأدنى: ${name}، ${value}.`,
    barChart: (title, count) => `مخطط شريطي${title ? `: ${title}` : ''}، عدد الأشرطة: ${count}.`,
    noValues: 'لا توجد قيم لعرضها.',
    percentagePoints: (amount) => `${amount} نقطة مئوية`,
    dotChart: (title, counts) =>
      `مخطط نقطي${title ? `: ${title}` : ''}${counts ? `، عدد الفئات: ${counts.categories}، عدد المجموعات: ${counts.groups}` : ''}.`,
    noGaps: 'لا توجد فجوات: للمجموعات القيمة نفسها في كل فئة.',
    largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `أكبر فجوة: ${category}، ${gap} بين ${ahead} (${aheadValue}) و${behind} (${behindValue}).`,
    isBehind: (group) => `المجموعة المتأخرة: ${group}.`,
    lineChart: (title, lines, from, to) =>
      `مخطط خطي${title ? `: ${title}` : ''}${lines !== undefined ? `، عدد الخطوط: ${lines}` : ''}${from !== undefined ? `، ${from}–${to}` : ''}.`,
    oneYearOnly: 'لكل خط قيمة لسنة واحدة فقط، لذا لا يمكن عرض أي تغيّر.',
    lineChange: (name, rose, amount, from, to, most) => {
      const who = name || 'الخط';
      const what = `${rose ? 'ارتفع' : 'انخفض'} بمقدار ${amount}، من ${from} إلى ${to}.`;
      return most ? `الأكثر تغيّرًا: ${who}، إذ ${what}` : `${who}: ${what}`;
    },
    lineSteady: (name, value, most) => {
      const who = name || 'الخط';
      return most ? `الأكثر تغيّرًا: ${who}، إذ بقي عند ${value}.` : `${who}: بقي عند ${value}.`;
    },
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
    verdictCounts: (on, names, more, off, none) =>
      `${on} على المسار الصحيح${names.length ? ` (${names.join('، ')}${more ? '، …' : ''})` : ''}؛ ${off} خارج المسار${none ? `؛ ${none} بلا تقييم` : ''}.`,
    stackedChart: (title, count) => `مخطط شريطي مكدّس بنسبة 100%${title ? `: ${title}` : ''}${count !== undefined ? `، عدد الأشرطة: ${count}` : ''}.`,
    stackedBar: (category, parts) => `${category}: ${parts.map((p) => `${p.name} ${p.share}`).join('، ')}.`,
    moreBars: (count) => `وعدد الأشرطة الأخرى: ${count}.`,
    waffleChart: (title) => `مخطط مربعات${title ? `: ${title}` : ''}.`,
    waffleShare: (category, share, squares) => `${category}: ${share} (${squares} من 100 مربع).`,
    surveyResults: (title, count) => `نتائج الاستطلاع${title ? `: ${title}` : ''}${count !== undefined ? `، عدد الإجابات: ${count}` : ''}.`,
    respondents: (count) => `عدد المشاركين: ${count}`,
    respondentsRange: (low, high) => `عدد المشاركين لكل إجابة: ${low}–${high}`,
  },
  menu: {
    button: 'مشاركة',
    label: 'مشاركة هذا الرسم البياني أو تنزيله',
    png: 'تنزيل صورة (PNG)',
    svg: 'تنزيل صورة متجهة (SVG)',
    csv: 'تنزيل البيانات (CSV)',
    square: 'صورة لوسائل التواصل الاجتماعي: مربعة',
    portrait: 'صورة لوسائل التواصل الاجتماعي: عمودية',
    landscape: 'صورة لوسائل التواصل الاجتماعي: أفقية',
    embed: 'نسخ رمز التضمين',
    copied: 'تم النسخ',
    copyYourself: 'انسخ هذا الرمز لوضع الرسم البياني في صفحتك',
    close: 'إغلاق',
    fileName: 'رسم-بياني',
  },
};
export default strings;
