/**
 * Title lines above the header and notes below the data, as national
 * statistics offices write them (Destatis GENESIS tables: `GENESIS-Tabelle:
 * 12411-0001`, a title, the statistic, the region; then the data; then
 * `__________`, a quoted note and `© Statistisches Bundesamt (Destatis), 2020`).
 * Pure: text in, text and key/value metadata out; no DOM, no parsing library.
 */

/** A record of delimited text: where it starts and ends in the text, and its cells (quotes removed). */
interface DelimitedRecord {
  readonly start: number;
  readonly end: number;
  readonly cells: readonly string[];
}

export interface Preamble {
  /** The delimiter the table was found with (`;` for GENESIS): the body's header line is written with it. */
  readonly delimiter: ';' | '\t' | ',';
  /** The text from the header on, without the footer; a header written on several lines is joined into one. */
  readonly body: string;
  /**
   * What the lines around the table said: `title` (the first title line), `preamble` (every line above the
   * header, joined with " · "), `source` (© and "Stand:"/"Source:" lines below the data), `notes` (the other
   * lines below it), and `Key: code` lines as they are (`GENESIS-Tabelle: 12411-0001`).
   */
  readonly meta: Record<string, string>;
}

const DELIMITERS = [';', '\t', ','] as const;
/** How many records are read to find the header: a preamble is a few lines, never hundreds. */
const HEAD = 60;

/** The records of delimited text, honouring quotes (a quoted cell may hold the delimiter or line breaks). */
function records(text: string, delimiter: string, limit = Infinity): DelimitedRecord[] {
  const out: DelimitedRecord[] = [];
  let start = 0;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i <= text.length && out.length < limit; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else if (ch !== undefined) cell += ch;
      else {
        cells.push(cell);
        out.push({ start, end: i, cells });
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r' || ch === undefined) {
      cells.push(cell);
      out.push({ start, end: i, cells });
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
      cells = [];
      cell = '';
    } else cell += ch;
  }
  return out;
}

const blank = (record: DelimitedRecord) => record.cells.every((cell) => cell.trim() === '');
/** A title written in the first cell, the others left empty (`Deutschland;`). */
const titleOnly = (record: DelimitedRecord) => record.cells[0]!.trim() !== '' && record.cells.slice(1).every((cell) => cell.trim() === '');
const oneLine = (record: DelimitedRecord) => record.cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');

/** The width of the table and the record its header is on, for one delimiter; undefined when no table of two or more columns is there. */
function findHeader(head: readonly DelimitedRecord[]): { width: number; at: number; score: number } | undefined {
  const counts = new Map<number, number>();
  for (const record of head) if (!blank(record) && record.cells.length >= 2) counts.set(record.cells.length, (counts.get(record.cells.length) ?? 0) + 1);
  let width = 0;
  let score = 0;
  for (const [w, n] of counts) if (n > score || (n === score && w > width)) [width, score] = [w, n];
  if (width < 2) return undefined;
  // The header: the first record of the table's width followed by records of that width (not a title padded with delimiters).
  for (let at = 0; at + 1 < head.length; at++) {
    if (head[at]!.cells.length !== width || titleOnly(head[at]!) || blank(head[at]!)) continue;
    if (head[at + 1]!.cells.length === width) return { width, at, score };
  }
  return undefined;
}

const quote = (cell: string, delimiter: string) => (/["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * Finds the real header of a table with title lines above it: the first line
 * whose cell count is the table's dominant one and that is followed by lines of
 * that width (lines holding only a title in their first cell do not count).
 * Header lines stacked under it with an empty first cell, as GENESIS writes the
 * statistic and its unit (`;Bevölkerungsstand`, `;Anzahl`), are joined into it.
 * Lines below the last line of the table's width are the footer: a separator
 * (`__________`) is dropped, `©`, `Source:`, `Quelle:` and `Stand:` lines and lines naming a
 * statistics office are the source, the rest notes. A table that starts on its first line is left alone
 * (undefined), footer included: only a file with a preamble is rewritten.
 */
export function splitPreamble(text: string): Preamble | undefined {
  let best: { delimiter: (typeof DELIMITERS)[number]; head: DelimitedRecord[]; width: number; at: number; score: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const head = records(text, delimiter, HEAD);
    const found = findHeader(head);
    if (found && (!best || found.score > best.score)) best = { delimiter, head, ...found };
  }
  if (!best || best.at === 0) return undefined;
  const { delimiter, head, width, at } = best;
  const above = head.slice(0, at).filter((record) => !blank(record));
  // Title lines hold one text each: a line with several filled cells above the table is a header, not a title (rows longer than their header).
  if (above.length === 0 || above.some((record) => record.cells.filter((cell) => cell.trim() !== '').length > 1)) return undefined;

  // Header lines stacked under the first, as GENESIS writes them: an empty first cell and no numbers.
  const header = [...head[at]!.cells];
  let next = at + 1;
  while (next < head.length - 1 && head[next]!.cells.length === width && header[0]!.trim() === '' && head[next]!.cells[0]!.trim() === '' &&
    !head[next]!.cells.some((cell) => /^\s*-?[\d.,\s]+\s*$/.test(cell) && /\d/.test(cell))) {
    head[next]!.cells.forEach((cell, i) => (header[i] = [header[i]!.trim(), cell.trim()].filter(Boolean).join(' ')));
    next++;
  }

  // The footer: everything after the last record of the table's width.
  const all = records(text, delimiter);
  let last = all.length - 1;
  while (last > next && all[last]!.cells.length !== width) last--;
  const footer = all.slice(last + 1).filter((record) => !blank(record)).map(oneLine).filter((line) => !/^[_=*\-–—.\s]{3,}$/.test(line));

  const meta: Record<string, string> = {};
  const lines = above.map(oneLine);
  const titles = lines.filter((line) => {
    const keyed = /^([^:]{1,40}):\s*(\S+)$/.exec(line);
    if (keyed) meta[keyed[1]!.trim()] = keyed[2]!;
    return !keyed;
  });
  if (titles[0]) meta['title'] = titles[0];
  meta['preamble'] = lines.join(' · ');
  // ©, "Source:", "Quelle:", "Stand:" (as of), or a line naming a statistics office ("Statistisches Bundesamt", "Statistics Canada").
  const isSource = (line: string) => /^(©|\(c\)|copyright\b|source\b|sources\b|quelle\b|fuente\b|stand\b|last updated\b)|©|statistisches|statistik|bureau of statistics|statistics (office|agency|authority|bureau)|office (of|for) (national )?statistics|national statistic|de la statistique|nacional de estad[ií]stica/i.test(line);
  const sources = footer.filter(isSource);
  const notes = footer.filter((line) => !isSource(line));
  if (sources.length) meta['source'] = sources.join(' · ');
  if (notes.length) meta['notes'] = notes.join(' ');

  const end = all[last]!.end;
  const body = `${header.map((cell) => quote(cell.trim(), delimiter)).join(delimiter)}\n${text.slice(all[next]!.start, end)}`;
  return { delimiter, body, meta };
}

/** What a preamble's footer says, for the chart's source line and notes (the title stays a candidate in `meta`). */
export function preambleProvenance(meta: Readonly<Record<string, string>> | undefined): { source?: string; notes: string[] } {
  return { ...(meta?.['source'] ? { source: meta['source'] } : {}), notes: meta?.['notes'] ? [meta['notes']] : [] };
}
