import type { LayoutName } from '../../core/layouts.js';
import type { RoleName } from '../../core/roles.js';
import type { RawTable } from '../table.js';

/**
 * What the page's author should know but the chart's readers need not see — how a file was read, which
 * attribute picks another slice. Sent as an `lnob-warning` event and to the console; never drawn.
 */
export interface AuthorHint {
  /** e.g. `layout`, `totals`, `latest-year`, `reporting-type`. Pages test `code`. */
  readonly code: string;
  readonly message: string;
}

/** A breakdown drawn at its total, as words a language can say: both sexes, all ages… or "all <column>". */
export type TotalPart = 'both-sexes' | 'all-ages' | 'all-areas' | 'all-wealth' | { readonly all: string };

/** What the chart chose for its readers, as data: the chart plan writes it in the chart's language (render/choices.ts). */
export type Choice =
  | { readonly kind: 'totals'; readonly parts: readonly TotalPart[] }
  | { readonly kind: 'headline'; readonly columns: readonly string[] }
  | { readonly kind: 'global-figures' }
  | { readonly kind: 'latest-year'; readonly year: string }
  | { readonly kind: 'latest-years'; readonly years: string }
  | { readonly kind: 'different-years'; readonly years: string };

/** Where the numbers come from, as the file itself says. Every field is optional: the page's own attributes win. */
export interface Provenance {
  /** For the source line, e.g. "World Development Indicators (last updated 2015-07-28)". */
  readonly source?: string;
  /** The name of the indicator or series, e.g. "Life expectancy at birth, total (years)". */
  readonly title?: string;
  /** A unit short enough to follow every number: `%`, or '' when the unit goes into the notes instead. */
  readonly unit?: string;
  /** Plain-words notes from the file: units, footnotes, estimates and modelled values, bounds such as "<5". A page's `notes` replaces them. */
  readonly notes: readonly string[];
  /** What the chart did with the rows, as data (from the rows rule, data/marks.ts). */
  readonly chosen?: readonly Choice[];
  /** The same in the chart's language ("Both sexes, all ages."): always shown, whatever the page's `notes`. */
  readonly choices?: readonly string[];
  /** The years a chart of one value per mark shows, when they differ ("2015–2022"; `latest`: each mark's latest was chosen), for the summary. */
  readonly period?: { readonly years: string; readonly latest: boolean };
  readonly hints?: readonly AuthorHint[];
}

/**
 * What a layout found in a file: the table reshaped to one observation per
 * row, the columns that play each role by default, and the columns the slice
 * attributes and the provenance read. Column names are the table's own.
 */
export interface Arranged {
  readonly layout: LayoutName;
  readonly table: RawTable;
  /** Role → column, used unless the page says `<role>-column`. */
  readonly roles: Partial<Record<RoleName, string>>;
  /** The column with years or dates (`years`). */
  readonly time?: string | undefined;
  /** Area names and codes (`countries`, `aggregates`). */
  readonly areaName?: string | undefined;
  readonly areaCode?: string | undefined;
  /** Codes in `areaCode` that name groups of countries in this publisher's own scheme (Eurostat: EU27_2020, EA19…), beyond the shared aggregate list. */
  readonly aggregateCodes?: readonly string[] | undefined;
  /** The column `series-code` filters. */
  readonly seriesCode?: string | undefined;
  /** Disaggregation columns (Sex, Age, Location…): one value is kept for each the page does not ask about. */
  readonly dimensions: readonly string[];
  /** How a dimension marks its total: UN codes (BOTHSEX, ALLAGE…) or an empty cell (Open SDG). */
  readonly totals: 'codes' | 'empty' | 'none';
  /** With `totals: 'codes'`: the file's own total codes, beyond those every coded file shares (SDMX: `_T`, `_Z`, `T`, `TOTAL`). */
  readonly totalCodes?: readonly string[] | undefined;
  /** Columns that must hold one value in a chart (units, reporting type): the first is kept when several are present. */
  readonly single: readonly string[];
  /** Provenance columns, read from the rows that remain after slicing. */
  readonly sourceColumn?: string | undefined;
  readonly footnoteColumn?: string | undefined;
  readonly natureColumn?: string | undefined;
  readonly statusColumn?: string | undefined;
  readonly unitsColumn?: string | undefined;
  readonly titleColumn?: string | undefined;
  /** Provenance the whole file carries (a World Bank preamble, value markers). */
  readonly source?: string | undefined;
  readonly notes: readonly string[];
  /** For the page's author, not the chart: how the file was read (code `layout` when `auto` chose it), other columns it could draw. */
  readonly hints?: readonly AuthorHint[];
}

export interface Layout {
  readonly id: LayoutName;
  /** Does this header look like the layout? (used by `auto`, in order) */
  matches(table: RawTable): boolean;
  arrange(table: RawTable): Arranged;
  /** One sentence for the page's author when `auto` chose this layout: what was read, and how to override it. */
  describe?(arranged: Arranged, input: RawTable): string;
}
