import { isAbort } from '../core/errors.js';
import { fail } from '../i18n/errors/core.en.js';
import { formatFromMime, formatFromUrl, parseBytesInTurns, type DataFormat, type FormatSource } from './parse.js';
import type { RawTable } from './table.js';

/** How long a data file may take before the chart gives up and says so. */
export const FETCH_TIMEOUT_MS = 30_000;
let fetchTimeoutMs = FETCH_TIMEOUT_MS;

/** For tests: a shorter time limit than FETCH_TIMEOUT_MS (no argument restores it). Not a public attribute. */
export function setFetchTimeout(ms: number = FETCH_TIMEOUT_MS): void {
  fetchTimeoutMs = ms;
}

/**
 * The largest data file a chart reads: 30 MB (30,000,000 bytes). A bigger file is refused by its
 * Content-Length before any of it is read, or, when the server does not say its length, as soon as the bytes
 * read pass the limit (the download is cancelled then). Measured on the kit's 2-core test machine under load
 * (Chromium, a CSV of short rows): parsing took 1.0–1.5 s for 10 MB, 2.3–3.1 s for 20 MB and 5.8–7.6 s for
 * 25 MB, the whole chart (parse, read, slice, type) 3.0 s, 7.2 s and 20 s, all on the page's main thread. The
 * largest file the kit promises to draw, a 100,800-row UN SDG API export sliced to one series
 * (test/formats/large-export.test.ts), is 20.9 MB: the limit leaves it room, and stops a 200 MB file from
 * freezing the page for a minute and holding a gigabyte and more.
 */
export const MAX_FILE_BYTES = 30_000_000;
/** How much downloaded source text the page-wide cache keeps (least recently used goes first): one file of the largest size. */
export const MAX_CACHE_BYTES = MAX_FILE_BYTES;
let maxFileBytes = MAX_FILE_BYTES;
let maxCacheBytes = MAX_CACHE_BYTES;

/** For tests: smaller limits than MAX_FILE_BYTES and MAX_CACHE_BYTES (no argument restores both). Not a public attribute. */
export function setDataLimits(limits: { readonly file?: number; readonly cache?: number } = {}): void {
  maxFileBytes = limits.file ?? MAX_FILE_BYTES;
  maxCacheBytes = limits.cache ?? MAX_CACHE_BYTES;
}

interface Entry {
  readonly promise: Promise<RawTable>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
  /** The file's size once it is read and parsed; 0 while it loads. */
  bytes: number;
}

/**
 * One fetch and one parse per (URL, format) for the whole page: several
 * charts with the same `src` share them. A chart that stops waiting (its
 * `src` changed, or it was removed) aborts the request only when no other
 * chart still waits for it.
 *
 * A parsed file stays cached only while a chart holds it (`holdData`: the
 * element's data source holds its `src` until the `src` changes or the
 * element leaves the page), and the cache keeps at most MAX_CACHE_BYTES of
 * files, dropping the least recently used first. The Map's order is the
 * order of use.
 */
const entries = new Map<string, Entry>();
/** How many holders (charts) hold each key. */
const holds = new Map<string, number>();

function keyOf(src: string, format: DataFormat | undefined): { url: string; key: string } {
  const url = new URL(src, document.baseURI).href;
  return { url, key: `${format ?? ''}|${url}` };
}

/** A chart's claim on a cached file: `release()` once it no longer shows that `src` (a second call does nothing). */
export interface DataHold {
  release(): void;
}

/** Keeps the file at `src` cached while the hold lasts: take it before `loadTable`, release it when the chart moves on. */
export function holdData(src: string, format: DataFormat | undefined): DataHold {
  let key: string;
  try {
    key = keyOf(src, format).key;
  } catch {
    return { release() {} }; // not a URL: loadTable will say so
  }
  holds.set(key, (holds.get(key) ?? 0) + 1);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const count = (holds.get(key) ?? 1) - 1;
      if (count > 0) {
        holds.set(key, count);
        return;
      }
      holds.delete(key);
      const entry = entries.get(key);
      if (entry?.settled) entries.delete(key); // no chart shows it any more; one still loading is left to its waiters
    },
  };
}

