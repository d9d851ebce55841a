import type { english } from './words.js';

/** Español: the slope chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  slopeChart: (title, lines, from, to) => `Gráfico de pendiente${title ? `: ${title}` : ''}. ${lines === 1 ? '1 línea' : `${lines} líneas`}, ${from} y ${to}.`,
  slopeRoseMost: (name, amount, from, to) => `La mayor subida: ${name}, ${amount}, de ${from} a ${to}.`,
  slopeFellMost: (name, amount, from, to) => `La mayor bajada: ${name}, ${amount}, de ${from} a ${to}.`,
  slopeTally: (rose, fell, same, total) => `${rose} de ${total} subieron, ${fell} bajaron${same ? `, ${same} no cambiaron` : ''}.`,
  slopeAll: (rose, total) => `Las ${total} ${rose ? 'subieron' : 'bajaron'}.`,
  slopeYears: (from, to, others) => `El gráfico compara ${from} y ${to}, el primer y el último año de los datos; los datos también tienen ${others}.`,
  slopeOneEnd: (year, names) => `Sin valor para ${year}, así que solo se dibuja un punto: ${names}.`,
  slopeBetter: 'Mejoró',
  slopeWorse: 'Empeoró',
};
