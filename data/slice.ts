import { failSlice as fail } from '../i18n/errors/slice.en.js';
import { normaliseKey, parseList } from '../core/lists.js';
import type { RoleName } from '../core/roles.js';
import { distinct, findColumn, text, yearOf } from './layouts/columns.js';
import { markColumns, timeColumnOf } from './mark-keys.js';
import { resolveMarks, type Resolved } from './marks.js';
import type { LayoutName } from '../core/layouts.js';
import { arrange, type Arranged, type Provenance } from './layouts/index.js';
import type { Cell, RawTable } from './table.js';

/** The layout and slice attributes, as the page wrote them. */
export interface SliceOptions {
  readonly layout?: string | null | undefined;
  readonly where?: string | null | undefined;
  readonly seriesCode?: string | null | undefined;
  readonly countries?: string | null | undefined;
  readonly years?: string | null | undefined;
  readonly aggregates?: string | null | undefined;
  /** The roles the chart's template reads, and those it cannot draw without. */
  readonly roles?: readonly RoleName[] | undefined;
  readonly required?: readonly RoleName[] | undefined;
  /** `<role>-column` attributes: they win over a layout's defaults. */
  readonly columns?: Partial<Record<RoleName, string>> | undefined;
}

export interface Sliced {
  readonly layout: LayoutName;
  readonly table: RawTable;
  /** Role → column: the layout's defaults with the page's `<role>-column` over them. Pass to typeRows. */
  readonly columns: Partial<Record<RoleName, string>>;
  readonly provenance: Provenance;
}

type Rows = readonly (readonly Cell[])[];

/** The country resolver and the groups of countries (data/geo), loaded only when `countries` or `aggregates` needs them. */
type Geo = typeof import('./geo/groups.js');

/**
 * Between parsing and typing: reads the file's layout (UN SDG, World Bank,
 * Open SDG, wide or tidy), then keeps the rows the slice attributes ask for,
 * and says where the numbers come from. Pure apart from loading the country
 * list on demand: no DOM, no fetching of data. A filter that keeps nothing
 * fails with `no-matching-rows`, listing the values the file does have.
 */
export async function applyLayoutAndSlice(input: RawTable, options: SliceOptions = {}): Promise<Sliced> {
  let geo: Geo | undefined;
  if (parseList(options.countries).length > 0 || !/^(include)?$/i.test((options.aggregates ?? '').trim())) {
    geo = await import('./geo/groups.js');
    await geo.loadCountries();
  }
  return sliceTable(input, options, geo);
}

