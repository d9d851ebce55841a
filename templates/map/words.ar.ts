import type { english } from './words.js';

/** العربية: the map chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  noData: 'لا توجد بيانات',
  areasHead: (title) => (title ? `خريطة: ${title}.` : 'خريطة.'),
  areasWithData: (count) => `${count} من المناطق لها بيانات.`,
  areasMissing: (missing, total) => `${missing} من أصل ${total} منطقة على الخريطة بلا بيانات.`,
  areasNone: 'لا توجد قيم لعرضها.',
  areasHighlighted: (label, names) => (names.length ? `${label}: ${names.length} من المناطق — ${names.join('، ')}.` : 'لا توجد مناطق مميزة.'),
  notOnShapes: (list) => `ليست على الخريطة (لا توجد منطقة بهذا الاسم في ملف الحدود): ${list}.`,
  mapDisclaimer: 'لا تعني الحدود والأسماء المبيّنة والتسميات المستخدمة في هذه الخريطة تأييدًا أو قبولًا رسميًا من جانب معدّي هذا الرسم البياني أو مصادر بياناته.',
  mapAttribution: 'الخريطة: Natural Earth (عبر world-atlas)',
  mapDisclaimerShort: 'لا تعني الحدود المبيّنة أي تأييد.',
};
