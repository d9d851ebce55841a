import type { TopLevelSpec } from 'vega-lite';
import type { Row } from '../data/table.js';
import type { AuthorHint } from '../data/layouts/index.js';
import type { SummaryStrings } from '../i18n/strings.js';
import type { RoleDef } from '../core/roles.js';
import type { TemplateWordFiles } from '../i18n/words.js';
import type { TemplateCatalogue } from './samples/types.js';

export { ROLE_NAMES, type RoleDef, type RoleName, type RoleType } from '../core/roles.js';

/** The chart's language, for words and names a template puts into signals and datasets (e.g. a map's country names). */
export interface LanguageContext {
  readonly strings?: SummaryStrings | undefined;
  /** The chart's `lang` as the page wrote it (e.g. `pt-BR`); undefined: English. */
  readonly lang?: string | undefined;
}

export type OptionType = 'string' | 'number' | 'list' | 'boolean' | 'enum';
export type OptionValue = string | number | boolean | readonly string[] | null;
export type Options = Readonly<Record<string, OptionValue>>;

export interface OptionDef {
  /** The attribute spelling, e.g. `reference-label`. */
  readonly attribute: string;
  readonly type: OptionType;
  readonly values?: readonly string[];
  readonly default?: OptionValue;
  /**
   * Structural options change the Vega-Lite spec (and so its compiled form);
   * the others reach the chart as signals, so charts that differ only in them
   * share one compiled spec.
   */
  readonly structural: boolean;
  readonly description: string;
  /** For a `number`: the values that make sense, inclusive, and whether it must be whole (a year). Outside: `unsupported`. */
  readonly range?: readonly [min: number, max: number];
  readonly integer?: boolean;
}

export interface SpecContext {
  /** The chart has a fixed height (CSS or `height`) instead of sizing by step. */
  readonly fixedHeight: boolean;
  /** The rows have bounds (`lower-column`, `upper-column`): the template's `uncertainty` hook draws them. Absent: none. */
  readonly uncertainty?: true;
}

/**
 * How a template shows each value's bounds (`lower`, `upper`); the shared drawing, summary sentence and words are in
 * templates/uncertainty/, loaded only for a chart with bounds.
 */
export interface UncertaintyHook {
  /**
   * The bounds' marks added to the template's spec (templates/uncertainty/draw.ts): a band behind each line, or a
   * whisker on each bar or dot. Only a compiler draws them (the build, or a page compiling a spec nobody
   * precompiled), so pages do not download that code.
   */
  readonly marks: 'bands' | 'bar-intervals' | 'dot-intervals';
}

/** Plain-language strings a template's summary may use (translated elsewhere). */
export interface SummaryContext {
  readonly format: (value: number) => string;
  readonly title?: string | undefined;
  /** Words in the chart's language ("Highest", "on track", …); English when absent. */
  readonly strings?: SummaryStrings | undefined;
  /** The chart's language tag (e.g. `pt-BR`), for names the browser can give in it (countries). */
  readonly lang?: string | undefined;
  /** The decimals `format` writes (the data's, or the indicator preset's). */
  readonly decimals?: number | undefined;
  /**
   * A number as `format` writes it (language, grouping, unit) with other decimals: for a computed value, such as a
   * projection, that `format` would round to zero although it is not.
   */
  readonly formatTo?: ((value: number, decimals: number) => string) | undefined;
}

