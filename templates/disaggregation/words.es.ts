import type { english } from './words.js';

/** Español: the disaggregation chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  dotChart: (title, counts) =>
    `Gráfico de puntos${title ? `: ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'categoría' : 'categorías'}, ${counts.groups} ${counts.groups === 1 ? 'grupo' : 'grupos'}` : ''}.`,
  noGaps: 'Sin brechas: los grupos tienen el mismo valor en cada categoría.',
  largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `Mayor brecha: ${category}, ${gap} entre ${ahead} (${aheadValue}) y ${behind} (${behindValue}).`,
  gapLabel: (amount) => `brecha ${amount}`,
  isBehind: (group) => `${group} se está quedando atrás.`,
};