function sliceTable(input: RawTable, options: SliceOptions, geo: Geo | undefined): Sliced {
  const arranged = arrange(input, options.layout);
  const { table } = arranged;
  const given = options.columns ?? {};
  const roles: Partial<Record<RoleName, string>> = {};
  for (const [role, column] of Object.entries(arranged.roles) as [RoleName, string | undefined][]) {
    if (column !== undefined && table.columns.includes(column)) roles[role] = column;
  }
  for (const [role, column] of Object.entries(given) as [RoleName, string | undefined][]) {
    if (column) roles[role] = findColumn(table.columns, column) ?? column;
  }
  const notes: string[] = [...arranged.notes];
  let rows: Rows = table.rows;
  const col = (name: string) => table.columns.indexOf(name);

  // series-code
  const seriesCodes = parseList(options.seriesCode);
  if (seriesCodes.length > 0) {
    const column = arranged.seriesCode;
    if (!column) {
      throw fail('missing-column', 'noSeriesColumn', options.seriesCode ?? '', table.columns.filter(Boolean));
    }
    rows = keep(rows, table, column, matchesAny(seriesCodes), `series-code=${seriesCodes.join('; ')}`);
  }

  // where="Column=value; Column=value"
  const whereColumns = new Set<string>();
  const conditions = new Map<string, string[]>();
  for (const item of parseList(options.where)) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw fail('unsupported', 'badWhere', options.where ?? '');
    }
    const asked = item.slice(0, eq).trim();
    const column = findColumn(table.columns, asked);
    if (!column) {
      throw fail('missing-column', 'noWhereColumn', asked, options.where ?? '', table.columns.filter(Boolean));
    }
    whereColumns.add(column);
    conditions.set(column, [...(conditions.get(column) ?? []), item.slice(eq + 1).trim()]);
  }
  for (const [column, values] of conditions) {
    rows = keep(rows, table, column, matchesAny(values), `${column}=${values.join(', ')}`);
  }

  // countries="Nigeria; KEN; Congo, Dem. Rep."
  const countries = parseList(options.countries);
  if (countries.length > 0) {
    const nameColumn = arranged.areaName ?? roles.geo ?? roles.category;
    const codeColumn = arranged.areaCode ?? (roles.geo !== nameColumn ? roles.geo : undefined);
    if (!nameColumn || !table.columns.includes(nameColumn)) {
      throw fail('missing-column', 'countriesNeedColumn', options.countries ?? '');
    }
    const nameIndex = col(nameColumn);
    const codeIndex = codeColumn ? col(codeColumn) : -1;
    const wanted = countries.map((item) => keysOfAsked(item, geo!));
    const matched = new Set<number>();
    const cache = new Map<string, number[]>();
    const before = rows;
    rows = rows.filter((row) => {
      const name = text(row[nameIndex]);
      const code = codeIndex >= 0 ? text(row[codeIndex]) : '';
      const id = `${name}\u0000${code}`;
      let hits = cache.get(id);
      if (!hits) {
        const keys = keysOfRow(name, code, geo!);
        hits = wanted.flatMap((asked, i) => (asked.some((k) => keys.has(k)) ? [i] : []));
        cache.set(id, hits);
      }
      hits.forEach((i) => matched.add(i));
      return hits.length > 0;
    });
    const missing = countries.filter((_, i) => !matched.has(i));
    if (missing.length > 0) {
      throw fail('no-matching-rows', 'noCountryRows', missing, options.countries ?? '', nameColumn, distinct(table, nameColumn, before));
    }
  }

  // years="2000-2022" / "2015; 2020" / "2015-"
  const yearItems = parseList(options.years);
  const timeColumn = arranged.time ?? timeColumnOf(table.columns, roles.time);
  if (yearItems.length > 0) {
    if (!timeColumn) {
      throw fail('missing-column', 'yearsNeedColumn', options.years ?? '');
    }
    const ranges = yearItems.map((item) => yearRange(item, options.years!));
    const index = col(timeColumn);
    const before = rows;
    rows = rows.filter((row) => {
      const year = yearOf(row[index]);
      return year !== undefined && ranges.some(([from, to]) => year >= from && year <= to);
    });
    if (rows.length === 0) {
      const years = before.map((row) => yearOf(row[index])).filter((y): y is number => y !== undefined);
      throw fail('no-matching-rows', 'noYearRows', options.years ?? '', years.length ? [Math.min(...years), Math.max(...years)] : undefined);
    }
  }

  // aggregates="exclude" | "only" | "include": data/geo/ knows the groups.
  if (geo) rows = geo.keepAggregates(rows, table, options.aggregates, { code: arranged.areaCode ?? roles.geo, name: arranged.areaName ?? roles.geo ?? roles.category, unCodes: arranged.layout === 'un-sdg', groups: arranged.aggregateCodes });

  // One value for each dimension the page did not ask about (the total where the file has one).
  const asked = new Set<string>([...whereColumns, ...Object.values(given).map((c) => findColumn(table.columns, c!) ?? c!)]);
  if (arranged.totals === 'empty') {
    // Open SDG: a dimension the page asks about is read where it has a value (its empty cells are other breakdowns).
    for (const dimension of arranged.dimensions.filter((d) => asked.has(d))) {
      rows = keep(rows, table, dimension, (cell) => text(cell) !== '', undefined);
    }
  }
  // Each mark one row: totals of breakdowns, each mark's latest year, or an `ambiguous-rows` error (data/marks.ts).
  const readsTime = options.roles?.includes('time') ?? true;
  // A download without a column of line names gets one named after the slice (below): one line, not a missing column.
  const namesLines = arranged.layout === 'tidy' || roles.series !== undefined || findColumn(table.columns, 'series') !== undefined;
  const required = (options.required ?? []).filter((role) => role !== 'series' || namesLines);
  const keys = markColumns(table, options.roles ?? [], roles, required);
  const valueColumn = roles.value ?? findColumn(table.columns, 'value');
  // A role's column missing: typing says which; there are no marks to speak of yet.
  const resolved: Resolved = keys === undefined ? { rows, choices: [], period: undefined, hints: [] } : resolveMarks({
    columns: table.columns,
    rows,
    keys,
    value: valueColumn && table.columns.includes(valueColumn) ? valueColumn : undefined,
    time: timeColumn && table.columns.includes(timeColumn) ? timeColumn : undefined,
    readsTime,
    dimensions: arranged.totals === 'none' ? 'any' : arranged.dimensions, // a plain table's breakdowns are found, not declared
    totals: arranged.totals,
    totalCodes: arranged.totalCodes,
    single: arranged.seriesCode && seriesCodes.length === 0 && !arranged.single.includes(arranged.seriesCode) ? [arranged.seriesCode, ...arranged.single] : arranged.single,
    seriesCode: arranged.seriesCode,
    asked,
    ignore: new Set(
      [arranged.sourceColumn, arranged.footnoteColumn, arranged.natureColumn, arranged.statusColumn, arranged.titleColumn, arranged.areaName, arranged.areaCode]
        .filter((c): c is string => c !== undefined),
    ),
  });
  rows = resolved.rows;

  let sliced: RawTable = { ...table, rows };
  // A chart of lines needs a name for each; a file without one (Open SDG's headline) gets a single series named after the slice.
  if (arranged.layout !== 'tidy' && options.roles?.includes('series') && !roles.series && !findColumn(table.columns, 'series')) {
    const name = [...conditions.values()].flat().join(', ') || 'All';
    sliced = { ...sliced, columns: [...sliced.columns, 'series'], rows: rows.map((row) => [...row, name]) };
    roles.series = 'series';
  }
  const provenance = provenanceOf(arranged, sliced, notes);
  return {
    layout: arranged.layout,
    table: sliced,
    columns: roles,
    provenance: {
      ...provenance,
      chosen: resolved.choices,
      ...(resolved.period ? { period: resolved.period } : {}),
      hints: [...(arranged.hints ?? []), ...resolved.hints],
    },
  };
}

