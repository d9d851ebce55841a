import type { english } from './words.js';

/** العربية: the trend chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
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
};
