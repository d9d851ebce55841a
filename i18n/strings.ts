import type { KnownLocale } from '../core/known-locales.js';
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
import type { shapeErrors } from './errors/shapes.en.js';
import type { facetErrors } from './errors/facets.en.js';
import type { internalErrors } from '../core/errors.js';

export type { BadCell, Place } from './errors/core.en.js';

/**
 * Every error message, by key: what `ChartError.key` names. The English
 * (`errors/*.en.ts`) ships with the code that throws; each other language
 * translates all of them in its file's `errors` section.
 */
export type ErrorStrings = typeof coreErrors & typeof sliceErrors & typeof indicatorErrors & typeof shapeErrors & typeof facetErrors & typeof internalErrors;

/** A language with every error message translated (the template's own words still optional). */
export interface Translation extends LanguageStrings {
  readonly errors: ErrorStrings;
}

/**
 * A kit language file other than English (`i18n/fr.ts`, …): the chrome, the shared words and every error message,
 * and nothing of any one template: those are in its folder (`templates/<id>/words.fr.ts`, …).
 */
export interface KitTranslation extends Omit<Translation, 'summary'> {
  /** How Intl writes numbers and dates in this language, by tag (`pt`, `pt-BR`, `pt-PT`): charts then need no Intl formatter. */
  readonly formats: Readonly<Record<string, KnownLocale>>;
  readonly summary: SharedWords;
  readonly a11y: A11yStrings;
  readonly years: YearStrings;
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
  /** The words of a `<lnob-stat>` card's change and trend. Optional for registered languages (English). */
  readonly stat?: StatStrings;
  /** What the chart tells readers it chose from the rows (render/choices.ts). Optional for registered languages (English). */
  readonly choices?: ChoiceStrings;
  /** Words of the generated summaries and of labels drawn in the chart: the shared ones and every template's. */
  readonly summary: SummaryStrings;
  readonly menu: MenuStrings;
  /** Keyboard navigation, screen-reader names of marks and listening. Optional for registered languages (English). */
  readonly a11y?: A11yStrings;
  /** The year control of a map or ranked bars drawn from several years. Optional for registered languages (English). */
  readonly years?: YearStrings;
}

/** The year control (components/lnob-chart/year-control.ts) and the year a chart shows (render/years.ts). */
export interface YearStrings {
  /** The slider's label: "Year". */
  readonly year: string;
  /** The button that steps through the years by itself, and the same while it does. */
  readonly play: string;
  readonly pause: string;
  /** The button when the reader asks for reduced motion: one year further at each press. */
  readonly next: string;
  /** Said (politely) and written under the chart and in its summary: "Year shown: 2019." */
  readonly shown: (year: string) => string;
  /** The data table's caption: "Poverty rate, 2019". */
  readonly caption: (title: string, year: string) => string;
}

/**
 * Each template's own words (`templates/<id>/words.ts`): each folder adds its own here with `declare module`, so this
 * file names none of them. The folder keeps their English and, beside it, one file per kit language
 * (`words.fr.ts`, …), loaded only for a chart in that language.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TemplateWords {}

/** The summary words every language file gives: those several templates share. */
export interface SharedWords {
  /** The highest and lowest values of a ranked chart (ranked-bar, survey, map): "Highest: North West, 70%." */
  readonly highest: (name: string, value: string) => string;
  readonly lowest: (name: string, value: string) => string;
  /** A sentence on its own after the opening when there is nothing to describe: "No values to show." */
  readonly noValues: string;
  /** A change in percentages, from the number already formatted without its % sign: "5 percentage points". */
  readonly percentagePoints: (amount: string) => string;
  /** The same, short, where it is drawn or shown large (a gap label, a card's change): "5 points" (never "5%"). */
  readonly points: (amount: string) => string;
  /** trend and progress: "Line chart: Poverty, 3 lines, 2015–2023." (lines and years optional) */
  readonly lineChart: (title: string | undefined, lines?: number, from?: number, to?: number) => string;
}

/**
 * The strings a template's summary (and a label it draws) reads, in the chart's language: the shared words and every
 * registered template's own, as `loadStrings` puts them together (English for a word a language does not have).
 * Part of SummaryContext.
 */