export interface ChartTemplate {
  readonly id: string;
  readonly name: string;
  /** When to use it, one paragraph. */
  readonly description: string;
  readonly roles: readonly RoleDef[];
  readonly options: readonly OptionDef[];
  /**
   * The Vega-Lite spec from structural options alone. It reads role-named rows
   * from the dataset `table`, holds no data and no colour or font: those come
   * from the theme's Vega config and the `lnob_*` signals.
   */
  spec(options: Options, context: SpecContext): TopLevelSpec;
  /**
   * Values for the template's own signals (non-structural options, data-derived settings).
   * Words a signal draws come in the chart's language from `context` (English without one).
   */
  signals?(options: Options, rows: readonly Row[], context?: LanguageContext): Record<string, unknown>;
  /**
   * Extra named datasets the spec reads besides `table` (e.g. the projection and
   * verdict of `progress`), computed from the rows by pure code so the chart and
   * the summary share one result.
   */
  datasets?(rows: readonly Row[], options: Options, context?: LanguageContext): Record<string, object[]>;
  /**
   * Loads what the other hooks need and the page may not have yet (e.g. the
   * map's shapes and country codes, in chunks of their own). Awaited before
   * `signals`, `datasets`, `check` and `summary` are called; cached by the template. `options`: what the
   * attributes ask for (e.g. the map's own boundaries, `shapes`); absent when only prefetching.
   */
  load?(options?: Options): Promise<void>;
  /**
   * Plain-words notes on rows the chart cannot show as given (e.g. "Not on the
   * map: Atlantis"). Not errors: the chart still renders and shows them under
   * the drawing.
   */
  check?(rows: readonly Row[], options: Options, context?: LanguageContext): readonly string[];
  /** For the page's author (`lnob-warning`), never drawn: what the template chose for them (e.g. the map's `shape-key`). */
  hints?(rows: readonly Row[], options: Options): readonly AuthorHint[];
  /** The drawing's height as a share of its width when the page sets no height (e.g. 0.5 for a world map). */
  readonly aspectRatio?: number;
  /** The same, when it depends on the options (a map of the page's own boundaries takes their shape). */
  aspectRatioFor?(options: Options): number;
  /**
   * The most rows this chart can draw legibly and quickly (e.g. 1,000 bars).
   * Beyond it the element reports `too-large` and asks for aggregated data,
   * instead of freezing the page. Unset: only the element's ceiling (100,000) applies.
   */
  readonly maxRows?: number;
  /**
   * Draws one year at a time when the file has several for each mark, with a year control (render/years.ts): its
   * spec filters `table` by the `lnob_year` signal (templates/year-filter.ts), so a new year never recompiles.
   */
  readonly years?: boolean;
  /**
   * With a year control: signals that must hold in every year the chart can show, from each year's rows (the map's
   * colour scale spans every year's values, so a shade means one value in every year). They win over `signals`.
   */
  signalsAcrossYears?(options: Options, years: readonly (readonly Row[])[]): Record<string, unknown>;
  /**
   * The summary's own words in English (`<id>/words.ts`); `summary` reads them in the chart's language with
   * `wordsIn`. The registry knows every folder's words in every language from its `TemplateFolder`.
   */
  readonly words?: Readonly<Record<string, ((...params: never[]) => string) | string>>;
  /**
   * The rows the drawing shows, when it leaves some out (a slope chart draws the first and last year only): the
   * keyboard and screen-reader walk (render/data-points.ts) reads these. Unset: every row.
   */
  drawnRows?(rows: readonly Row[], options: Options): readonly Row[];
  /** Draws the `lower`/`upper` roles when the rows have them (templates/uncertainty/). */
  readonly uncertainty?: UncertaintyHook;
  /** What the chart shows, in one or two plain sentences, from the rows. */
  summary?(rows: readonly Row[], options: Options, context: SummaryContext): string;
}

/**
 * A template folder as the registry lists it (`templates/<id>/index.ts`, one line in `templates/built-in.ts` and one in `templates/index.ts`): the
 * template, its words in every kit language, and its samples. The words of a language and the samples load only
 * when asked for, so a page downloads neither the other languages nor the sample data.
 */
export interface TemplateFolder {
  readonly template: ChartTemplate;
  readonly words: TemplateWordFiles<object>;
  /** The folder's `sample.ts`: what the catalogue, the demo and the tests show of it. */
  readonly catalogue: () => Promise<{ readonly catalogue: TemplateCatalogue }>;
}
