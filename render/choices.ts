import type { Choice, TotalPart } from '../data/layouts/types.js';
import { englishStrings, type UiStrings } from '../i18n/index.js';

/**
 * What the chart chose from ambiguous rows (data/marks.ts: totals, latest years), as its readers are told, in the
 * chart's language: "Both sexes, all ages." A language without these words (a site's `registerLanguage`) says them in English.
 */
export function choiceText(choice: Choice, strings: UiStrings): string {
  const words = strings.choices ?? englishStrings.choices!;
  switch (choice.kind) {
    case 'totals': {
      const parts = choice.parts.map((part) => partText(part, words)).join(words.separator);
      return `${parts.charAt(0).toLocaleUpperCase(strings.lang)}${parts.slice(1)}.`;
    }
    case 'headline':
      return words.headline(choice.columns.join(words.separator));
    case 'global-figures':
      return words.globalFigures;
    case 'latest-year':
      return words.latestYear(choice.year);
    case 'latest-years':
      return words.latestYears(choice.years);
    case 'different-years':
      return words.differentYears(choice.years);
  }
}

function partText(part: TotalPart, words: NonNullable<UiStrings['choices']>): string {
  if (typeof part !== 'string') return words.allOf(part.all);
  return { 'both-sexes': words.bothSexes, 'all-ages': words.allAges, 'all-areas': words.allAreas, 'all-wealth': words.allWealth }[part];
}
