/**
 * Annotations: events on a time axis ("2015: SDGs adopted") and call-outs on categories ("Highest since 2015"),
 * given by the page as an attribute (`annotations="2015: SDGs adopted; 2020: COVID-19"`) or as a child
 * `<script type="text/csv" data-role="annotations">` with columns `x`, `text` and an optional `value`.
 *
 * This module reads them and places them on the chart's axis as data: pure, no DOM, no Vega. What the drawing adds
 * is in annotation-layer.ts; the chart plan (render/annotations.ts) joins the two and says them in the summary.
 * Annotation text is data: it is drawn and read as text, never as markup.
 */
import { parseList } from '../core/lists.js';
import { convertTime } from '../data/typing.js';
import { parseNumber } from '../data/numbers.js';
import type { AuthorHint, RawTable, Row } from '../data/table.js';

/** Which axis a template's annotations go on: along time (x), or beside a category (its bar, dot or row). */
export type AnnotationAxis = 'time' | 'category';

/** One annotation as the page wrote it. */
export interface AnnotationInput {
  readonly x: string;
  readonly text: string;
  /** A point call-out on a time chart (a ring at this value); ignored on categories. */
  readonly value?: number | undefined;
}

/** One annotation placed on the axis: what the drawing, the summary and the keyboard read. */
export interface PlacedAnnotation {
  /** Its order along the axis (and its key in the drawing: `lnob_annotation`). */
  readonly index: number;
  /** A time (UTC Date) or a category, spelt as the data spells it. */
  readonly x: Date | string;
  readonly text: string;
  readonly value: number | null;
}

/** Words in the spelling the page uses for the columns of a `data-role="annotations"` table. */
const X_COLUMNS = ['x', 'time', 'year', 'date', 'category'];
const TEXT_COLUMNS = ['text', 'label', 'annotation', 'note'];
const VALUE_COLUMNS = ['value', 'y'];

/**
 * `2015: SDGs adopted; 2020: COVID-19`: `;`-separated, each `x: text`. The text starts after the first colon
 * followed by a space (so a time such as `2020-03` or a name with a colon inside stays whole), else the first colon.
 */
export function parseAnnotationAttribute(value: string | null | undefined): { items: AnnotationInput[]; hints: AuthorHint[] } {
  const items: AnnotationInput[] = [];
  const hints: AuthorHint[] = [];
  for (const entry of parseList(value)) {
    const match = /^(.*?)\s*:\s+(.*)$/s.exec(entry) ?? /^([^:]*):(.*)$/s.exec(entry);
    const x = match?.[1]?.trim() ?? '';
    const text = match?.[2]?.trim() ?? '';
    if (!x || !text) {
      hints.push({ code: 'annotation', message: `The annotation "${entry}" is not drawn: write it as "x: text", e.g. annotations="2015: SDGs adopted".` });
      continue;
    }
    items.push({ x, text });
  }
  return { items, hints };
}

/** The rows of a `data-role="annotations"` table: columns `x` and `text` (any case), and optionally `value`. */
export function readAnnotationTable(table: RawTable): { items: AnnotationInput[]; hints: AuthorHint[] } {
  const find = (names: readonly string[]) => table.columns.findIndex((column) => names.includes(column.trim().toLowerCase()));
  const xAt = find(X_COLUMNS);
  const textAt = find(TEXT_COLUMNS);
  const valueAt = find(VALUE_COLUMNS);
  if (xAt < 0 || textAt < 0) {
    const has = table.columns.map((column) => `"${column}"`).join(', ');
    return { items: [], hints: [{ code: 'annotation', message: `The annotations table needs the columns "x" and "text" (and may have "value"); it has ${has}. No annotation is drawn.` }] };
  }
  const items: AnnotationInput[] = [];
  for (const row of table.rows) {
    const x = String(row[xAt] ?? '').trim();
    const text = String(row[textAt] ?? '').trim();
    if (!x || !text) continue;
    const raw = valueAt >= 0 ? row[valueAt] : undefined;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? (parseNumber(raw, '.') ?? undefined) : undefined;
    items.push({ x, text, ...(typeof value === 'number' && Number.isFinite(value) ? { value } : {}) });
  }
  return { items, hints: [] };
}

