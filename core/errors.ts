/**
 * The one way to fail. Every layer reports a problem as a ChartError with a
 * code from the public contract and a plain-words message that says how to
 * fix it; the element shows the message and fires `lnob-error`.
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
  | 'too-large'
  | 'unsupported'
  | 'internal';

export const ERROR_CODES: readonly ErrorCode[] = [
  'unknown-template', 'missing-column', 'wrong-type', 'empty-data', 'duplicate-column',
  'fetch-failed', 'cors', 'parse-error', 'no-matching-rows', 'too-large', 'unsupported', 'internal',
];

export class ChartError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ChartError';
    this.code = code;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Turns anything thrown into a ChartError; unexpected failures become `internal`. */
export function toChartError(error: unknown): ChartError {
  if (error instanceof ChartError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ChartError(
    'internal',
    `Something went wrong inside the chart (${detail}). This is a bug in lnob-charts: please report it with your data file.`,
  );
}
