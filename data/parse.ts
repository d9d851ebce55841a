import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import type { ChartError } from '../core/errors.js';
import { fail, type Place } from '../i18n/errors/core.en.js';
import { makeTable, tableFromObjects, type AuthorHint, type RawTable } from './table.js';
import { splitWorldBankPreamble } from './layouts/detect.js';
import { runInTurns, runNow, type Steps } from './turns.js';
import { preambleProvenance, splitPreamble } from './preamble.js';

export type DataFormat = 'csv' | 'tsv' | 'json';

/**
 * Where the format came from, for the author's hint when the file says
 * otherwise: the `format` attribute or an inline script's type (`attribute`),
 * the file's name (`name`), the server's Content-Type (`type`), or nothing.
 */
export type FormatSource = 'attribute' | 'name' | 'type' | 'none';

/**
 * Parses data text without `eval`/`new Function` (d3-dsv's *row* parsers and
 * JSON.parse only), so it works under a strict Content-Security-Policy.
 * `where` names the data in messages: `{ file: "poverty.csv" }`, `'inline'`
 * (inside the element) or `'table'` (its `<table>`); a plain string is a file name.
 *
 * Delimited text is read with the delimiter its header and first lines use
 * (comma, semicolon or tab), whatever `format` says; see `sniffDelimiter`.
 */
export function parseText(text: string, format: DataFormat | undefined, named: Place | string, from: FormatSource = format ? 'attribute' : 'none'): RawTable {
  return runNow(textSteps(text, format, named, from));
}

/**
 * `parseText` for the page: the same reading, cut into steps of about
 * PIECE_CHARS characters with a turn for the page after each, so a big file
 * never freezes it. Stops between two steps once `signal` is aborted.
 */
export function parseTextInTurns(text: string, format: DataFormat | undefined, named: Place | string, from?: FormatSource, signal?: AbortSignal): Promise<RawTable> {
  return runInTurns(textSteps(text, format, named, from ?? (format ? 'attribute' : 'none')), signal);
}

function* textSteps(text: string, format: DataFormat | undefined, named: Place | string, from: FormatSource): Steps<RawTable> {
  const where: Place = named === 'inline' || named === 'table' || typeof named !== 'string' ? named : { file: named };
  const clean = stripBom(text);
  if (clean.includes('\u0000')) throw fail('parse-error', 'notText', where);
  if (clean.trim() === '') throw emptyData(where, false);
  if (looksLikeHtml(clean)) throw fail('parse-error', 'webPage', where);
  const chosen = format ?? sniffFormat(clean);
  const table = chosen === 'json' ? parseJson(clean, where) : yield* delimitedSteps(clean, chosen, where, format ? from : 'none');
  if (table.columns.length === 0 || table.rows.length === 0) throw emptyData(where, table.columns.length > 0);
  return table;
}

/** Text decoded from a file's bytes, with a hint for the page's author when the file did not say its encoding. */
export interface Decoded {
  readonly text: string;
  readonly hints: readonly AuthorHint[];
}

/**
 * A file's bytes as text. A byte-order mark decides (UTF-8, UTF-16 LE or BE:
 * Excel's "Unicode text" is UTF-16 LE with a BOM); without one, UTF-16 is
 * recognised by its zero bytes, then UTF-8 is tried strictly and, when the
 * bytes are not valid UTF-8, the file is read as Windows-1252 (what Excel on
 * Windows saves as "CSV": `C\xf4te d'Ivoire`), with a hint for the author.
 * The browser's own decoders (TextDecoder): nothing to download.
 */
export function decodeBytes(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), hints: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), hints: [] };
  const sixteen = utf16WithoutBom(bytes);
  if (sixteen) {
    return {
      text: new TextDecoder(sixteen).decode(bytes),
      hints: [{ code: 'encoding', message: `The file has no byte-order mark but is ${sixteen.toUpperCase()}; it was read as such.` }],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), hints: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const word = /[^\s,;\t"]*[\u0080-\uffff][^\s,;\t"]*/.exec(text)?.[0];
    return {
      text,
      hints: [
        {
          code: 'encoding',
          message:
            `The file is not UTF-8, so it was read as Windows-1252 (Latin-1), as Excel on Windows saves CSV files` +
            `${word ? ` ("${word.slice(0, 40)}")` : ''}. If letters look wrong in the chart, save the file as "CSV UTF-8".`,
        },
      ],
    };
  }
}

