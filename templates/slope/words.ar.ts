import type { english } from './words.js';

/** العربية: the slope chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  slopeChart: (title, lines, from, to) => `مخطط الميل${title ? `: ${title}` : ''}. عدد الخطوط ${lines}، ${from} و${to}.`,
  slopeRoseMost: (name, amount, from, to) => `الارتفاع الأكبر: ${name}، بمقدار ${amount}، من ${from} إلى ${to}.`,
  slopeFellMost: (name, amount, from, to) => `الانخفاض الأكبر: ${name}، بمقدار ${amount}، من ${from} إلى ${to}.`,
  slopeTally: (rose, fell, same, total) => `ارتفع ${rose} من ${total}، وانخفض ${fell}${same ? `، ولم يتغير ${same}` : ''}.`,
  slopeAll: (rose, total) => `${rose ? 'ارتفعت' : 'انخفضت'} جميعها (${total}).`,
  slopeYears: (from, to, others) => `يقارن المخطط بين ${from} و${to}، أول سنة وآخر سنة في البيانات؛ وفي البيانات أيضًا ${others}.`,
  slopeOneEnd: (year, names) => `لا توجد قيمة لسنة ${year}، لذا تُرسم نقطة فقط: ${names}.`,
  slopeBetter: 'تحسّن',
  slopeWorse: 'تراجع',
};