export interface SummaryStrings extends SharedWords, TemplateWords {}

/**
 * A language as a page registers it (`registerLanguage`): the template's own words are optional, English stands in
 * for any it leaves out.
 */
export interface LanguageStrings extends Omit<UiStrings, 'summary'> {
  /** `points` may be left out by a site's own language (added after the first release): English is used then. */
  readonly summary: Omit<SharedWords, 'points'> & Partial<Pick<SharedWords, 'points'>> & Partial<TemplateWords>;
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
  /** Shown when the page's security policy blocks PNG images and the SVG was downloaded instead. */
  readonly imageBlocked: string;
  readonly close: string;
  /** File name when the chart has no title. */
  readonly fileName: string;
}

/** Words for keyboard and screen-reader users and for listening to a chart (components/lnob-chart/keyboard-navigation.ts). */
export interface A11yStrings {
  /** The drawing's role when it takes keyboard focus: "interactive chart". */
  readonly chart: string;
  /** How to use the drawing by keyboard, read when it takes focus. */
  readonly keys: string;
  /** The same for a map, where typing a letter finds a country. */
  readonly keysMap: string;
  /** What one drawn item is, by Vega mark type ("bar" instead of Vega's "rect mark"). */
  readonly marks: { readonly rect: string; readonly symbol: string; readonly line: string; readonly shape: string; readonly text: string };
  /** "3 of 12" */
  readonly position: (index: number, count: number) => string;
  readonly highest: string;
  readonly lowest: string;
  /** A value at a time: "58% in 2005". */
  readonly at: (value: string, when: string) => string;
  /** One line, as a screen reader meets it: "Rural: from 58% in 2005 to 47% in 2023, down 11 percentage points; lowest …; highest …". */
  readonly line: (name: string, from: string, to: string, change: string, lowest: string, highest: string) => string;
  readonly up: (amount: string) => string;
  readonly down: (amount: string) => string;
  readonly unchanged: string;
  /** The difference between the groups of a row: "gap: 57 percentage points". */
  readonly gap: (amount: string) => string;
  /** The end of a progress chart's projection: "projected for 2030: 20%". */
  readonly projected: (when: string, value: string) => string;
  /** "target: 15%" */
  readonly target: (value: string) => string;
  /** The menu item and the announcement while a chart plays as sound. */
  readonly listen: string;
  readonly listening: string;
  readonly paused: string;
  readonly stopped: string;
  /** "Listening on: each point you move to plays its tone." / off */
  readonly toneOn: string;
  readonly toneOff: string;
  /** After + or −: "Speed: ×1.5". */
  readonly speed: (times: string) => string;
}

/** The notes that say what a chart chose from ambiguous rows: totals, latest years. */
export interface ChoiceStrings {
  readonly bothSexes: string;
  readonly allAges: string;
  readonly allAreas: string;
  readonly allWealth: string;
  /** A breakdown with a total but no word of its own: "all Food Waste Sector". */
  readonly allOf: (column: string) => string;
  /** Joins the parts: "both sexes, all ages". */
  readonly separator: string;
  /** Open SDG's headline rows: "Totals, not broken down by Sex, Age." (`columns` already joined). */
  readonly headline: (columns: string) => string;
  readonly globalFigures: string;
  readonly latestYear: (year: string) => string;
  readonly latestYears: (years: string) => string;
  readonly differentYears: (years: string) => string;
}

/** A `<lnob-stat>` card's words: its change ("▲ +13 points since 2015") and the sentence read aloud. */
export interface StatStrings {
  /** The change's default label with `change="auto"`: "since 2015". */
  readonly since: (when: string) => string;
  /** Read aloud before the change: "Up 13 points since 2015." */
  readonly up: (change: string) => string;
  readonly down: (change: string) => string;
  readonly noChange: (change: string) => string;
  /** Read aloud: "Trend: from 61% in 2015 to 74% in 2023." (`from` and `to` already say their year, see `inYear`.) */
  readonly trend: (from: string, to: string) => string;
  /** "61% in 2015" */
  readonly inYear: (value: string, when: string) => string;
}
