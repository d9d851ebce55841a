import { dedent, emptyData, parseText, type DataFormat } from '../../data/parse.js';
import { makeTable, type RawTable } from '../../data/table.js';

const SCRIPT_FORMATS: Record<string, DataFormat> = {
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/json': 'json',
};

/**
 * What a child holds: the chart's data, unless it says otherwise with `data-role` (`data-role="annotations"`: the
 * events and call-outs marked on the chart, render/annotations.ts).
 */
export const ANNOTATIONS_ROLE = 'annotations';
const roleOf = (child: Element) => (child.getAttribute('data-role') ?? '').trim().toLowerCase() || 'data';

/** The data written inside the element: a child `<script type="text/csv">` (or TSV, JSON) or a child `<table>`. */
export function readInlineData(host: Element, role = 'data'): RawTable | undefined {
  for (const child of host.children) {
    if (roleOf(child) !== role) continue;
    if (child instanceof HTMLScriptElement) {
      const format = SCRIPT_FORMATS[child.type.trim().toLowerCase()];
      if (format) return parseText(dedent(child.textContent ?? ''), format, 'inline');
    }
    if (child instanceof HTMLTableElement) return readTable(child);
  }
  return undefined;
}

/** Has the element a data child at all (even an empty one)? */
export function hasInlineData(host: Element): boolean {
  return [...host.children].some(
    (child) => roleOf(child) === 'data' && (child instanceof HTMLTableElement || (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() in SCRIPT_FORMATS)),
  );
}

/** The annotations written inside the element: a child `<script type="text/csv" data-role="annotations">` (or TSV, JSON, a `<table>`). */
export function readInlineAnnotations(host: Element): RawTable | undefined {
  return readInlineData(host, ANNOTATIONS_ROLE);
}

/** A table's first row (in `<thead>` or not) names the columns; cells are read as text, never as markup. */
function readTable(table: HTMLTableElement): RawTable {
  const rows = [...table.rows].map((row) => [...row.cells].map((cell) => (cell.textContent ?? '').trim()));
  const [header, ...body] = rows.filter((row) => row.some((cell) => cell !== ''));
  if (!header || body.length === 0) throw emptyData('table', header !== undefined);
  return makeTable(header, body);
}
