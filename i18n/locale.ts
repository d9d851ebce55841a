import { knownLocale, type VegaLocale } from '../core/known-locales.js';

/**
 * Number and date formats for a language, derived from the browser's `Intl`,
 * in the shape Vega's View option `locale: { number, time }` takes (d3-format
 * and d3-time-format locale definitions). Each chart's view gets its own:
 * Vega's global `formatLocale()` would make every chart on a page speak the
 * language set last.
 *
 * The chrome (summary, table) formats with `chromeNumberFormat`, from the same
 * Intl settings, so "1 234,5" reads the same in the drawing and in the text.
 * (d3 cannot leave 4-digit numbers ungrouped as Spanish and Polish Intl do, so
 * the chrome groups them too: `useGrouping: 'always'`.)
 *
 * The kit's languages and their usual regions come from a table instead (core/known-locales.ts), the same as `Intl`
 * gives, with no `Intl` formatter made: the first of a page costs ~25 ms.
 */
export type { VegaLocale };

const cache = new Map<string, VegaLocale>();

/** Formats are costly to create (the first of a page ~25 ms, as the browser's language data starts) and charts ask for the same few: one each, page-wide. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang || undefined, options);
    } catch {
      format = new Intl.NumberFormat(undefined, options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(lang: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang || undefined, { timeZone: 'UTC', ...options });
  } catch {
    return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', ...options });
  }
}

/** Vega's `locale` option for a language (cached per language tag). */
export function vegaLocale(lang: string | null | undefined): VegaLocale {
  const key = (lang ?? '').trim();
  let locale = cache.get(key);
  if (!locale) {
    const known = knownLocale(key);
    locale = known ? { number: known.number, time: known.time } : intlVegaLocale(key || undefined);
    cache.set(key, locale);
  }
  return locale;
}

/** The same, read from `Intl` (a language the table does not hold; and the test that checks the table). */
export function intlVegaLocale(lang: string | undefined): VegaLocale {
  return { number: numberLocale(lang), time: timeLocale(lang) };
}

function numberLocale(lang: string | undefined): VegaLocale['number'] {
  const format = numberFormat(lang, { useGrouping: 'always' as unknown as boolean, maximumFractionDigits: 1 });
  const parts = format.formatToParts(-1234567890.5);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  // Group sizes from the right, as d3 wants them: [3] for 1,234,567; [3, 2] for 12,34,567.
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const grouping = integers.length > 1 ? [...new Set(integers.slice(1).reverse())] : [3];
  const percent = numberFormat(lang, { style: 'percent' }).formatToParts(0.5).find((p) => p.type === 'percentSign')?.value;
  const digits = numberFormat(lang, { useGrouping: false }).format(1234567890);
  const numerals = /^[0-9]+$/.test(digits) ? undefined : ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => numberFormat(lang, { useGrouping: false }).format(Number(d)));
  return {
    decimal: part('decimal') ?? '.',
    thousands: part('group') ?? ',',
    grouping: grouping.length ? grouping : [3],
    currency: ['', ''],
    ...(part('minusSign') ? { minus: part('minusSign')! } : {}),
    ...(percent ? { percent } : {}),
    ...(numerals ? { numerals } : {}),
  };
}

function timeLocale(lang: string | undefined): VegaLocale['time'] {
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => {
    const format = dateFormat(lang, options);
    return dates.map((date) => format.format(date));
  };
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2021, m, 15)));
  // 3 January 2021 was a Sunday: d3 lists days from Sunday.
  const days = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2021, 0, 3 + d)));
  const hour = dateFormat(lang, { hour: 'numeric', hour12: true });
  const period = (h: number) => hour.formatToParts(new Date(Date.UTC(2021, 0, 1, h))).find((p) => p.type === 'dayPeriod')?.value ?? (h < 12 ? 'AM' : 'PM');
  return {
    dateTime: '%x, %X',
    date: datePattern(lang),
    time: '%H:%M:%S',
    periods: [period(9), period(15)],
    days: names({ weekday: 'long' }, days),
    shortDays: names({ weekday: 'short' }, days),
    months: names({ month: 'long' }, months),
    shortMonths: names({ month: 'short' }, months),
  };
}

/** The order and separators of a numeric date in the language, as a d3 pattern (`%d/%m/%Y`). */
function datePattern(lang: string | undefined): string {
  const parts = dateFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2021, 10, 23)));
  const codes: Record<string, string> = { day: '%d', month: '%m', year: '%Y' };
  return parts.map((p) => codes[p.type] ?? (p.type === 'literal' ? p.value.replace(/%/g, '%%') : '')).join('');
}

/**
 * The chrome's number format: Intl's in the chart's language, grouped as the drawing groups; for a language of the
 * table (core/known-locales.ts), the same written without Intl.
 */
export function chromeNumberFormat(lang: string | null | undefined, decimals: number, unit = ''): (value: number) => string {
  const tag = (lang ?? '').trim();
  const known = knownLocale(tag);
  if (known) {
    const intl = lazyIntlFormat(lang || undefined, decimals);
    return (value) => (plainNumber(value, decimals, known.number, known.negative) ?? intl().format(value)) + unit;
  }
  const format = intlFormat(lang || undefined, decimals);
  return (value) => format.format(value) + unit;
}

function intlFormat(lang: string | undefined, decimals: number): Intl.NumberFormat {
  return numberFormat(lang, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: 'always' as unknown as boolean,
    // A value that rounds to zero is written 0, not -0 ("Lowest: C, -0"), as the drawing's d3 format writes it.
    signDisplay: 'negative',
  });
}

/** Intl's format, made only when first needed. */
function lazyIntlFormat(lang: string | undefined, decimals: number): () => Intl.NumberFormat {
  let format: Intl.NumberFormat | undefined;
  return () => (format ??= intlFormat(lang, decimals));
}

/**
 * A number as `intlFormat` writes it in a language of the table, without `Intl`: `decimals` decimals, rounded half
 * away from zero on the number's shortest decimal form (as Intl rounds: 1.005 → 1.01, where `toFixed` gives 1.00),
 * grouped in thousands, no minus on a value that rounds to zero (`negative`: the sign written before a negative
 * one). Undefined for what it does not write (an exponent's size, infinities, NaN): Intl then.
 */
export function plainNumber(value: number, decimals: number, { decimal, thousands, grouping, minus = '-' }: VegaLocale['number'], negative = minus): string | undefined {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || /e/i.test(text)) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  if (fraction.charCodeAt(decimals) >= 53 /* '5' */) digits = increment(digits);
  const integer = digits.slice(0, digits.length - decimals) || '0';
  const grouped = group(integer, grouping, thousands);
  const written = decimals ? `${grouped}${decimal}${digits.slice(digits.length - decimals)}` : grouped;
  return value < 0 && /[1-9]/.test(digits) ? `${negative}${written}` : written;
}

/** A string of digits plus one. */
function increment(digits: string): string {
  const list = [...digits];
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] !== '9') {
      list[i] = String(Number(list[i]) + 1);
      return list.join('');
    }
    list[i] = '0';
  }
  return `1${list.join('')}`;
}

/** Digits grouped from the right by d3's `grouping` sizes (the last one repeats). */
function group(integer: string, grouping: readonly number[], separator: string): string {
  const groups: string[] = [];
  let end = integer.length;
  for (let i = 0; end > 0; i++) {
    const size = grouping[Math.min(i, grouping.length - 1)] || end;
    groups.unshift(integer.slice(Math.max(0, end - size), end));
    end -= size;
  }
  return groups.join(separator);
}
