import type { Cell, RawTable } from '../table.js';
import { columnKey, text } from './columns.js';
import { EUROSTAT_HEADER, matchesEurostat } from './detect.js';
import type { Layout } from './types.js';

/**
 * Eurostat's flags, glued to the values they qualify (`83.6p`, `21.6 e`, `: c`).
 * From Eurostat's list of flags and special values in its bulk downloads and database.
 */
export const EUROSTAT_FLAGS: Readonly<Record<string, string>> = {
  b: 'break in time series',
  c: 'confidential',
  d: 'definition differs (see metadata)',
  e: 'estimated',
  f: 'forecast',
  n: 'not significant',
  p: 'provisional',
  r: 'revised',
  s: 'Eurostat estimate',
  u: 'low reliability',
  z: 'not applicable',
};

/** Common codes of Eurostat's `unit` dimension in words (its UNIT code list); any other code is shown as written. */
const UNITS: Readonly<Record<string, string>> = {
  PC: 'percentage',
  YR: 'years',
  NR: 'number',
  THS: 'thousand',
  THS_PER: 'thousand persons',
  MIO_EUR: 'million euro',
  EUR_HAB: 'euro per inhabitant',
  CLV10_EUR_HAB: 'chain linked volumes (2010), euro per capita',
  CLV15_EUR_HAB: 'chain linked volumes (2015), euro per capita',
  CLV_PCH_PRE_HAB: 'chain linked volumes, percentage change on previous period, per capita',
  PPS_HAB: 'purchasing power standard (PPS) per inhabitant',
  PC_GDP: 'percentage of gross domestic product (GDP)',
  PC_POP: 'percentage of total population',
  P_HTHAB: 'per hundred thousand inhabitants',
  I10: 'index, 2010=100',
  I15: 'index, 2015=100',
};

/** Eurostat's geo codes that differ from ISO 3166-1 alpha-2. */
const ISO_OF: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/**
 * Groups of countries in Eurostat's geo codes: the EU and the euro area in any composition (`EU`, `EU28`,
 * `EU27_2020`, `EA`, `EA19`), the EEA and EFTA. Countries have two letters; NUTS regions two letters and digits.
 */
export function isEurostatAggregate(code: string): boolean {
  return /^(EU|EA|EEA|EFTA)\d*(_\d{4})?$/i.test(code.trim());
}

/** The column added with the places' English names (countries) or codes (groups, regions): the chart's labels. */
export const EUROSTAT_NAME = 'Country or area';
/** The column added with each value's flags in words, read for the notes. */
export const EUROSTAT_FLAG = 'flag';
/** The column added with the unit in words, read for the notes. */
export const EUROSTAT_UNIT_LABEL = 'unit (label)';

const VALUE = /^(-?\d+(?:\.\d+)?)\s*([a-z]*)$/i;
const MISSING = /^:\s*([a-z]*)$/i;

/** A cell's number and flags: `83.6p` → 83.6 and `p`; `: c` → missing. Anything else is left as written. */
export function splitFlags(cell: Cell): { value: string; flags: string } | undefined {
  const raw = text(cell);
  if (raw === '' || MISSING.test(raw)) return undefined;
  const match = VALUE.exec(raw);
  return match ? { value: match[1]!, flags: match[2]!.toLowerCase() } : { value: raw, flags: '' };
}

/** Flags in words for the notes: `p` → "p = provisional"; several at once → "bp = break in time series and provisional". */
function flagWords(flags: string): string {
  if (flags === '') return '';
  const words = [...flags].map((flag) => EUROSTAT_FLAGS[flag] ?? flag);
  return `${flags} = ${words.join(' and ')}`;
}

/** `2019`, `2019M01` or `2019-01` as typing reads them; other period headers (quarters) as written. */
function periodOf(header: string): string {
  const month = /^(\d{4})-?M?(\d{2})$/.exec(header);
  return month ? `${month[1]}-${month[2]}` : header;
}

const englishNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
})();

/** A geo code as readers know it: the country's English name, else the code (groups, NUTS regions). */
function placeName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code) || isEurostatAggregate(code)) return code;
  try {
    return englishNames?.of(ISO_OF[code] ?? code) ?? code;
  } catch {
    return code;
  }
}

