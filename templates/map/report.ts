/**
 * The map's data logic: which country each row names, what the map cannot
 * show, its signals, datasets and summary. Pure functions of the rows, given
 * the loaded codes and shapes. Loaded with them, only when a map renders (the
 * template in `../map.ts` holds just the spec and thin hooks).
 */
import { failSlice } from '../../i18n/errors/slice.en.js';
import type { Row } from '../../data/table.js';
import type { Options, SummaryContext } from '../types.js';
import type { Country, GeoMatch } from '../../data/geo/countries.js';
import type { CountryShape, WorldShapes } from './world.js';
import { NODATA_DATASET, nodataFeatures } from './hatch.js';

export interface Geo {
  readonly countries: typeof import('../../data/geo/countries.js');
  readonly world: WorldShapes;
  readonly report: typeof import('./report.js');
}

export const DEFAULT_HIGHLIGHT_LABEL = 'Highlighted';

/** Which countries the rows name, and what the map cannot show. */
export interface MapReport {
  /** One entry per drawn country named by the rows (the first row naming it with a value, else the first). */
  readonly keys: { lnob_id: string; geo: string }[];
  /** The value of each country the rows name (by ISO numeric id; drawn or too small to draw) that has one. */
  readonly values: ReadonlyMap<string, number>;
  /** Values that match no country or group, as written. */
  readonly unknown: string[];
  /** Countries with no shape at 1:110m (e.g. Maldives). */
  readonly tooSmall: string[];
  /** Countries left off this map on purpose (Antarctica). */
  readonly omitted: string[];
  /** Countries named by more than one row (all with the same value: rows with different values are an error). */
  readonly repeated: string[];
  /** Regions and groups of countries the rows name (World, Africa (WB)…): never drawn, named in a note. Codes are given as names. */
  readonly aggregates: string[];
  /** Highlighted countries (ids), after resolving the `highlight` list (or every country in the data when there are no values). */
  readonly highlight: string[];
}

/**
 * Pure: the report for these rows and options, given the loaded codes and shapes. The drawing (`mapDatasets`,
 * `mapSignals`), the notes and the summary all read it, so they agree on one row per country: a country named by
 * several rows (`KEN`, `404`, `Kenya`) with different values is an `ambiguous-rows` error, never a silent pick.
 */
export function reportRows(rows: readonly Row[], options: Options, { countries, world }: Pick<Geo, 'countries' | 'world'>): MapReport {
  const keys: MapReport['keys'] = [];
  const unknown = new Set<string>();
  const tooSmall = new Set<string>();
  const omitted = new Set<string>();
  const repeated = new Set<string>();
  const aggregates = new Set<string>();
  const named = new Map<string, { country: Country; rows: { geo: string; value: number | undefined }[] }>();
  const place = (value: string, match: GeoMatch): Country | undefined => {
    if (match.kind === 'unknown') unknown.add(value);
    else if (match.kind === 'aggregate') aggregates.add(groupName(value, match.name));
    else if (world.ids.has(match.country.numeric)) return match.country;
    else if (isOmitted(match.country)) omitted.add(match.country.name);
    else tooSmall.add(match.country.name);
    return undefined;
  };
  for (const row of rows) {
    const value = geoText(row);
    if (value === undefined) continue;
    const match = countries.resolveGeo(value);
    const country = match.kind === 'country' ? match.country : undefined;
    place(value, match);
    if (!country) continue;
    const entry = named.get(country.numeric);
    if (entry) entry.rows.push({ geo: value, value: numericValue(row) });
    else named.set(country.numeric, { country, rows: [{ geo: value, value: numericValue(row) }] });
  }
  const values = new Map<string, number>();
  for (const [id, { country, rows: spellings }] of named) {
    const valued = spellings.filter((row) => row.value !== undefined);
    if (new Set(valued.map((row) => row.value)).size > 1) {
      throw failSlice('ambiguous-rows', 'sameCountry', country.name, valued.map((row) => ({ geo: row.geo, value: String(row.value) })));
    }
    if (spellings.length > 1) repeated.add(country.name);
    const shown = valued[0] ?? spellings[0]!;
    if (world.ids.has(id)) keys.push({ lnob_id: id, geo: shown.geo });
    if (shown.value !== undefined) values.set(id, shown.value);
  }
  const listed = (options['highlight'] as readonly string[] | null) ?? [];
  const highlight = new Set<string>();
  for (const value of listed) {
    const country = place(value, countries.resolveGeo(value));
    if (country) highlight.add(country.numeric);
  }
  if (listed.length === 0 && !hasValues(rows)) for (const key of keys) highlight.add(key.lnob_id);
  return {
    keys,
    values,
    unknown: [...unknown],
    tooSmall: [...tooSmall],
    omitted: [...omitted],
    repeated: [...repeated],
    aggregates: [...aggregates],
    highlight: [...highlight],
  };
}

