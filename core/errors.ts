/**
 * The one way to fail. Every layer reports a problem as a ChartError with a
 * code from the public contract and a plain-words message that says how to
 * fix it; the element shows the message and fires `lnob-error`.
 *
 * A message comes from a catalogue (`i18n/errors/`): the error carries its
 * `key` and `params` (plain data) besides the English `message`, so the
 * element can show it in the chart's language (`errorMessage` in `i18n/`).
 */
export type ErrorCode =
  | 'unknown-template'
  | 'missing-column'
  | 'wrong-type'
  | 'empty-data'
  | 'duplicate-column'
  | 'fetch-failed'
  | 'cors'
  | 'parse-error'
  | 'no-matching-rows'
  | 'ambiguous-rows'
  | 'no-data'
  | 'too-large'
  | 'unsupported'
  | 'bad-data'
  | 'timeout'
  | 'internal';

export const ERROR_CODES: readonly ErrorCode[] = [
  'unknown-template', 'missing-column', 'wrong-type', 'empty-data', 'duplicate-column',
  'fetch-failed', 'cors', 'parse-error', 'no-matching-rows', 'ambiguous-rows', 'no-data', 'too-large', 'unsupported', 'bad-data', 'timeout',
  'internal',
];

export class ChartError extends Error {
  readonly code: ErrorCode;
  /** The message's key in the `errors` catalogue; undefined for a message given as plain text. */
  readonly key: string | undefined;
  /** What the catalogue's message is given: the page's own words and numbers, as plain data. */
  readonly params: readonly unknown[];
  /** `message` is English; `text` names it in the catalogue so it can be translated (see `failWith`). */
  constructor(code: ErrorCode, message: string, text?: { readonly key: string; readonly params: readonly unknown[] }) {
    super(message);
    this.name = 'ChartError';
    this.code = code;
    this.key = text?.key;
    this.params = text?.params ?? [];
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any message function of a catalogue
type Catalogue = Readonly<Record<string, (...params: any[]) => string>>;

/**
 * A typed maker of errors from an English catalogue: `fail('missing-column',
 * 'noSuchColumn', asked, role, columns)` checks the key and its parameters.
 */
export function failWith<C extends Catalogue>(english: C) {
  return <K extends keyof C & string>(code: ErrorCode, key: K, ...params: Parameters<C[K]>): ChartError =>
    new ChartError(code, english[key]!(...params), { key, params });
}

/**
 * The English message of an unexpected failure. It lives here, not in `i18n/errors/` with the others, because
 * every layer can fail this way and core depends on nothing; the language files translate it like the rest.
 */
export const internalErrors = {
  /** `detail` is the program's own (English) description: it is for the bug report. */
  internal: (detail: string) =>
    `Something went wrong inside the chart (${detail}). This is a bug in lnob-charts: please report it with your data file.`,
};
const failInternally = failWith(internalErrors);

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Turns anything thrown into a ChartError; unexpected failures become `internal`. */
export function toChartError(error: unknown): ChartError {
  if (error instanceof ChartError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return failInternally('internal', 'internal', detail);
}