/**
 * Keeps the rows whose cell passes; none left is a `no-matching-rows` error listing what the column does hold.
 * `asked` is what the page asked for, as code; undefined when it asked for the column's filled cells.
 */
function keep(rows: Rows, table: RawTable, column: string, pass: (cell: Cell) => boolean, asked: string | undefined): Rows {
  const index = table.columns.indexOf(column);
  const kept = rows.filter((row) => pass(row[index]));
  if (kept.length === 0) {
    const values = distinct(table, column, rows);
    throw asked === undefined ? fail('no-matching-rows', 'noFilledRows', column, values) : fail('no-matching-rows', 'noRows', asked, column, values);
  }
  return kept;
}

/**
 * A test for cells equal, in any case and spacing, to one of `values`. Each distinct cell is compared once:
 * a 50,000-row export holds a few dozen series codes, and case-folding every cell would take most of the time.
 */
function matchesAny(values: readonly string[]): (cell: Cell) => boolean {
  const wanted = new Set(values.map(normaliseKey));
  const seen = new Map<string, boolean>();
  return (cell) => {
    const value = text(cell);
    let pass = seen.get(value);
    if (pass === undefined) seen.set(value, (pass = wanted.has(normaliseKey(value))));
    return pass;
  };
}

/** A code as written: `001`, `1` and `1.0` are one M49 code; letters in any case. */
function codeKey(value: string): string | undefined {
  const v = value.trim().replace(/\.0+$/, '');
  if (/^\d{1,4}$/.test(v)) return `m:${Number(v)}`;
  if (/^[A-Za-z]{2,3}$/.test(v)) return `c:${v.toUpperCase()}`;
  return undefined;
}

