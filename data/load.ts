import { isAbort } from '../core/errors.js';
import { fail } from '../i18n/errors/core.en.js';
import { formatFromMime, formatFromUrl, parseBytes, type DataFormat, type FormatSource } from './parse.js';
import type { RawTable } from './table.js';

/** How long a data file may take before the chart gives up and says so. */
export const FETCH_TIMEOUT_MS = 30_000;
let fetchTimeoutMs = FETCH_TIMEOUT_MS;

/** For tests: a shorter time limit than FETCH_TIMEOUT_MS (no argument restores it). Not a public attribute. */
export function setFetchTimeout(ms: number = FETCH_TIMEOUT_MS): void {
  fetchTimeoutMs = ms;
}

interface Entry {
  readonly promise: Promise<RawTable>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

/**
 * One fetch and one parse per (URL, format) for the whole page: several
 * charts with the same `src` share them. A chart that stops waiting (its
 * `src` changed, or it was removed) aborts the request only when no other
 * chart still waits for it. Successful results stay cached for the page.
 */
const entries = new Map<string, Entry>();

export function loadTable(src: string, format: DataFormat | undefined, signal: AbortSignal): Promise<RawTable> {
  const url = new URL(src, document.baseURI).href;
  const key = `${format ?? ''}|${url}`;
  let entry = entries.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, waiters: 0, settled: false, promise: fetchTable(url, src, format, controller.signal) };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (entries.get(key) === created) entries.delete(key); // failures are retried next time
      },
    );
    entries.set(key, created);
    entry = created;
  }
  return wait(entry, key, signal);
}

function wait(entry: Entry, key: string, signal: AbortSignal): Promise<RawTable> {
  entry.waiters++;
  return new Promise<RawTable>((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', onAbort);
      entry.waiters--;
    };
    const onAbort = () => {
      done();
      if (entry.waiters === 0 && !entry.settled) {
        entry.controller.abort();
        if (entries.get(key) === entry) entries.delete(key);
      }
      reject(new DOMException('The chart no longer needs this data.', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (table) => {
        if (signal.aborted) return;
        done();
        resolve(table);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        done();
        reject(error);
      },
    );
  });
}

/**
 * The file, fetched and parsed. The time limit covers the whole file — the
 * headers and every byte of the body — so a server that answers and then
 * stalls ends in a `timeout` error, not in a chart that stays blank.
 */
async function fetchTable(url: string, src: string, format: DataFormat | undefined, signal: AbortSignal): Promise<RawTable> {
  const timedOut = new AbortController();
  const timeout = setTimeout(() => timedOut.abort(), fetchTimeoutMs);
  const both = AbortSignal.any([signal, timedOut.signal]);
  const tooSlow = () => fail('timeout', 'tooSlow', src, Math.round(fetchTimeoutMs / 100) / 10);
  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'same-origin' });
  } catch (error) {
    clearTimeout(timeout);
    if (timedOut.signal.aborted && !signal.aborted) throw tooSlow();
    if (isAbort(error)) throw error;
    if (new URL(url).origin !== location.origin) {
      throw fail('cors', 'cors', new URL(url).host, src);
    }
    throw fail('fetch-failed', 'connectionFailed', src);
  }
  try {
    if (!response.ok) throw fail('fetch-failed', 'serverAnswered', src, response.status);
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer(); // decoded by parseBytes: UTF-8, UTF-16 or, failing UTF-8, Windows-1252
    } catch (error) {
      if (timedOut.signal.aborted && !signal.aborted) throw tooSlow();
      if (isAbort(error)) throw error;
      throw fail('fetch-failed', 'connectionFailed', src);
    }
    const byName = formatFromUrl(url);
    const byType = formatFromMime(response.headers.get('content-type'));
    const chosen = format ?? byName ?? byType;
    const from: FormatSource = format ? 'attribute' : byName ? 'name' : byType ? 'type' : 'none';
    return parseBytes(bytes, chosen, { file: src }, from);
  } finally {
    clearTimeout(timeout);
  }
}

/** For tests: forget every cached file. */
export function clearDataCache(): void {
  entries.clear();
}
