import type { english } from './words.js';

/** Français: the disaggregation chart's words (loaded only for a chart in this language). */
export const words: typeof english = {
  dotChart: (title, counts) =>
    `Graphique à points${title ? ` : ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'catégorie' : 'catégories'}, ${counts.groups} ${counts.groups === 1 ? 'groupe' : 'groupes'}` : ''}.`,
  noGaps: 'Aucun écart : les groupes ont la même valeur dans chaque catégorie.',
  largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `Écart le plus grand : ${category}, ${gap} entre ${ahead} (${aheadValue}) et ${behind} (${behindValue}).`,
  gapLabel: (amount) => `écart ${amount}`,
  isBehind: (group) => `${group} est en retard.`,
};
