/**
 * Number and date conventions of the kit's languages and their usual regions, as the browser's `Intl` gives them
 * (Chromium 2026; test/i18n/known-locales.test.ts checks each one against the test browser's `Intl`, and prints the
 * new value when they part): English's here, each other language's in its file (`formats` in i18n/fr.ts, …), added
 * when that file loads. A chart in one of these languages creates no `Intl` formatter on its way to the first
 * drawing: a page's first one costs about 25 ms while the browser's language data starts (100–150 ms on a cheap
 * phone), which vega-embed, with Vega's built-in English, never pays (issue 21). Other languages, and a chart with no
 * language at all (the browser's own), read `Intl` (i18n/locale.ts), which writes the same.
 */

/** Vega's View option `locale: { number, time }`: d3-format and d3-time-format locale definitions. */
export interface VegaLocale {
  readonly number: {
    readonly decimal: string;
    readonly thousands: string;
    readonly grouping: number[];
    readonly currency: [string, string];
    readonly minus?: string;
    readonly percent?: string;
    readonly numerals?: string[];
  };
  readonly time: {
    readonly dateTime: string;
    readonly date: string;
    readonly time: string;
    readonly periods: [string, string];
    readonly days: string[];
    readonly shortDays: string[];
    readonly months: string[];
    readonly shortMonths: string[];
  };
}

/** A language's names of days and months, as Vega's time locale lists them. */
export type DateNames = Pick<VegaLocale['time'], 'days' | 'shortDays' | 'months' | 'shortMonths'>;

/** A tag's conventions, and how the text around the chart starts a negative number where Intl writes more than the drawing's minus. */
export interface KnownLocale extends VegaLocale {
  /** Arabic marks it left-to-right (U+200E) so that "-20" reads as one number in a right-to-left sentence. */
  readonly negative?: string;
}

/** The conventions from their parts: decimal mark and thousands separator, names, numeric date, morning and afternoon. */
export function conventions(decimal: string, thousands: string, names: DateNames, date: string, periods: [string, string], negative?: string): KnownLocale {
  return {
    number: { decimal, thousands, grouping: [3], currency: ['', ''], minus: '-', percent: '%' },
    time: { dateTime: '%x, %X', date, time: '%H:%M:%S', periods, ...names },
    ...(negative ? { negative } : {}),
  };
}

const EN: DateNames = {
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const en = conventions('.', ',', EN, '%m/%d/%Y', ['AM', 'PM']);

/** By language tag as `languageTag` writes it (`en-GB`, `pt-BR`). */
const known = new Map<string, KnownLocale>([
  ['en', en],
  ['en-US', en],
  ['en-GB', conventions('.', ',', { ...EN, shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] }, '%d/%m/%Y', ['am', 'pm'])],
]);

/** Adds a language's conventions by tag (each kit language's file has them: i18n/index.ts adds them when it loads). */
export function addKnownLocales(locales: Readonly<Record<string, KnownLocale>> | undefined): void {
  for (const [tag, locale] of Object.entries(locales ?? {})) known.set(tag, locale);
}

/** The conventions of a tag the table holds; undefined for any other. */
export function knownLocale(tag: string): KnownLocale | undefined {
  return known.get(tag);
}

/** Every tag the table holds now (for the test that checks it). */
export function knownLocaleTags(): string[] {
  return [...known.keys()];
}