/** UTF-16 without a BOM: in its first bytes, most of one byte of each pair is zero (Latin text) and almost none of the other. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** `decodeBytes` then `parseText`: the table of a downloaded file, with the hints of both. */
export function parseBytes(bytes: ArrayBuffer | Uint8Array, format: DataFormat | undefined, named: Place | string, from?: FormatSource): RawTable {
  const decoded = decodeBytes(bytes);
  return withHints(parseText(decoded.text, format, named, from), decoded.hints);
}

/** `parseBytes` for the page, in turns (see `parseTextInTurns`). */
export async function parseBytesInTurns(bytes: ArrayBuffer | Uint8Array, format: DataFormat | undefined, named: Place | string, from?: FormatSource, signal?: AbortSignal): Promise<RawTable> {
  const decoded = decodeBytes(bytes);
  return withHints(await parseTextInTurns(decoded.text, format, named, from, signal), decoded.hints);
}

function withHints(table: RawTable, first: readonly AuthorHint[]): RawTable {
  const hints = [...first, ...(table.hints ?? [])];
  return hints.length > 0 ? { ...table, hints } : table;
}

export function emptyData(where: Place, hasHeader: boolean): ChartError {
  return fail('empty-data', hasHeader ? 'headerOnly' : 'emptyFile', where);
}

export function formatFromUrl(url: string): DataFormat | undefined {
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.tsv') || path.endsWith('.tab')) return 'tsv';
  if (path.endsWith('.json')) return 'json';
  // Google Sheets "publish to web" links say output=csv / output=tsv.
  const output = /[?&]output=(csv|tsv)\b/i.exec(url);
  return output ? (output[1]!.toLowerCase() as DataFormat) : undefined;
}

export function formatFromMime(type: string | null | undefined): DataFormat | undefined {
  if (!type) return undefined;
  const t = type.toLowerCase();
  if (t.includes('json')) return 'json';
  if (t.includes('tab-separated')) return 'tsv';
  if (t.includes('csv')) return 'csv';
  return undefined;
}

/** Inline text is raw: lines are dedented and blank edges dropped, entities are not decoded. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** JSON when the text starts like JSON; otherwise delimited text, whose delimiter is sniffed when it is parsed. */
function sniffFormat(text: string): DataFormat {
  const start = text.trimStart()[0];
  return start === '[' || start === '{' ? 'json' : 'csv';
}

type Delimiter = ',' | ';' | '\t';

/** In this order when two delimiters fit a file equally well: a tab or a semicolon on every line is rarely chance. */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];
const DELIMITER_WORDS: Record<Delimiter, string> = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' };
/** How much of a file the delimiter is guessed from: its header and first lines. */
const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 20;