/** The ways one `countries` item can name a country: its own words, its code, and the country's alpha-3 code when it is one. */
function keysOfAsked(item: string, geo: Geo): string[] {
  const keys = [`n:${geo.normaliseName(item)}`];
  const code = codeKey(item);
  if (code) keys.push(code);
  const match = geo.resolveGeo(item);
  if (match.kind === 'country') keys.push(`c:${match.country.alpha3}`);
  return keys;
}

function keysOfRow(name: string, code: string, geo: Geo): Set<string> {
  const keys = new Set<string>([`n:${geo.normaliseName(name)}`]);
  const own = code ? codeKey(code) : undefined;
  if (own) keys.add(own);
  for (const value of [code.replace(/\.0+$/, ''), name]) {
    if (!value) continue;
    const match = geo.resolveGeo(value);
    if (match.kind === 'country') keys.add(`c:${match.country.alpha3}`);
  }
  return keys;
}

function yearRange(item: string, all: string): [number, number] {
  const match = /^(\d{4})?\s*([-–—]\s*(\d{4})?)?$/.exec(item.trim());
  if (!match || (!match[1] && !match[3])) {
    throw fail('unsupported', 'badYears', all);
  }
  const from = match[1] ? Number(match[1]) : -Infinity;
  const to = match[3] ? Number(match[3]) : match[2] ? Infinity : from;
  return [from, to];
}

const NATURE_WORDS: Record<string, string> = { E: 'estimated', M: 'modelled' };

function provenanceOf(arranged: Arranged, table: RawTable, selection: string[]): Provenance {
  const values = (column: string | undefined) => (column && table.columns.includes(column) ? distinct(table, column) : []);
  const notes: string[] = [];
  const title = values(arranged.titleColumn)[0];
  const sources = values(arranged.sourceColumn);
  const source =
    arranged.source ??
    (sources.length === 0 ? undefined : sources.length <= 2 ? sources.join('; ') : `${sources.slice(0, 2).join('; ')} and ${sources.length - 2} more`);

  let unit: string | undefined;
  const units = values(arranged.unitsColumn);
  if (units.length === 1) {
    if (/^(percent|percentage|%|per cent)$/i.test(units[0]!)) unit = '%';
    else {
      unit = '';
      if (!/^number$/i.test(units[0]!)) notes.push(`Units: ${humanUnit(units[0]!)}.`);
    }
  } else if (title && /\(%[^)]*\)\s*$/.test(title)) unit = '%';

  const nature = arranged.natureColumn ? table.columns.indexOf(arranged.natureColumn) : -1;
  if (nature >= 0) {
    const counts = new Map<string, number>();
    for (const row of table.rows) {
      const code = text(row[nature]).toUpperCase();
      if (NATURE_WORDS[code]) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const parts = [...counts].map(([code, n]) => `${n} of ${table.rows.length} ${NATURE_WORDS[code]} (Nature ${code})`);
    if (parts.length > 0) notes.push(`Not all values are direct measurements: ${parts.join(', ')}.`);
  }
  const status = arranged.statusColumn ? table.columns.indexOf(arranged.statusColumn) : -1;
  if (status >= 0) {
    const counts = new Map<string, number>();
    for (const row of table.rows) {
      const value = text(row[status]);
      if (value && !/^normal( value)?$/i.test(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    if (counts.size > 0) notes.push(`Observation status: ${[...counts].map(([v, n]) => `${v} (${n})`).join(', ')}.`);
  }
  const footnotes = values(arranged.footnoteColumn);
  if (footnotes.length > 0) {
    notes.push(`Footnotes: ${footnotes.slice(0, 2).join('; ')}${footnotes.length > 2 ? ` (and ${footnotes.length - 2} more)` : ''}`);
  }
  return {
    ...(source ? { source } : {}),
    ...(title ? { title } : {}),
    ...(unit !== undefined ? { unit } : {}),
    notes: [...notes, ...selection],
  };
}

/** UN unit codes read as words: PER_100000_POP → "per 100000 pop". */
function humanUnit(code: string): string {
  return /^[A-Z0-9_]+$/.test(code) ? code.toLowerCase().replace(/_/g, ' ') : code;
}
