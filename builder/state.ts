/**
 * What the builder holds: the data as the campaigner gave it and every choice
 * made about the chart. Plain JSON, so it fits in a reopen link's fragment
 * (`#chart=…`, compressed in the browser; nothing is sent anywhere).
 */
export interface BuilderState {
  /** The data's text as pasted, dropped or fetched (CSV, TSV, a real export). */
  data: string;
  /** Where it came from, for the file name of downloads and the label shown. */
  dataName: string;
  template: string;
  /** Role → column, as chosen in the dropdowns. */
  columns: Record<string, string>;
  /** Template option attribute → value (as the attribute is written). */
  options: Record<string, string>;
  /** Slice attributes for real exports: `series-code`, `years`, `countries`, `where`. */
  slice: Record<string, string>;
  /** `title`, `subtitle`, `source`, `source-url`, `notes`, `credit`, `indicator`, `theme`, `goal`, `lang`. */
  text: Record<string, string>;
  /** Brand colours as `--lnob-*` tokens (accent, palette). */
  tokens: Record<string, string>;
  /** How the snippet loads the kit: the CDN, or the organisation's own copy at `kitUrl`. */
  kit: 'cdn' | 'self';
  kitUrl: string;
}

export function emptyState(): BuilderState {
  return { data: '', dataName: '', template: '', columns: {}, options: {}, slice: {}, text: {}, tokens: {}, kit: 'cdn', kitUrl: '' };
}

const PREFIX_COMPRESSED = 'chart=';
const PREFIX_PLAIN = 'chart-json=';

/** The state as a URL fragment (without `#`): deflated when the browser can (CompressionStream), else plain. */
export async function encodeState(state: BuilderState): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  if (typeof CompressionStream === 'function') {
    const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
    return PREFIX_COMPRESSED + toBase64Url(packed);
  }
  return PREFIX_PLAIN + toBase64Url(bytes);
}

/** The state a fragment carries, or undefined when it carries none (or a broken one). */
export async function decodeState(fragment: string): Promise<BuilderState | undefined> {
  const hash = fragment.replace(/^#/, '');
  try {
    let bytes: Uint8Array;
    if (hash.startsWith(PREFIX_COMPRESSED)) bytes = await pipe(fromBase64Url(hash.slice(PREFIX_COMPRESSED.length)), new DecompressionStream('deflate-raw'));
    else if (hash.startsWith(PREFIX_PLAIN)) bytes = fromBase64Url(hash.slice(PREFIX_PLAIN.length));
    else return undefined;
    return sanitize(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return undefined;
  }
}

/** Only the known fields, each of the right kind: a link is input from anyone. */
function sanitize(value: unknown): BuilderState | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  const record = (x: unknown): Record<string, string> =>
    x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([, item]) => typeof item === 'string')) as Record<string, string> : {};
  return {
    data: str(v['data']),
    dataName: str(v['dataName']),
    template: str(v['template']),
    columns: record(v['columns']),
    options: record(v['options']),
    slice: record(v['slice']),
    text: record(v['text']),
    tokens: record(v['tokens']),
    kit: v['kit'] === 'self' ? 'self' : 'cdn',
    kitUrl: str(v['kitUrl']),
  };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
