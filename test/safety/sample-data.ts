/**
 * Small, valid data for any template, made from the roles it declares, so the
 * safety and accessibility tests cover every registered template — including
 * ones added after these tests were written. Illustrative only: these rows
 * are test input, never shown to readers as facts.
 */
import type { RoleDef, RoleName } from '../../templates/types.js';

export type SampleRow = Record<string, string | number>;

const DIMENSIONS: Partial<Record<RoleName, readonly (string | number)[]>> = {
  category: ['North East', 'North West', 'South', 'Capital'],
  group: ['Women', 'Men'],
  series: ['Urban', 'Rural'],
  time: [2015, 2018, 2021, 2024],
  geo: ['NGA', 'BOL', 'PER', 'BRA'],
};

interface TemplateLike {
  readonly roles: readonly RoleDef[];
}

/**
 * One row per combination of the template's dimension roles (category, group,
 * series, time, geo), with a value (and `n`) each. Optional roles are included
 * when `all` is set.
 */
export function sampleRows(template: TemplateLike, { all = false, labels }: { all?: boolean; labels?: readonly string[] } = {}): SampleRow[] {
  const roles = template.roles.filter((role) => role.required || all);
  let rows: SampleRow[] = [{}];
  for (const role of roles) {
    let values = DIMENSIONS[role.name];
    if (!values) continue;
    if (labels && (role.name === 'category' || role.name === 'series')) values = labels;
    // Two groups: a pyramid compares exactly two (the other templates take any number); the labels still go through category and series.
    if (labels && role.name === 'group') values = labels.slice(0, 2);
    rows = rows.flatMap((row) => values!.map((value) => ({ ...row, [role.name]: value })));
  }
  return rows.map((row, i) => {
    const out: SampleRow = { ...row };
    for (const role of roles) {
      if (role.name === 'value') out['value'] = 20 + ((i * 37) % 60) + (i % 3) / 2;
      if (role.name === 'n') out['n'] = 100 + i * 10;
    }
    return out;
  });
}

/** The rows as CSV text, quoting where needed. */
export function toCsv(rows: readonly SampleRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const quote = (cell: unknown) => {
    const text = cell === undefined || cell === null ? '' : String(cell);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(quote).join(','), ...rows.map((row) => columns.map((c) => quote(row[c])).join(','))].join('\n');
}
