/**
 * Number rules of the public contract: `.` or `,` decimals with thousands
 * separators, `70%` is 70 with unit `%`, and the usual spreadsheet markers
 * for missing values. Nothing here guesses a type: callers decide a column is
 * numeric because its role says so.
 */
export type DecimalMark = '.' | ',';

const MISSING = new Set(['', 'na', 'n/a', '..', '-', '–', '—', 'nan', 'null']);
// Spaces used as thousands separators: space, no-break space, narrow no-break space, thin space, apostrophe (Swiss).
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

export interface CleanNumber {
  /** Digits, signs and at most the two marks; '' when the cell is missing. */
  text: string;
  percent: boolean;
}

export function isMissing(raw: string): boolean {
  return MISSING.has(raw.trim().toLowerCase());
}

export function cleanNumber(raw: string): CleanNumber {
  let text = raw.trim();
  if (isMissing(text)) return { text: '', percent: false };
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  text = text.replace(/\u2212/g, '-').replace(GROUP_SPACES, '');
  if (text.startsWith('+')) text = text.slice(1);
  return { text, percent };
}

type Evidence = DecimalMark | 'ambiguous' | 'none';

/** What one value says about the decimal mark. */
function evidenceOf(text: string): Evidence {
  const body = text.replace(/^-/, '').replace(/[eE][+-]?\d+$/, '');
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot === -1 && comma === -1) return 'none';
  if (dot !== -1 && comma !== -1) return dot > comma ? '.' : ',';
  const mark: DecimalMark = dot !== -1 ? '.' : ',';
  const other: DecimalMark = mark === '.' ? ',' : '.';
  if (body.indexOf(mark) !== body.lastIndexOf(mark)) return other; // 1,234,567: repeated marks group thousands
  const [whole = '', fraction = ''] = body.split(mark);
  if (fraction.length !== 3 || whole === '' || whole === '0') return mark; // 1,5 / 0,125 / ,5
  return 'ambiguous'; // 1,500 could be 1500 or 1.5
}

export type DecimalVerdict = { mark: DecimalMark } | { mark: null; ambiguous: boolean; conflict: boolean };

/** Reads the decimal mark from a column's own values when they make it unambiguous. */
export function inferDecimal(values: readonly string[]): DecimalVerdict {
  let found: DecimalMark | null = null;
  let ambiguous = false;
  for (const raw of values) {
    const { text } = cleanNumber(raw);
    if (text === '') continue;
    const evidence = evidenceOf(text);
    if (evidence === 'ambiguous') ambiguous = true;
    else if (evidence !== 'none') {
      if (found && found !== evidence) return { mark: null, ambiguous, conflict: true };
      found = evidence;
    }
  }
  return found ? { mark: found } : { mark: null, ambiguous, conflict: false };
}

/** The decimal mark a language writes, from Intl (the same source the chart's own formats use). */
export function decimalMarkOf(lang: string): DecimalMark {
  try {
    const part = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/**
 * Parses one cell. Returns `null` for a missing value and `undefined` when the
 * text is not a number under the given decimal mark.
 */
export function parseNumber(raw: string, mark: DecimalMark): number | null | undefined {
  const { text } = cleanNumber(raw);
  if (text === '') return null;
  const group = mark === '.' ? ',' : '.';
  const d = escape(mark);
  const g = escape(group);
  const pattern = new RegExp(`^-?(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}\\d+)?(?:[eE][+-]?\\d+)?$`);
  if (!/\d/.test(text) || !pattern.test(text)) return undefined;
  const value = Number(text.split(group).join('').replace(mark, '.'));
  return isDrawableNumber(value) ? value : undefined;
}

/**
 * Numbers a chart can scale and label: finite, and 0 or between 1e-300 and
 * 1e300 in size. Beyond (1e308, or a denormal such as 5e-323) axis ticks
 * overflow; such a value is a mistake in the data, never a statistic.
 */
export function isDrawableNumber(value: number): boolean {
  const size = Math.abs(value);
  return Number.isFinite(value) && (size === 0 || (size >= 1e-300 && size <= 1e300));
}

function escape(mark: DecimalMark): string {
  return mark === '.' ? '\\.' : ',';
}
