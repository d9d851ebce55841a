/**
 * The words the kit shows around and inside a chart, in one language.
 *
 * One file per language (`en.ts`, `fr.ts`, …) exports a `UiStrings`; the
 * templates' summaries (pure code) and the elements (the chrome, the menu, the
 * table) both read them, which is why they live here at the top level rather
 * than under `components/` or `templates/`.
 */
export interface UiStrings {
  /** BCP 47 code of the language, e.g. `fr`. */
  readonly lang: string;
  /** Writing direction of the chrome and the table. */
  readonly dir: 'ltr' | 'rtl';
  /** Before an error message: "This chart cannot be shown." */
  readonly cannotShow: string;
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
  /** Words of the generated summaries and of labels drawn in the chart. */
  readonly summary: SummaryStrings;
  readonly menu: MenuStrings;
}

/** The strings a template's summary (and a label it draws) may need. Part of SummaryContext. */
export interface SummaryStrings {
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