function* delimitedSteps(whole: string, format: 'csv' | 'tsv', where: Place, from: FormatSource): Steps<RawTable> {
  // A World Bank download has metadata lines above its header: keep them as the table's meta.
  const preamble = format === 'csv' ? splitWorldBankPreamble(whole) : undefined;
  const titled = preamble ? undefined : splitPreamble(whole); // title lines above the header, notes below the data (Destatis)
  const text = preamble?.body ?? titled?.body ?? whole;
  // The line the text's header is on in the file, for messages that name a line.
  const firstLine = preamble ? lineAt(whole, whole.length - text.length) : titled ? lineAt(whole, Math.max(0, whole.indexOf(text.slice(text.indexOf('\n') + 1)))) - 1 : 1;
  const stated: Delimiter = format === 'tsv' ? '\t' : ',';
  const delimiter = sniffDelimiter(text, stated, from === 'attribute');
  const parseRows = delimiter === ',' ? csvParseRows : delimiter === '\t' ? tsvParseRows : dsvFormat(';').parseRows;
  const parsed: string[][] = [];
  for (const piece of pieces(text, delimiter, where, firstLine)) {
    for (const row of parseRows(piece)) parsed.push(row);
    yield;
  }
  const headerAt = parsed.findIndex((row) => !isBlankRow(row));
  if (headerAt === -1) throw emptyData(where, false);
  const header = parsed[headerAt]!;
  checkCellCounts(parsed, headerAt, delimiter, () => recordLines(text, delimiter, firstLine), where);
  const { body, footer } = splitFooter(parsed.slice(headerAt + 1), header.length);
  yield;
  let table = makeTable(header, body.filter((row) => !isBlankRow(row)));
  const meta = preamble?.meta ?? titled?.meta;
  if (meta) table = { ...table, meta };
  // What lines under a titled table say (Destatis' © line) reach the chart as a footer's do: the file's source and notes.
  const said = titled ? preambleProvenance(titled.meta) : undefined;
  if (said?.source) table = { ...table, source: said.source };
  if (said?.notes.length) table = { ...table, notes: said.notes };
  if (footer.length > 0) table = withFooter(table, footer);
  const hints: AuthorHint[] = [];
  if (delimiter !== stated && from !== 'none') hints.push({ code: 'delimiter', message: delimiterHint(delimiter, format, from, where) });
  return hints.length > 0 ? { ...table, hints } : table;
}

/** About how much text is read in one step: a few milliseconds on a laptop, tens on a cheap phone. */
let pieceChars = 128 * 1024;