/** A group as the note names it: by its name when the row wrote a code (`WLD`, `1`, `UNICEF_WCA: West and Central Africa`), else as written ("Africa (WB)"). */
function groupName(value: string, name: string): string {
  return /^[A-Za-z0-9_.]+$/.test(value) || /^[A-Z0-9_]+\s*:/.test(value) ? name : value;
}

function isOmitted(country: Country): boolean {
  return country.numeric === '010';
}

/** How many groups the note names before "and N more": a World Bank file has about fifty. */
const GROUPS_NAMED = 6;

/**
 * Plain-words notes on what the map leaves out. Regions and income groups are
 * not mistakes: the map draws countries only (as Datawrapper and OWID maps do),
 * and the note names the groups left out so a reader knows their rows exist.
 */
export function reportNotes(report: MapReport): string[] {
  const notes: string[] = [];
  const list = (items: readonly string[]) => items.join(', ');
  const groups = report.aggregates;
  if (groups.length) {
    const more = groups.length - GROUPS_NAMED;
    notes.push(`Regional and income groups are not drawn on the map: ${list(groups.slice(0, GROUPS_NAMED))}${more > 0 ? ` and ${more} more` : ''}.`);
  }
  if (report.unknown.length) notes.push(`Not on the map (no country by that name or code): ${list(report.unknown)}.`);
  if (report.tooSmall.length) notes.push(`Too small to show at this scale: ${list(report.tooSmall)}.`);
  if (report.omitted.length) notes.push(`Not drawn on this map: ${list(report.omitted)}.`);
  if (report.repeated.length) notes.push(`More than one row for ${list(report.repeated)}, with the same value: the map shows it once.`);
  return notes;
}