/** Drops the least recently used parsed files until the cache is within MAX_CACHE_BYTES (a file bigger than that is not kept). */
function trim(): void {
  let total = 0;
  for (const entry of entries.values()) total += entry.bytes;
  for (const [key, entry] of entries) {
    if (total <= maxCacheBytes) break;
    if (!entry.settled) continue;
    entries.delete(key);
    total -= entry.bytes;
  }
}

export function loadTable(src: string, format: DataFormat | undefined, signal: AbortSignal): Promise<RawTable> {
  const { url, key } = keyOf(src, format);
  let entry = entries.get(key);
  if (entry) {
    entries.delete(key); // most recently used: last in the Map's order
    entries.set(key, entry);
  } else {
    const controller = new AbortController();
    const loaded = fetchTable(url, src, format, controller.signal);
    const created: Entry = { controller, waiters: 0, settled: false, bytes: 0, promise: loaded.then(({ table }) => table) };
    loaded.then(
      ({ bytes }) => {
        created.settled = true;
        created.bytes = bytes;
        if (entries.get(key) !== created) return;
        if (holds.has(key)) trim();
        else entries.delete(key); // nobody holds it: the waiters have their table, the cache keeps nothing
      },
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
 * The file, fetched and parsed, with its size. The time limit covers the whole file — the
 * headers and every byte of the body — so a server that answers and then
 * stalls ends in a `timeout` error, not in a chart that stays blank.
 */
async function fetchTable(url: string, src: string, format: DataFormat | undefined, signal: AbortSignal): Promise<{ table: RawTable; bytes: number }> {
  const { bytes, contentType } = await fetchBytes(url, src, signal);
  const byName = formatFromUrl(url);
  const byType = formatFromMime(contentType);
  const chosen = format ?? byName ?? byType;
  const from: FormatSource = format ? 'attribute' : byName ? 'name' : byType ? 'type' : 'none';
  // Decoded (UTF-8, UTF-16 or, failing UTF-8, Windows-1252), then read in steps with a turn for the page between
  // them: a big file never freezes it.
  return { table: await parseBytesInTurns(bytes, chosen, { file: src }, from, signal), bytes: bytes.byteLength };
}

/**
 * Any file a chart reads besides its data (a map's boundaries), under the same rules as a data file: the time
 * limit, the size limit and the same plain-words errors. `src` is resolved against the page, as `src` is.
 */
export function fetchFile(src: string, signal: AbortSignal): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  return fetchBytes(new URL(src, document.baseURI).href, src, signal);
}

/** The file's bytes, within the time and size limits. */
async function fetchBytes(url: string, src: string, signal: AbortSignal): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  const timedOut = new AbortController();
  const timeout = setTimeout(() => timedOut.abort(), fetchTimeoutMs);
  const both = AbortSignal.any([signal, timedOut.signal]);
  const tooSlow = () => fail('timeout', 'tooSlow', src, Math.round(fetchTimeoutMs / 100) / 10);
  /** What a failure of the network means: the time limit, the chart giving up, or a reason found by `unreachable`. */
  const explain = async (error: unknown): Promise<never> => {
    if (timedOut.signal.aborted && !signal.aborted) throw tooSlow();
    if (isAbort(error)) throw error;
    const reason = await unreachable(url, src, both);
    if (timedOut.signal.aborted && !signal.aborted) throw tooSlow();
    throw reason;
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: both, credentials: 'same-origin' });
    } catch (error) {
      return await explain(error);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw fail('fetch-failed', 'serverAnswered', src, response.status);
    }
    const bytes = await readBody(response, src, (error) => (timedOut.signal.aborted && !signal.aborted ? tooSlow() : isAbort(error) ? error : fail('fetch-failed', 'connectionFailed', src)));
    clearTimeout(timeout);
    if (signal.aborted) throw new DOMException('The chart no longer needs this data.', 'AbortError');
    return { bytes, contentType: response.headers.get('content-type') };
  } finally {
    clearTimeout(timeout);
  }
}