/** For tests: read in pieces of `chars` characters (any size gives the same table). */
export function setPieceSize(chars: number = 128 * 1024): void {
  pieceChars = Math.max(1, Math.floor(chars));
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

function delimiterHint(delimiter: Delimiter, format: 'csv' | 'tsv', from: FormatSource, where: Place): string {
  const said =
    from === 'name' ? `the file is named .${format}`
    : from === 'type' ? `the server says it is ${format.toUpperCase()}`
    : where === 'inline' ? `its <script> type says ${format.toUpperCase()}`
    : `format="${format}"`;
  return `Read as ${DELIMITER_WORDS[delimiter]}, although ${said}: its header and first lines are separated by ${delimiter === '\t' ? 'tabs' : delimiter === ';' ? 'semicolons' : 'commas'}.`;
}

/**
 * The delimiter of a delimited file, from its header and first lines: for
 * each of tab, semicolon and comma, how many times it occurs outside quotes in
 * the header, and on how many of the next lines that count is the same. A
 * delimiter must be in the header and on at least half of those lines; the
 * most regular wins, then the one the page's `format` attribute names, then the
 * one giving more columns. The file's name or Content-Type never overrides
 * what the lines say (a tab-separated file named `.csv` is read as tabs), and
 * neither does `format` when its delimiter is not in the header at all.
 */
function sniffDelimiter(text: string, stated: Delimiter, explicit: boolean): Delimiter {
  const records = countDelimiters(text);
  if (records.length === 0) return stated;
  const [head, ...rest] = records;
  let best: { delimiter: Delimiter; ratio: number; columns: number; rank: number } | undefined;
  DELIMITERS.forEach((delimiter, i) => {
    const columns = head![i]!;
    if (columns === 0) return;
    const ratio = rest.length === 0 ? 1 : rest.filter((counts) => counts[i] === columns).length / rest.length;
    if (ratio < 0.5) return;
    const candidate = { delimiter, ratio, columns, rank: i };
    const better =
      !best ||
      ratio > best.ratio ||
      (ratio === best.ratio &&
        (explicit && (delimiter === stated) !== (best.delimiter === stated) ? delimiter === stated : columns > best.columns));
    if (better) best = candidate;
  });
  return best?.delimiter ?? stated;
}

/** For each of the first non-blank lines (records: a quoted line break stays inside its cell), how often each delimiter occurs outside quotes. */
function countDelimiters(text: string): number[][] {
  const sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  const records: number[][] = [];
  let counts = [0, 0, 0];
  let filled = false;
  let quoted = false;
  for (let i = 0; i < sample.length && records.length < SNIFF_LINES; i++) {
    const c = sample[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') {
      if (filled) records.push(counts);
      counts = [0, 0, 0];
      filled = false;
      continue;
    } else {
      const at = DELIMITERS.indexOf(c as Delimiter);
      if (at >= 0) counts[at]!++;
    }
    if (c !== ' ') filled = true;
  }
  // The last line counts only when the whole file was read (otherwise it may be cut short).
  if (filled && sample.length === text.length && records.length < SNIFF_LINES) records.push(counts);
  return records;
}

/**
 * The text cut into pieces of about `pieceChars` characters, each ending
 * with a line break outside quotes, so that the rows of the pieces are the
 * rows of the whole. On the way, the quotes d3-dsv would read silently wrong
 * are a `parse-error` naming the line: a quote that never closes takes the
 * rest of the file into one cell, and text after a closing quote (`"B"x,2`)
 * is dropped and shifts the row. Jumps from quote to quote, so a file
 * without quotes costs one search.
 */
function* pieces(text: string, delimiter: Delimiter, where: Place, firstLine: number): Generator<string> {
  let start = 0;
  let quote = text.indexOf('"'); // the next quote not yet looked at
  while (start < text.length) {
    const newline = text.indexOf('\n', start + pieceChars - 1);
    let end = newline === -1 ? text.length : newline + 1;
    while (quote !== -1 && quote < end) {
      const before = quote === 0 ? '\n' : text[quote - 1];
      if (before !== delimiter && before !== '\n' && before !== '\r') {
        quote = text.indexOf('"', quote + 1); // a quote inside a cell (5" screen) is text
        continue;
      }
      let close = text.indexOf('"', quote + 1);
      while (close !== -1 && text[close + 1] === '"') close = text.indexOf('"', close + 2); // "" is a quote inside a quoted cell
      if (close === -1) throw fail('parse-error', 'unclosedQuote', where, firstLine + lineAt(text, quote) - 1);
      const after = text[close + 1];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
        const rest = /^[^\r\n]*/.exec(text.slice(close + 1, close + 41))![0].split(delimiter)[0]!;
        throw fail('parse-error', 'textAfterQuote', where, firstLine + lineAt(text, close) - 1, text.slice(quote, close + 1), rest, delimiter);
      }
      if (close >= end - 1) {
        // The quoted cell holds the line break the piece was to end on: end at the first one after it.
        const next = text.indexOf('\n', close + 1);
        end = next === -1 ? text.length : next + 1;
      }
      quote = text.indexOf('"', close + 1);
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** The line (from 1) that the character at `offset` is on; \r\n, \n and \r each end a line. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The line each record (row of d3-dsv's output) starts on: only worked out for an error message. */
function recordLines(text: string, delimiter: Delimiter, firstLine: number): number[] {
  const starts = [firstLine];
  let line = firstLine;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const eol = c === '\n' || (c === '\r' && text[i + 1] !== '\n');
    if (quoted) {
      if (c === '"') quoted = false;
      else if (eol) line++;
      continue;
    }
    if (c === '"' && fieldStart) quoted = true;
    if (eol) {
      line++;
      if (i + 1 < text.length) starts.push(line);
    }
    fieldStart = eol || c === '\r' || c === delimiter;
  }
  return starts;
}

/**
 * A row with more cells than the header is refused (`parse-error` naming the
 * line): in a comma file it is most often a number written with a thousands
 * comma (`A,1,234`), which would silently be read as 1. Extra cells that are
 * empty (a trailing comma) and rows with fewer cells (missing values) are fine.
 */
function checkCellCounts(rows: string[][], headerAt: number, delimiter: Delimiter, lines: () => number[], where: Place): void {
  const columns = rows[headerAt]!.length;
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length <= columns || row.slice(columns).every((cell) => cell.trim() === '')) continue;
    let cells = row.length;
    while (cells > columns && row[cells - 1]!.trim() === '') cells--;
    const number = delimiter === ',' ? thousandsNumber(row) : undefined;
    throw fail('parse-error', 'tooManyCells', where, lines()[r] ?? r + 1, cells, columns, number);
  }
}

/** `1` and `234` in neighbouring cells: most likely one number written 1,234 (as text, with its commas). */
function thousandsNumber(row: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < row.length; i++) {
    if (!/^\s*-?\d{1,3}$/.test(row[i]!) || !/^\d{3}(\.\d+)?\s*$/.test(row[i + 1]!)) continue;
    let end = i + 1;
    while (end + 1 < row.length && /^\d{3}(\.\d+)?\s*$/.test(row[end + 1]!) && !row[end]!.includes('.')) end++;
    return row.slice(i, end + 1).map((cell) => cell.trim()).join(',');
  }
  return undefined;
}

