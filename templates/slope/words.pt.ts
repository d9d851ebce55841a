import type { english } from './words.js';

/** Português: the slope chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  slopeChart: (title, lines, from, to) => `Gráfico de inclinação${title ? `: ${title}` : ''}. ${lines === 1 ? '1 linha' : `${lines} linhas`}, ${from} e ${to}.`,
  slopeRoseMost: (name, amount, from, to) => `A maior subida: ${name}, ${amount}, de ${from} para ${to}.`,
  slopeFellMost: (name, amount, from, to) => `A maior descida: ${name}, ${amount}, de ${from} para ${to}.`,
  slopeTally: (rose, fell, same, total) => `${rose} de ${total} subiram, ${fell} desceram${same ? `, ${same} não mudaram` : ''}.`,
  slopeAll: (rose, total) => `As ${total} ${rose ? 'subiram' : 'desceram'}.`,
  slopeYears: (from, to, others) => `O gráfico compara ${from} e ${to}, o primeiro e o último ano dos dados; os dados também têm ${others}.`,
  slopeOneEnd: (year, names) => `Sem valor para ${year}, por isso só se desenha um ponto: ${names}.`,
  slopeBetter: 'Melhorou',
  slopeWorse: 'Piorou',
};