/** The table as the header says: tab-separated, also when it was read as comma-separated (then each line is joined back). */
function retab(input: RawTable): { header: string[]; rows: string[][] } {
  if (EUROSTAT_HEADER.test((input.columns[0] ?? '').trim())) {
    return { header: [...input.columns], rows: input.rows.map((row) => row.map(text)) };
  }
  const split = (cells: readonly Cell[]) => cells.map(text).join(',').split('\t').map((cell) => cell.trim());
  return { header: split(input.columns), rows: input.rows.map(split) };
}

/**
 * Eurostat bulk downloads (`…/BulkDownloadListing?file=data/<code>.tsv.gz`):
 * tab-separated, one column per year (newest first in many files), but the
 * first column joins the dimensions with commas — header `unit,sex,age,geo\time`,
 * cells `YR,F,Y65,DE`. Cells are numbers with flags glued on (`83.6p`, `21.6 e`)
 * or `:` for no data. The first column is split into one column per dimension,
 * named as in the header, so `where="unit=CLV10_EUR_HAB"` works; years become
 * rows; the flags become the notes' observation status.
 */
export const eurostat: Layout = {
  id: 'eurostat',
  matches: matchesEurostat,
  arrange(input) {
    const { header, rows: body } = retab(input);
    const first = header[0]!.trim();
    const dimensions = first.replace(/\\time(_period)?$/i, '').split(',').map((name) => name.trim());
    const geoAt = dimensions.findIndex((name) => columnKey(name) === 'geo');
    const periods = header.slice(1).map((name, i) => ({ index: i + 1, period: periodOf(name.trim()) })).filter(({ period }) => period !== '');
    const unitAt = dimensions.findIndex((name) => columnKey(name) === 'unit');

    const rows: Cell[][] = [];
    for (const row of body) {
      const codes = (row[0] ?? '').split(',').map((code) => code.trim());
      if (codes.every((code) => code === '')) continue;
      const geo = geoAt >= 0 ? codes[geoAt] ?? '' : '';
      const unit = unitAt >= 0 ? codes[unitAt] ?? '' : '';
      const base: Cell[] = [...dimensions.map((_, i) => codes[i] ?? ''), ...(geoAt >= 0 ? [placeName(geo)] : []), ...(unitAt >= 0 ? [UNITS[unit] ?? unit] : [])];
      for (const { index, period } of periods) {
        const cell = splitFlags(row[index]);
        if (cell) rows.push([...base, period, cell.value, flagWords(cell.flags)]);
      }
    }
    const columns = [
      ...dimensions,
      ...(geoAt >= 0 ? [EUROSTAT_NAME] : []),
      ...(unitAt >= 0 ? [EUROSTAT_UNIT_LABEL] : []),
      'time',
      'value',
      EUROSTAT_FLAG,
    ];
    const table: RawTable = { columns, rows, duplicates: [], ...(input.meta ? { meta: input.meta } : {}) };

    const geo = geoAt >= 0 ? dimensions[geoAt] : undefined;
    const single = dimensions.filter((name) => ['unit', 'freq'].includes(columnKey(name)));
    const breakdowns = dimensions.filter((name) => name !== geo && !single.includes(name));
    // `T` is the total of Eurostat's sex dimension; elsewhere it can be a real category (NACE section T), so it counts only when no other breakdown has it.
    const hasT = (name: string) => body.some((row) => (row[0] ?? '').split(',')[dimensions.indexOf(name)]?.trim() === 'T');
    const sexTotal = breakdowns.some((name) => columnKey(name) === 'sex') && !breakdowns.some((name) => columnKey(name) !== 'sex' && hasT(name));
    const aggregateCodes = geoAt >= 0 ? [...new Set(rows.map((row) => text(row[geoAt])).filter(isEurostatAggregate))] : [];
    const name = geo ? EUROSTAT_NAME : undefined;
    return {
      layout: 'eurostat',
      table,
      roles: { category: name, series: name, geo: name, time: 'time', value: 'value' },
      time: 'time',
      areaName: name,
      areaCode: geo,
      aggregateCodes,
      dimensions: breakdowns,
      totals: 'codes',
      totalCodes: sexTotal ? ['T', 'TOTAL'] : ['TOTAL'],
      single,
      statusColumn: EUROSTAT_FLAG,
      unitsColumn: unitAt >= 0 ? EUROSTAT_UNIT_LABEL : undefined,
      source: 'Eurostat',
      notes: [],
      hints: [
        {
          code: 'layout',
          message: `Read as a Eurostat bulk download (${first}). Write layout="tidy" to read it as a plain table.`,
        },
      ],
    };
  },
};
