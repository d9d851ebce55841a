import type { english } from './words.js';

/** العربية: كلمات عدم اليقين (تُحمَّل فقط لرسم بهذه اللغة). */
export const words: typeof english = {
  gapWithin: (a, b, where) => `الفجوة بين ${a} و${b}${where ? ` (${where})` : ''} ضمن هامش الخطأ: مجالاهما متداخلان.`,
  gapBeyond: (a, b, where) => `مجالا ${a} و${b}${where ? ` (${where})` : ''} غير متداخلين: الفجوة أكبر من هامش الخطأ.`,
  changeWithin: (line, from, to) => `التغيّر${line ? ` في ${line}` : ''} من ${from} إلى ${to} ضمن هامش الخطأ: المجالان متداخلان.`,
  changeBeyond: (line, from, to) => `المجالان${line ? ` في ${line}` : ''} في ${from} و${to} غير متداخلين: التغيّر أكبر من هامش الخطأ.`,
  boundsMissing: (count, example) =>
    count === 1
      ? `قيمة واحدة بلا حد أدنى أو أعلى (${example}): تُرسم دون مجالها.`
      : `${count} قيم بلا حد أدنى أو أعلى (مثلاً ${example}): تُرسم دون مجالها.`,
  boundsOutside: (row, value, range) => `المجال المعطى لـ${row} (${range}) لا يحتوي قيمته، ${value}: لا يُرسم. تحقّق من عمودَي الحد الأدنى والأعلى.`,
};
