import { parseText } from '../../data/parse.js';
import type { RawTable } from '../../data/table.js';
import type { LnobChart } from '../../index.js';
import { svgOf } from '../helpers.js';

export const DIR = '/test/fixtures/formats';

export async function fixture(name: string): Promise<RawTable> {
  return parseText(await (await fetch(`${DIR}/${name}`)).text(), 'csv', name);
}

/** The sliced rows as objects, for spot checks by column name. */
export function records(table: RawTable): Record<string, unknown>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));
}

/** Countries drawn on a map with a value: their shapes' labels read "Name: value". */
export function valued(chart: LnobChart): string[] {
  return [...svgOf(chart).querySelectorAll('g.mark-shape.role-mark path')]
    .map((path) => path.getAttribute('aria-label') ?? '')
    .filter((label) => /:\s*\d/.test(label));
}

/** Names on the category axis. */
export function axisNames(chart: LnobChart): string[] {
  return [...svgOf(chart).querySelectorAll('g.role-axis-label text')]
    .filter((t) => /[A-Za-z]/.test(t.textContent ?? ''))
    .map((t) => t.textContent ?? '');
}