function geoText(row: Row): string | undefined {
  const value = row['geo'];
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function numericValue(row: Row): number | undefined {
  const value = row['value'];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function hasValues(rows: readonly Row[]): boolean {
  return rows.some((row) => numericValue(row) !== undefined);
}

/** Highlight mode: a `highlight` list was given, or the data has no values to colour by. */
export function highlightMode(options: Options, rows: readonly Row[]): boolean {
  const listed = (options['highlight'] as readonly string[] | null) ?? [];
  return listed.length > 0 || !hasValues(rows);
}

/** The lowest and highest values the map colours (rows of drawn countries), or undefined when it colours none. */
function drawnExtent(rows: readonly Row[], options: Options, geo: Geo): [number, number] | undefined {
  if (highlightMode(options, rows)) return undefined;
  const report = reportRows(rows, options, geo);
  const values = report.keys.flatMap((key) => (report.values.has(key.lnob_id) ? [report.values.get(key.lnob_id)!] : []));
  return values.length ? [Math.min(...values), Math.max(...values)] : undefined;
}

/**
 * Where the colour scale starts: a fifth of the data's range below the lowest
 * value, so the lowest country gets a visible colour, never the near-white end
 * of the ramp that "no data" could be mistaken for.
 */
function scaleFloor([low, high]: readonly [number, number]): number {
  return high > low ? low - 0.2 * (high - low) : low - Math.max(1, Math.abs(low) * 0.2);
}

/**
 * The colour scale's start and end and the legend's labels for values from `extent`: the values drawn, or with a
 * year control those of every year (map.ts `signalsAcrossYears`), so a shade means the same value in every year.
 */
export function scaleSignals(extent: readonly [number, number]): Record<string, unknown> {
  return { lnob_map_floor: scaleFloor(extent), lnob_map_ceiling: extent[1], lnob_map_extent: [...extent] };
}

/** The template's signals: the mode, the colour scale's start and the legend's labels. */
export function mapSignals(rows: readonly Row[], options: Options, geo: Geo): Record<string, unknown> {
  return colourSignals(rows, options, drawnExtent(rows, options, geo));
}

/** The mode, the colour scale's start and the legend's labels, given the values drawn (any map: the world's or the page's own). */
export function colourSignals(rows: readonly Row[], options: Options, extent: [number, number] | undefined): Record<string, unknown> {
  const highlight = highlightMode(options, rows);
  const label = (options['highlight-label'] as string | null)?.trim();
  return {
    lnob_map_highlight: highlight,
    lnob_map_empty: !highlight && extent === undefined,
    ...(extent ? scaleSignals(extent) : { lnob_map_floor: null, lnob_map_ceiling: null, lnob_map_extent: [] }),
    lnob_highlight_label: label || DEFAULT_HIGHLIGHT_LABEL,
  };
}

/** The datasets the spec reads beside `table`: the shapes, the row of each drawn country and the highlighted ones. */
export function mapDatasets(rows: readonly Row[], options: Options, geo: Geo, lang?: string): Record<string, object[]> {
  const report = reportRows(rows, options, geo);
  // The names drawn (tooltips, the shapes' accessible names) in the chart's language, else English.
  const nameIn = countryNamesIn(lang);
  const named = (shape: CountryShape) => {
    const alpha2 = nameIn && geo.countries.countryByNumeric(shape.id)?.alpha2;
    const name = alpha2 ? nameIn(alpha2) : undefined;
    return name ? { ...shape, properties: { ...shape.properties, name } } : { ...shape };
  };
  return {
    // Copies: Vega writes the looked-up fields onto the objects it is given, and
    // several maps on a page share the loaded shapes.
    lnob_shapes: geo.world.features.map(named),
    lnob_geo: report.keys,
    lnob_highlight: report.highlight.map((id) => ({ lnob_id: id })),
    [NODATA_DATASET]: nodataFeatures(geo.world.features, (shape) => report.values.has(shape.id), !highlightMode(options, rows)),
  };
}

/** Country names in the chart's language from the browser (CLDR via `Intl.DisplayNames`); undefined for English or without it. */
function countryNamesIn(lang: string | undefined): ((alpha2: string) => string | undefined) | undefined {
  if (!lang || /^en\b/i.test(lang) || typeof Intl.DisplayNames !== 'function') return undefined;
  try {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    return (alpha2) => {
      try {
        return names.of(alpha2) ?? undefined;
      } catch {
        return undefined;
      }
    };
  } catch {
    return undefined;
  }
}

/** The highest and lowest countries and how many have no data; or, for a highlight map, the countries highlighted. */
export function summarise(rows: readonly Row[], options: Options, { format, title, strings, lang }: SummaryContext, geo: Geo): string {
  const head = `World map${title ? `: ${title}` : ''}.`;
  const localName = countryNamesIn(lang);
  const name = (row: Row) => {
    const text = geoText(row) ?? '';
    const match = geo.countries.resolveGeo(text);
    return match.kind === 'country' ? (localName?.(match.country.alpha2) ?? match.country.name) : text;
  };
  const report = reportRows(rows, options, geo);
  if (highlightMode(options, rows)) {
    const names = report.highlight.map((id) => geo.countries.countryByNumeric(id)?.name ?? id);
    const label = (options['highlight-label'] as string | null)?.trim() || DEFAULT_HIGHLIGHT_LABEL;
    if (names.length === 0) return `${head} No countries highlighted.`;
    return `${head} ${label}: ${names.length} ${names.length === 1 ? 'country' : 'countries'} — ${names.join(', ')}.`;
  }
  // One value per country, as the map draws it (KEN and 404 are one country: the report resolved them).
  const valued = [...report.values].map(([id, value]) => ({ row: { geo: id } as Row, value }));
  const total = geo.world.features.length;
  const drawn = report.keys.filter((key) => report.values.has(key.lnob_id)).length;
  const missing = ` ${total - drawn} of the ${total} countries on the map have no data.`;
  if (valued.length === 0) return `${head} No values to show.${missing}`;
  const sorted = [...valued].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const counted = `${valued.length} ${valued.length === 1 ? 'country' : 'countries'} with data.`;
  if (valued.length === 1) return `${head} ${counted} ${name(top.row)}: ${format(top.value)}.${missing}`;
  if (strings) return `${head} ${counted} ${strings.highest(name(top.row), format(top.value))} ${strings.lowest(name(bottom.row), format(bottom.value))}${missing}`;
  return (
    `${head} ${counted} Highest: ${name(top.row)}, ${format(top.value)}. ` +
    `Lowest: ${name(bottom.row)}, ${format(bottom.value)}.${missing}`
  );
}
