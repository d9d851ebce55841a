import type { Cell, RawTable } from '../table.js';
import { columnKey, text } from './columns.js';
import { matchesSdmx, sdmxCode } from './detect.js';
import type { AuthorHint, Layout } from './types.js';

/** SDMX columns that are not breakdowns: the observation, its attributes and the dataset's own identifiers. */
const NOT_DIMENSIONS = new Set(
  [
    'DATAFLOW', 'LAST UPDATE', 'STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'REF_AREA', 'GEO', 'TIME_PERIOD', 'OBS_VALUE', 'INDICATOR',
    'UNIT_MEASURE', 'UNIT_MULTIPLIER', 'UNIT_MULT', 'OBS_STATUS', 'OBS_CONF', 'OBS_FLAG', 'CONF_STATUS', 'LOWER_BOUND', 'UPPER_BOUND',
    'WGTD_SAMPL_SIZE', 'OBS_FOOTNOTE', 'SERIES_FOOTNOTE', 'DATA_SOURCE', 'SOURCE_LINK', 'CUSTODIAN', 'TIME_PERIOD_METHOD',
    'REF_PERIOD', 'COVERAGE_TIME', 'DECIMALS', 'COMMENT_OBS', 'COMMENT_TS', 'FREQ', 'TIME_FORMAT', 'NATURE',
  ].map((c) => c.toLowerCase()),
);

/** SDMX codes for "all" or "not applicable" (SDMX cross-domain code lists: `_T` total, `_Z` not applicable; Eurostat: `T`, `TOTAL`). */
export const SDMX_TOTALS: readonly string[] = ['_T', '_Z', 'T', 'TOTAL'];

/** Unit codes that mean "per cent" (UNICEF `PCNT`, Eurostat `PC`, ILO `PT`). */
const PERCENT_UNITS = new Set(['PCNT', 'PC', 'PT', 'PERCENT']);

/** `KEN: Kenya` → [`KEN`, `Kenya`]; a plain code stays as it is. */
function splitLabel(cell: string): [string, string] | undefined {
  const match = /^([^\s:]+):\s+(.*)$/.exec(cell);
  return match ? [match[1]!, match[2]!] : undefined;
}

/**
 * SDMX-CSV downloads: UNICEF's data warehouse (headers and cells as
 * `CODE: Label` — `REF_AREA:Geographic area`, `KEN: Kenya`, `_T: Total` — or
 * plain codes), Eurostat (`DATAFLOW, LAST UPDATE, freq, unit, geo,
 * TIME_PERIOD, OBS_VALUE, OBS_FLAG`), and other SDMX web services. Headers
 * become their codes (so `where="SEX=F"` works), coded cells keep their code,
 * and the place and indicator get a column of names beside their codes:
 * the map reads `KEN`, the bars and the title read "Kenya" and the indicator's name.
 */
