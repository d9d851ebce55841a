import type { english } from './words.js';

/** Português: the disaggregation chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  dotChart: (title, counts) =>
    `Gráfico de pontos${title ? `: ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'categoria' : 'categorias'}, ${counts.groups} ${counts.groups === 1 ? 'grupo' : 'grupos'}` : ''}.`,
  noGaps: 'Sem diferenças: os grupos têm o mesmo valor em cada categoria.',
  largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `Maior diferença: ${category}, ${gap} entre ${ahead} (${aheadValue}) e ${behind} (${behindValue}).`,
  gapLabel: (amount) => `diferença ${amount}`,
  isBehind: (group) => `${group} está ficando para trás.`,
};
