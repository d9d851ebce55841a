import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import type { ChartError } from '../core/errors.js';
import { fail, type Place } from '../i18n/errors/core.en.js';
import { makeTable, tableFromObjects, type RawTable } from './table.js';
import { splitWorldBankPreamble } from './layouts/detect.js';
import { splitPreamble } from './preamble.js';

export type DataFormat = 'csv' | 'tsv' | 'json';

/**
 * Parses data text without `eval`/`new Function` (d3-dsv's *row* parsers and
 * JSON.parse only), so it works under a strict Content-Security-Policy.
 * `where` names the data in messages: `{ file: "poverty.csv" }`, `'inline'`
 * (inside the element) or `'table'` (its `<table>`); a plain string is a file name.
 */
export function parseText(text: string, format: DataFormat | undefined, named: Place | string): RawTable {
  const where: Place = named === 'inline' || named === 'table' || typeof named !== 'string' ? named : { file: named };
  const clean = stripBom(text);
  if (clean.includes('\u0000')) throw fail('parse-error', 'notText', where);
  if (clean.trim() === '') throw emptyData(where, false);
  if (looksLikeHtml(clean)) throw fail('parse-error', 'webPage', where);
  const chosen = format ?? sniffFormat(clean);
  const table = chosen === 'json' ? parseJson(clean, where) : parseDelimited(clean, chosen, where);
  if (table.columns.length === 0 || table.rows.length === 0) throw emptyData(where, table.columns.length > 0);
  return table;
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

function sniffFormat(text: string): DataFormat {
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') return 'json';
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  return header.includes('\t') && !header.includes(',') ? 'tsv' : 'csv';
}

function parseDelimited(whole: string, format: 'csv' | 'tsv', where: Place): RawTable {
  // A World Bank download has metadata lines above its header: keep them as the table's meta.
  const preamble = format === 'csv' ? splitWorldBankPreamble(whole) : undefined;
  const titled = preamble ? undefined : splitPreamble(whole); // title lines above the header, notes below the data (Destatis)
  const text = preamble?.body ?? titled?.body ?? whole;
  let rows: string[][];
  if (format === 'tsv') rows = tsvParseRows(text);
  else if (isSemicolonCsv(text)) rows = dsvFormat(';').parseRows(text);
  else rows = csvParseRows(text);
  rows = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw emptyData(where, false);
  const [header, ...body] = rows;
  const table = makeTable(header!, body);
  const meta = preamble?.meta ?? titled?.meta;
  return meta ? { ...table, meta } : table;
}

/** Spreadsheets in many European locales save "CSV" with semicolons. */
function isSemicolonCsv(text: string): boolean {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',');
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
