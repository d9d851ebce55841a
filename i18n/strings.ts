/**
 * The words the kit shows around and inside a chart, in one language.
 *
 * One file per language (`en.ts`, `fr.ts`, …) exports a `UiStrings`; the
 * templates' summaries (pure code) and the elements (the chrome, the menu, the
 * table) both read them, which is why they live here at the top level rather
 * than under `components/` or `templates/`.
 */
import type { coreErrors } from './errors/core.en.js';
import type { sliceErrors } from './errors/slice.en.js';
import type { indicatorErrors } from './errors/indicators.en.js';
import type { internalErrors } from '../core/errors.js';

export type { BadCell, Place } from './errors/core.en.js';

/**
 * Every error message, by key: what `ChartError.key` names. The English
 * (`errors/*.en.ts`) ships with the code that throws; each other language
 * translates all of them in its file's `errors` section.
 */
export type ErrorStrings = typeof coreErrors & typeof sliceErrors & typeof indicatorErrors & typeof internalErrors;

/** A language file other than English: every error message translated too. */
export interface Translation extends UiStrings {
  readonly errors: ErrorStrings;
}

export interface UiStrings {
  /** BCP 47 code of the language, e.g. `fr`. */
  readonly lang: string;
  /** Writing direction of the chrome and the table. */
  readonly dir: 'ltr' | 'rtl';
  /** Before an error message: "This chart cannot be shown." */
  readonly cannotShow: string;
  /** The same, in a `<lnob-stat>` card: "This card cannot be shown." */
  readonly cannotShowCard: string;
  /**
   * The error messages (see ErrorStrings). English leaves it out: its messages
   * are the errors' own. A message a language lacks is shown in English (a
   * site's `registerLanguage` may give some or none); the kit's languages give
   * all of them (`Translation`).
   */
  readonly errors?: Partial<ErrorStrings>;
  /** Before the source: "Source:" */
  readonly source: string;
  /** Before the credit: "Chart:" */
  readonly credit: string;
  readonly table: {
    readonly show: string;
    readonly hide: string;
    readonly more: (shown: string, total: string) => string;
    readonly download: string;
  };
  /**
   * After the summary, when a chart of one value per place shows rows of different years: "Latest data, 2015–2022."
   * (`latest`: each place's latest year was chosen) or "Data from 2015–2022.". Optional for registered languages (English).
   */
  readonly period?: (years: string, latest: boolean) => string;
  /** Words of the generated summaries and of labels drawn in the chart. */
  readonly summary: SummaryStrings;
  readonly menu: MenuStrings;
}

/**
 * The words of the templates that keep their English beside their code (`templates/<id>/words.ts`): each adds its
 * own here with `declare module`, so this file names none of them. A language translates them in its `summary`
 * like the rest; one that leaves any out shows that template's English.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TemplateWords {}

/** The strings a template's summary (and a label it draws) may need. Part of SummaryContext. */
export interface SummaryStrings extends Partial<TemplateWords> {
  /** "No data" (a map's legend key for countries without a value). */
  readonly noData: string;
  /** The target line's label: "2030 target". */
  readonly target: (year: number) => string;
  readonly onTrack: string;
  readonly offTrack: string;
  /** The highest and lowest values of a ranked chart: "Highest: North West, 70%." */
  readonly highest: (name: string, value: string) => string;
  readonly lowest: (name: string, value: string) => string;
  /** The opening of a bar chart's summary: "Bar chart: Poverty by zone, 6 bars." */
  readonly barChart: (title: string | undefined, count: number) => string;
  /** A sentence on its own after the opening when there is nothing to describe: "No values to show." */
  readonly noValues: string;
  /** A change in percentages, from the number already formatted without its % sign: "5 percentage points". */
  readonly percentagePoints: (amount: string) => string;

  /** trend and progress: "Line chart: Poverty, 3 lines, 2015–2023." (lines and years optional) */
  readonly lineChart: (title: string | undefined, lines?: number, from?: number, to?: number) => string;

  /** progress: "Latest value 45% (2022)." (series null: one line) or "Rural: latest value 45% (2022)." */
  readonly latestValue: (series: string | null, value: string, year: number) => string;
  /** progress: a series without a name. */
  readonly unnamed: string;
  /** progress, inside the target sentence: "half the 2015 value of 40%" (`times` is the factor, formatted). */
  readonly relativeTarget: (factor: number, times: string, year: number, value: string) => string;
  /** progress: "2030 target: 21% (half the 2015 value of 42%)." (`label` already capitalised; `relative` from relativeTarget) */
  readonly targetIs: (label: string, value: string, relative?: string) => string;
  /** progress: "At the rate of change since 2015, it would reach 30% by 2030: off track." */
  readonly projection: (baselineYear: number, fromFirstValue: boolean, projected: string, targetYear: number, verdict: string) => string;
  /** progress: "Reached by 2022: on track." / "Not reached by 2022: off track." */
  readonly reached: (reached: boolean, year: number, verdict: string) => string;
  /** progress: "No verdict: {reason}." */
  readonly noVerdict: (reason: string) => string;
  readonly reasonNoValues: string;
  readonly reasonTwoYears: (baselineYear: number) => string;
  readonly reasonGrowth: string;
  readonly noTarget: string;
  /** progress, many lines: "3 on track (Urban, Capital, …); 9 off track; 1 without a verdict." */
  readonly verdictCounts: (on: number, names: readonly string[], more: boolean, off: number, none: number) => string;

  /** survey: "Respondents: 5,000" (no full stop: the caller ends the sentence). */
  readonly respondents: (count: string) => string;
}

export interface MenuStrings {
  /** The menu button's visible text. */
  readonly button: string;
  /** The menu's accessible name. */
  readonly label: string;
  readonly png: string;
  readonly svg: string;
  readonly csv: string;
  readonly square: string;
  readonly portrait: string;
  readonly landscape: string;
  readonly embed: string;
  /** Shown after the embed code was copied. */
  readonly copied: string;
  /** Title of the dialog showing the code when the clipboard is not available. */
  readonly copyYourself: string;
  readonly close: string;
  /** File name when the chart has no title. */
  readonly fileName: string;
}
