import type { Sliced } from '../data/slice.js';
import { timeColumnOf } from '../data/mark-keys.js';
import { findColumn, yearOf } from '../data/layouts/columns.js';
import { isMissing } from '../data/numbers.js';
import type { AuthorHint } from '../data/layouts/index.js';
import type { RawTable, Row } from '../data/table.js';
import { englishStrings, type UiStrings, type YearStrings } from '../i18n/index.js';
import { readSliceOptions, type AttributeReader } from '../templates/options.js';
import type { ChartTemplate, Options } from '../templates/types.js';
import { YEAR_SIGNAL, rowKey } from '../templates/year-filter.js';
import { valueMax } from './number-format.js';

/**
 * The plan's part of the year control: a map or ranked bars (templates with `years`) drawn from a file that has
 * several years for each mark show one year at a time instead of each mark's latest. The rows of every year go to
 * the drawing, which keeps those of the `lnob_year` signal (templates/year-filter.ts); the words (summary, table,
 * notes) are those of the year drawn. `year-control="none"` keeps the rule of one value per mark (each one's latest).
 */

/** The years a chart can show, the one it shows, and the plan of another (same spec, same view: only signals change). */
export interface YearChoice {
  /** Every year with data, in order. */
  readonly years: readonly number[];
  /** The year drawn: the `year` attribute's, else the latest. */
  readonly year: number;
}

/** The rows of every year, each row's year, and the year drawn. */
export interface YearTrack extends YearChoice {
  readonly all: readonly Row[];
  readonly rows: Row[];
  readonly rowYears: readonly number[];
  readonly hints: readonly AuthorHint[];
}

/** Does the page want a year control on this chart (a template that has one, and not `year-control="none"`)? */
function wantsYears(template: ChartTemplate, attribute: AttributeReader): boolean {
  return template.years === true && attribute('year-control')?.trim().toLowerCase() !== 'none';
}

/**
 * A year control needs a latest year with values for most places: a file of surveys in different years for each
 * country (DHS, OWID's poverty, UNICEF) would show one or two countries a year, and reads best as each one's latest.
 */
const MOST_PLACES = 3 / 4;

/**
 * The file sliced again with every year kept, when the chart would otherwise show each mark's latest year
 * (several years for a mark: data/marks.ts) and the latest year has values for most marks; undefined otherwise,
 * and when a row has no year to place it by.
 */
export async function sliceYears(table: RawTable, template: ChartTemplate, attribute: AttributeReader, sliced: Sliced): Promise<{ sliced: Sliced; years: number[] } | undefined> {
  if (!wantsYears(template, attribute) || sliced.provenance.period?.latest !== true) return undefined;
  const { applyLayoutAndSlice } = await import('../data/slice.js');
  const options = readSliceOptions(template, attribute);
  const again = await applyLayoutAndSlice(table, { ...options, roles: [...(options.roles ?? []), 'time'] });
  const column = again.columns.time ?? timeColumnOf(again.table.columns);
  const at = column === undefined ? -1 : again.table.columns.indexOf(column);
  if (at < 0) return undefined;
  const years = again.table.rows.map((row) => yearOf(row[at]));
  if (years.some((year) => year === undefined)) return undefined;
  if (!latestHasMostPlaces(template, again, years as number[])) return undefined;
  return { sliced: again, years: years as number[] };
}

/** Does the latest year have a value for at least MOST_PLACES of the places (countries, bars) of every year? */
function latestHasMostPlaces(template: ChartTemplate, { table, columns }: Sliced, years: readonly number[]): boolean {
  const role = template.roles.find((r) => r.type === 'geo' || r.type === 'nominal')?.name;
  const place = role && (columns[role] ?? findColumn(table.columns, role));
  const value = columns.value ?? findColumn(table.columns, 'value');
  const placeAt = place === undefined ? -1 : table.columns.indexOf(place);
  const valueAt = value === undefined ? -1 : table.columns.indexOf(value);
  if (placeAt < 0) return false;
  const latest = Math.max(...years);
  const all = new Set<string>();
  const inLatest = new Set<string>();
  table.rows.forEach((row, i) => {
    const cell = valueAt < 0 ? 'x' : row[valueAt];
    if (cell === null || cell === undefined || (typeof cell === 'string' && (cell.trim() === '' || isMissing(cell)))) return;
    const name = String(row[placeAt] ?? '').trim();
    all.add(name);
    if (years[i] === latest) inLatest.add(name);
  });
  return all.size > 0 && inLatest.size >= all.size * MOST_PLACES;
}

/** The year drawn and its rows, from the typed rows (in the table's order) and each one's year. */
export function yearTrack(rows: Row[], rowYears: readonly number[], attribute: AttributeReader): YearTrack {
  const years = [...new Set(rowYears)].sort((a, b) => a - b);
  const latest = years[years.length - 1]!;
  const asked = attribute('year')?.trim();
  const hints: AuthorHint[] = [];
  let year = latest;
  if (asked) {
    const wanted = Number(asked);
    if (years.includes(wanted)) year = wanted;
    else hints.push({ code: 'year', message: `The file has no year ${asked}; the chart starts at ${latest}. Its years: ${years.join(', ')}.` });
  }
  return { years, year, all: rows, rows: rows.filter((_, i) => rowYears[i] === year), rowYears, hints };
}

/** The reader the plan of another year reads: the chart's attributes, with `year` set. */
export function atYear(attribute: AttributeReader, year: number): AttributeReader {
  return (name) => (name === 'year' ? String(year) : attribute(name));
}

/** The rows the drawing gets: with a year control, every year's, each with its year and key (templates/year-filter.ts). */
export function yearRows(rows: readonly Row[], track: YearTrack | undefined): readonly object[] {
  if (!track) return rows;
  return track.all.map((row, i) => {
    const year = track.rowYears[i]!;
    return { ...row, lnob_year: year, lnob_key: rowKey(row['geo'] ?? row['category'], year) };
  });
}

/**
 * The signal that picks the year drawn (null: every row), and with a year control the top of the value scale over
 * every year, so bars keep their scale from one year to the next and lengths compare across years.
 */
export function yearSignals(template: ChartTemplate, track: YearTrack | undefined, unit: string, options?: Options): Record<string, unknown> {
  if (!template.years) return {};
  if (!track) return { [YEAR_SIGNAL]: null };
  const values = track.all.map((row) => row['value']).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return {
    [YEAR_SIGNAL]: track.year,
    lnob_value_max: valueMax(track.all, unit) ?? (values.length ? Math.max(...values) : null),
    ...(options && template.signalsAcrossYears?.(options, rowsOfEachYear(track))),
  };
}

/** The rows of each year, year by year. */
function rowsOfEachYear(track: YearTrack): Row[][] {
  return track.years.map((year) => track.all.filter((_, i) => track.rowYears[i] === year));
}

/** The kit's words for the year control in the chart's language (English for a language without them). */
export function yearWords(strings: UiStrings): YearStrings {
  return strings.years ?? englishStrings.years!;
}

/** "Year shown: 2019." for the notes and the summary; none without a year control. */
export function yearNotes(track: YearTrack | undefined, strings: UiStrings): string[] {
  return track ? [yearWords(strings).shown(String(track.year))] : [];
}

/** The data table's caption: "Poverty rate, 2019" for a chart of one year among several. */
export function yearCaption(caption: string, track: YearTrack | undefined, strings: UiStrings): string {
  return track ? yearWords(strings).caption(caption, String(track.year)) : caption;
}