/**
 * The annotations that are on the chart's axis, in axis order; the others become author hints naming them, never a
 * mark drawn in the wrong place. `times`: every time the x axis spans (the rows' and, for progress, the projection's).
 */
export function placeAnnotations(
  items: readonly AnnotationInput[],
  axis: AnnotationAxis,
  rows: readonly Row[],
  times: readonly Date[],
): { placed: PlacedAnnotation[]; hints: AuthorHint[] } {
  const hints: AuthorHint[] = [];
  const placed: Omit<PlacedAnnotation, 'index'>[] = [];
  if (axis === 'time') {
    const stamps = times.map((time) => time.getTime()).filter(Number.isFinite);
    const [first, last] = [Math.min(...stamps), Math.max(...stamps)];
    for (const item of items) {
      const time = timeOf(item.x);
      if (!time) {
        hints.push({ code: 'annotation', message: `The annotation "${item.x}: ${item.text}" is not drawn: "${item.x}" is not a year or a date (write 2015, 2015-06 or 2015-06-30).` });
      } else if (!stamps.length || time.getTime() < first || time.getTime() > last) {
        const years = stamps.length ? `${new Date(first).getUTCFullYear()}–${new Date(last).getUTCFullYear()}` : 'none';
        hints.push({ code: 'annotation', message: `The annotation "${item.x}: ${item.text}" is not drawn: ${item.x} is outside the chart's time axis (${years}).` });
      } else placed.push({ x: time, text: item.text, value: item.value ?? null });
    }
    placed.sort((a, b) => +(a.x as Date) - +(b.x as Date));
  } else {
    const categories = new Map<string, string>();
    for (const row of rows) {
      const name = row['category'];
      if (name !== null && name !== undefined && !categories.has(String(name).trim().toLocaleLowerCase('en'))) categories.set(String(name).trim().toLocaleLowerCase('en'), String(name));
    }
    const order = [...categories.values()];
    for (const item of items) {
      const name = categories.get(item.x.trim().toLocaleLowerCase('en'));
      if (name === undefined) {
        const known = order.slice(0, 8).map((n) => `"${n}"`).join(', ') + (order.length > 8 ? ` and ${order.length - 8} more` : '');
        hints.push({ code: 'annotation', message: `The annotation "${item.x}: ${item.text}" is not drawn: the chart has no category "${item.x}" (it has ${known}).` });
        continue;
      }
      // Two call-outs on one category become one, so they never sit on each other.
      const same = placed.findIndex((p) => p.x === name);
      if (same >= 0) placed[same] = { ...placed[same]!, text: `${placed[same]!.text}; ${item.text}` };
      else placed.push({ x: name, text: item.text, value: null });
    }
    placed.sort((a, b) => order.indexOf(a.x as string) - order.indexOf(b.x as string));
  }
  return { placed: placed.map((p, index) => ({ ...p, index })), hints };
}

/** A year or date as the data's time column reads it (UTC), or undefined. */
function timeOf(text: string): Date | undefined {
  try {
    return convertTime(text.trim(), 'x', 0) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A text broken into lines of at most `chars` characters, at spaces (a longer word is cut). `maxLines`: more is
 * shortened with "…" (the whole text stays in the summary and the accessible name).
 */
export function wrapText(text: string, chars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    let rest = word;
    while ([...rest].length > chars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push([...rest].slice(0, chars).join(''));
      rest = [...rest].slice(chars).join('');
    }
    if (!rest) continue;
    const next = line ? `${line} ${rest}` : rest;
    if ([...next].length > chars) {
      lines.push(line);
      line = rest;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, chars - 1)).join('').trimEnd()}…`;
  return kept;
}