const NOTE_START = /^\s*(sources?|notes?|footnotes?|nota|notas|fuentes?|fonte|remarques?|data from database|last updated|\*|†|‡|©|copyright|\(?[a-z0-9]\)\s)/i;

/**
 * Footnote rows under the data (national statistics tables, World Bank
 * DataBank downloads): trailing rows with only their first cell filled, once
 * one of them is plainly a note — words or a "Key: value" after a blank
 * line, starting like one ("Source:", "Note:", "*", "a)"), or a sentence. Rows with only a name
 * before that are data with a missing value, and so is any such row followed
 * by more data.
 */
function splitFooter(rows: string[][], columns: number): { body: string[][]; footer: string[] } {
  if (columns < 2) return { body: rows, footer: [] };
  const firstOnly = (row: readonly string[]) => row[0]!.trim() !== '' && row.slice(1).every((cell) => cell.trim() === '');
  let start = rows.length;
  while (start > 0 && (isBlankRow(rows[start - 1]!) || firstOnly(rows[start - 1]!))) start--;
  for (let i = start; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlankRow(row)) continue;
    const first = row[0]!.trim();
    const words = first.split(/\s+/).length;
    // After a blank line, text that reads like a note (a name such as "Kisumu" there is still data with a missing value).
    const afterBlank = i > 0 && isBlankRow(rows[i - 1]!) && (words >= 3 || first.includes(':'));
    const sentence = /[.:;]$/.test(first) && words >= 4;
    if (afterBlank || NOTE_START.test(first) || sentence) {
      const footer = rows.slice(i).filter((r) => !isBlankRow(r)).map((r) => r[0]!.trim());
      return { body: rows.slice(0, i), footer };
    }
  }
  return { body: rows, footer: [] };
}

/** Most notes a file's footer adds to the chart, and their length: a footer is provenance, not an essay. */
const MAX_NOTES = 5;
const MAX_NOTE_LENGTH = 300;

/** The footer's "Key: value" lines go to meta, "Source: …" to the source, the rest to the notes (the World Bank's own lines are read by its layout). */
function withFooter(table: RawTable, footer: readonly string[]): RawTable {
  const meta: Record<string, string> = { ...table.meta };
  const notes: string[] = [];
  let source: string | undefined;
  for (const line of footer) {
    const pair = /^([^:]{1,40}?)\s*:\s*(.+)$/.exec(line);
    if (pair) meta[pair[1]!] ??= pair[2]!;
    if (pair && /^(sources?|fuentes?|fontes?)$/i.test(pair[1]!)) source ??= pair[2]!;
    else if (!pair || !/^(data from database|last updated)$/i.test(pair[1]!)) {
      if (notes.length < MAX_NOTES) notes.push(line.length > MAX_NOTE_LENGTH ? `${line.slice(0, MAX_NOTE_LENGTH)}…` : line);
    }
  }
  return {
    ...table,
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(source ? { source } : {}),
  };
}

function parseJson(text: string, where: Place): RawTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw fail('parse-error', 'badJson', where, detail);
  }
  if (!Array.isArray(value) || value.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
    throw fail('parse-error', 'notJsonRows', where);
  }
  return tableFromObjects(value);
}