export const sdmx: Layout = {
  id: 'sdmx',
  matches: matchesSdmx,
  arrange(input) {
    const codes = input.columns.map((c) => (c === '' ? '' : sdmxCode(c)));
    const labels = input.columns.map((c, i) => c.slice(c.indexOf(':') + 1).trim() || codes[i]!);
    const at = (...names: string[]) => {
      for (const name of names) {
        const i = codes.findIndex((c) => columnKey(c) === name.toLowerCase());
        if (i >= 0) return i;
      }
      return -1;
    };
    const area = at('REF_AREA', 'geo');
    const indicator = at('INDICATOR');
    const unit = at('UNIT_MEASURE', 'unit');
    const taken = new Set(codes.map(columnKey));
    /** A column of names beside a coded column: the header's label when it has one ("Geographic area"), else `CODE_NAME`. */
    const nameFor = (i: number) => {
      const label = input.columns[i]!.includes(':') ? labels[i]! : `${codes[i]}_NAME`;
      const name = taken.has(columnKey(label)) ? `${codes[i]}_NAME` : label;
      taken.add(columnKey(name));
      return name;
    };
    const coded = input.columns.map((_, i) => input.rows.some((row) => splitLabel(text(row[i])) !== undefined));
    // Names for the place and the indicator, from the labels; units in words where the code says "per cent".
    const extra: { from: number; name: string; value: (cell: string) => string }[] = [];
    if (area >= 0 && coded[area]) extra.push({ from: area, name: nameFor(area), value: (c) => splitLabel(c)?.[1] ?? c });
    if (indicator >= 0 && coded[indicator]) extra.push({ from: indicator, name: nameFor(indicator), value: (c) => splitLabel(c)?.[1] ?? c });
    if (unit >= 0) {
      const unitName = coded[unit] ? nameFor(unit) : `${codes[unit]}_NAME`;
      extra.push({
        from: unit,
        name: unitName,
        value: (c) => {
          const [code, label] = splitLabel(c) ?? [c, c];
          return PERCENT_UNITS.has(code.toUpperCase()) ? '%' : label;
        },
      });
    }
    const rows = input.rows.map((row) => {
      const out: Cell[] = row.map((cell, i) => (coded[i] ? (splitLabel(text(cell))?.[0] ?? cell) : cell));
      for (const { from, value } of extra) out.push(value(text(row[from])));
      return out;
    });
    const columns = [...codes, ...extra.map((e) => e.name)];
    const table: RawTable = { ...input, columns, rows };
    const col = (i: number) => (i >= 0 ? codes[i] : undefined);
    const named = (i: number) => extra.find((e) => e.from === i)?.name ?? col(i);
    const areaName = named(area);
    const dimensions = codes.filter((c, i) => c !== '' && i !== area && i !== unit && !NOT_DIMENSIONS.has(columnKey(c)));

    // Where the numbers come from: the rows' DATA_SOURCE, else the agency and dataflow of the first row.
    const sourceIndex = at('DATA_SOURCE');
    const hasSources = sourceIndex >= 0 && input.rows.some((row) => text(row[sourceIndex]) !== '');
    const dataflow = at('DATAFLOW');
    const flow = dataflow >= 0 ? text(input.rows[0]?.[dataflow]) : '';
    const updatedIndex = at('LAST UPDATE');
    const updated = updatedIndex >= 0 ? text(input.rows[0]?.[updatedIndex]) : '';
    const agency = /^([A-Z][A-Z0-9_.]*):([A-Za-z0-9_]+)(?:\(([^)]*)\))?(?::\s*(.+))?$/.exec(flow);
    const agencies: Record<string, string> = { ESTAT: 'Eurostat', UNICEF: 'UNICEF', ILO: 'ILO', WHO: 'WHO', OECD: 'OECD', IMF: 'IMF' };
    const source = hasSources || !agency
      ? undefined
      : `${agencies[agency[1]!] ?? agency[1]}, ${agency[4] ?? agency[2]}${updated ? ` (last updated ${updated})` : ''}`;

    return {
      layout: 'sdmx',
      table,
      roles: {
        category: areaName,
        series: areaName,
        geo: col(area),
        time: col(at('TIME_PERIOD')),
        value: col(at('OBS_VALUE')),
      },
      time: col(at('TIME_PERIOD')),
      areaName,
      areaCode: col(area),
      seriesCode: col(indicator),
      dimensions,
      totals: 'codes',
      totalCodes: SDMX_TOTALS,
      single: [col(unit), col(at('FREQ'))].filter((c): c is string => c !== undefined),
      sourceColumn: hasSources ? col(sourceIndex) : undefined,
      footnoteColumn: col(at('OBS_FOOTNOTE')),
      statusColumn: col(at('OBS_FLAG')),
      unitsColumn: unit >= 0 ? extra.find((e) => e.from === unit)?.name : undefined,
      titleColumn: named(indicator),
      source,
      notes: [],
      hints: unlabelled(codes, labels, input),
    };
  },
  describe(arranged, input) {
    const unicef = input.columns.some((c) => /^REF_AREA:/.test(c)) || input.rows.slice(0, 1).some((row) => /^UNICEF:/.test(text(row[0])));
    const eurostat = input.rows.slice(0, 1).some((row) => /^ESTAT:/.test(text(row[0])));
    const kind = unicef ? 'a UNICEF SDMX-CSV download' : eurostat ? 'a Eurostat SDMX-CSV download' : 'an SDMX-CSV file';
    const read = [arranged.areaCode, arranged.time, arranged.roles.value].filter(Boolean).join(', ');
    const dims = arranged.dimensions.length > 0 ? `; breakdowns: ${arranged.dimensions.join(', ')} (totals _T kept unless where="…" asks)` : '';
    return `Read as ${kind} (columns ${read})${dims}. Write layout="tidy" to read it as a plain table.`;
  },
};

/** Nothing to say when every header was plain; the renamed headers otherwise, so `where` and `<role>-column` can use either spelling's code. */
function unlabelled(codes: readonly string[], labels: readonly string[], input: RawTable): AuthorHint[] {
  const renamed = input.columns.filter((c, i) => c !== codes[i] && labels[i] !== codes[i]);
  if (renamed.length === 0) return [];
  return [
    {
      code: 'sdmx-columns',
      message: `Columns are named by their SDMX codes (${renamed.slice(0, 4).map((c) => `"${c}" → ${sdmxCode(c)}`).join(', ')}${renamed.length > 4 ? ', …' : ''}): write where="SEX=F" or group-column="SEX".`,
    },
  ];
}
