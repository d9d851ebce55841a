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
