/**
 * The dot chart's summary words in English, beside its code; the kit's other languages translate them in
 * `words.<lang>.ts` here, loaded only for a chart in that language. A language without them shows these.
 */
export const english = {
  /** "Dot chart: Completion by wealth, 3 categories, 2 groups." (counts absent: "Dot chart: Completion by wealth.") */
  dotChart: (title: string | undefined, counts?: { readonly categories: number; readonly groups: number }) =>
    `Dot chart${title ? `: ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'category' : 'categories'}, ${counts.groups} ${counts.groups === 1 ? 'group' : 'groups'}` : ''}.`,
  noGaps: 'No gaps: the groups have the same value in each category.',
  /** "Largest gap: Rural, 20 percentage points between Richest (80%) and Poorest (60%)." */
  largestGap: (category: string, gap: string, ahead: string, aheadValue: string, behind: string, behindValue: string) =>
    `Largest gap: ${category}, ${gap} between ${ahead} (${aheadValue}) and ${behind} (${behindValue}).`,
  /** Drawn above each row's line: "gap 13 points" (`amount` already in points or the unit). */
  gapLabel: (amount: string) => `gap ${amount}`,
  /** "Poorest is behind." */
  isBehind: (group: string) => `${group} is behind.`,
};

type DisaggregationWords = typeof english;

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends DisaggregationWords {}
}
