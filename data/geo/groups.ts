/**
 * `aggregates="exclude|only|include"`: which rows of a table are groups of
 * countries (`isAggregateArea`, from the one list in `./aggregates.ts`), and
 * keeping the ones asked for. With the country resolver, for `data/slice.ts`,
 * which loads this module only when a page asks for `countries` or `aggregates`.
 */
import { failSlice as fail } from '../../i18n/errors/slice.en.js';
import type { Cell, RawTable } from '../table.js';
import { isAggregateArea } from './countries.js';

export * from './countries.js';

type Rows = readonly (readonly Cell[])[];

/** A cell as text; column -1 (absent) is empty. (Not data/layouts/columns.ts: importing it would split it into a chunk of its own on every chart's path.) */
const cellAt = (row: readonly Cell[], index: number): string => (index < 0 ? '' : String(row[index] ?? '').trim());

/** Where a table names its areas: a code column, a name column (either may be missing), and whether its codes are the UN's. */
export interface AreaColumns {
  readonly code?: string | undefined;
  readonly name?: string | undefined;
  /** UN SDG files: every area code that is not a country is a group. */
  readonly unCodes?: boolean;
  /** Codes the file's layout knows as groups (Eurostat: EU27_2020, EA19…). */
  readonly groups?: readonly string[] | undefined;
}

/**
 * The rows `aggregates` asks for: all of them (empty or `include`), the
 * countries (`exclude`) or the groups (`only`). Fails with `unsupported` for
 * another value, `missing-column` when the table names no areas, and
 * `no-matching-rows` when nothing is left, listing what the table holds.
 */
export function keepAggregates(rows: Rows, table: RawTable, asked: string | null | undefined, area: AreaColumns): Rows {
  const mode = (asked ?? '').trim().toLowerCase();
  if (mode === '' || mode === 'include') return rows;
  if (mode !== 'exclude' && mode !== 'only') throw fail('unsupported', 'badAggregates', asked ?? '');
  const codeIndex = area.code ? table.columns.indexOf(area.code) : -1;
  const nameIndex = area.name && area.name !== area.code ? table.columns.indexOf(area.name) : -1;
  if (codeIndex < 0 && nameIndex < 0) throw fail('missing-column', 'aggregatesNeedColumn');
  const only = mode === 'only';
  const seen = new Map<string, boolean>();
  const kept = rows.filter((row) => {
    const code = cellAt(row, codeIndex);
    const name = cellAt(row, nameIndex);
    const key = `${code}\u0000${name}`;
    let group = seen.get(key);
    if (group === undefined) seen.set(key, (group = isAggregateArea(code, name, area.unCodes) || (area.groups?.includes(code) ?? false)));
    return group === only;
  });
  if (kept.length === 0) {
    const values = [...new Set(rows.map((row) => cellAt(row, nameIndex >= 0 ? nameIndex : codeIndex)).filter(Boolean))];
    throw only ? fail('no-matching-rows', 'noAggregates', values) : fail('no-matching-rows', 'onlyAggregates', values);
  }
  return kept;
}