const MEGABYTE = 1_000_000;
/** Megabytes as a message shows them: 212, 20.5, 0.3. */
const megabytes = (bytes: number) => Math.round((bytes / MEGABYTE) * 10) / 10;

/**
 * The body's bytes, refused with `too-large` as soon as they would pass MAX_FILE_BYTES: at once by a
 * Content-Length over the limit, otherwise once the bytes read pass it (the rest is never downloaded).
 * `failed` turns an error of the stream (a time-out, an abort, a broken connection) into what to throw.
 */
async function readBody(response: Response, src: string, failed: (error: unknown) => unknown): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // Compressed bodies: the length is the compressed one, so only a declared size over the limit is trusted here.
  if (declared > maxFileBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw fail('too-large', 'fileTooLarge', src, megabytes(declared), megabytes(maxFileBytes));
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (error) {
      throw failed(error);
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > maxFileBytes) {
      void reader.cancel().catch(() => undefined);
      throw fail('too-large', 'fileOverLimit', src, megabytes(maxFileBytes));
    }
    chunks.push(result.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Why a fetch failed without an answer the page may read (the browser says only "TypeError: Failed to fetch"):
 * - an http:// file on an https:// page is blocked as mixed content;
 * - another website: a second request that needs no permission (`no-cors`) tells whether a server answered.
 *   No answer: nothing could be reached (`fetch-failed`); an answer: that website does not allow reading (`cors`);
 * - the page's own site: a second request that does not follow redirects tells whether the address redirects.
 *   No answer: the connection failed (`fetch-failed`); a redirect: the address sends the browser on to another
 *   website, which does not allow reading (`cors`) — unless nothing answers there either (`fetch-failed`).
 */
async function unreachable(url: string, src: string, signal: AbortSignal): Promise<unknown> {
  const target = new URL(url);
  if (location.protocol === 'https:' && target.protocol === 'http:') return fail('fetch-failed', 'insecureAddress', src);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return fail('fetch-failed', 'connectionFailed', src);
  const probe = async (init: RequestInit): Promise<Response | undefined> => {
    try {
      const answer = await fetch(url, { credentials: 'same-origin', cache: 'no-store', signal, ...init });
      void answer.body?.cancel().catch(() => undefined);
      return answer;
    } catch (error) {
      if (isAbort(error)) throw error;
      return undefined;
    }
  };
  try {
    if (target.origin !== location.origin) {
      // (Chrome refuses a cross-origin `no-cors` request that does not follow redirects, so this one follows them.)
      const answer = await probe({ mode: 'no-cors' });
      return answer ? fail('cors', 'cors', target.host, src) : fail('fetch-failed', 'hostUnreachable', target.host, src);
    }
    const answer = await probe({ redirect: 'manual' });
    if (answer?.type !== 'opaqueredirect') return fail('fetch-failed', 'connectionFailed', src);
    const followed = await probe({ mode: 'no-cors' });
    return followed ? fail('cors', 'corsRedirect', src) : fail('fetch-failed', 'redirectUnreachable', src);
  } catch (error) {
    return error; // the chart gave up, or the time limit passed
  }
}

/** For tests: forget every cached file. */
export function clearDataCache(): void {
  entries.clear();
}

/** For tests: what the cache holds — files (loading or parsed), their bytes, and the sources charts hold. */
export function dataCacheStats(): { entries: number; bytes: number; held: number } {
  let bytes = 0;
  for (const entry of entries.values()) bytes += entry.bytes;
  return { entries: entries.size, bytes, held: holds.size };
}
