/**
 * Data into the builder: pasted text (a spreadsheet's clipboard is tab-separated),
 * a CSV/TSV file, or the address of a published Google Sheet (or any CSV the
 * browser may read). The text is kept as given — the chart reads it with the
 * kit's own parser — and parsed here only to check it and to offer choices.
 */
import { decodeBytes, parseText } from '../data/parse.js';
import type { RawTable } from '../data/table.js';
import { ChartError } from '../core/errors.js';

export interface DataIn {
  readonly text: string;
  readonly name: string;
  readonly table: RawTable;
}

/** Why data could not be read, as a key of the builder's words (and the kit's own message when it has one). */
export class DataProblem extends Error {
  override readonly name = 'DataProblem';
  constructor(
    readonly reason: 'empty' | 'spreadsheet' | 'fetch' | 'not-data',
    readonly detail = '',
  ) {
    super(detail || reason);
  }
}

/** Text the campaigner pasted or a file held: parsed with the kit's parser (delimiter sniffed: tab, comma, semicolon). */
export function readText(text: string, name: string): DataIn {
  if (text.trim() === '') throw new DataProblem('empty');
  try {
    return { text, name, table: parseText(text, undefined, name || 'pasted') };
  } catch (error) {
    throw new DataProblem('not-data', error instanceof ChartError ? error.message : String(error));
  }
}

/** A file chosen or dropped. Excel workbooks are refused with the way round (see README: no maintained parser fits). */
export async function readFile(file: File): Promise<DataIn> {
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(file.name)) throw new DataProblem('spreadsheet');
  const { text } = decodeBytes(await file.arrayBuffer());
  return readText(text, file.name);
}

/**
 * A published sheet's CSV (File → Share → Publish to web → CSV) or any CSV
 * address that allows other sites to read it. A Google Sheets editing address
 * is turned into its CSV export address. Nothing else is sent anywhere.
 */
export async function readAddress(address: string): Promise<DataIn> {
  let url: URL;
  try {
    url = new URL(csvAddress(address.trim()), location.href);
  } catch {
    throw new DataProblem('fetch', address);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DataProblem('fetch', address);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new DataProblem('fetch', url.href);
  }
  if (!response.ok) throw new DataProblem('fetch', `${url.href} (HTTP ${response.status})`);
  const { text } = decodeBytes(await response.arrayBuffer());
  return readText(text, decodeURIComponent(url.pathname.split('/').pop() || url.hostname));
}

/** `…/spreadsheets/d/<id>/edit#gid=0` → `…/spreadsheets/d/<id>/export?format=csv&gid=0`; other addresses unchanged. */
export function csvAddress(address: string): string {
  const match = /^(https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+)\/(?:edit|view)[^#]*(?:#gid=(\d+))?$/.exec(address);
  return match ? `${match[1]}/export?format=csv${match[2] ? `&gid=${match[2]}` : ''}` : address;
}
