/**
 * Turns what people write for a country — ISO 3166-1 alpha-3 (`NGA`), alpha-2
 * (`NG`), UN M49 / ISO numeric (`566`, `0566`), an English name (`Nigeria`,
 * `Côte d'Ivoire`, `Congo, Dem. Rep.`, every official M49 name) or a UNICEF
 * `KEN: Kenya` cell — into one country, or recognises it as a group of
 * countries (`WLD`, `1`, `OWID_WRL`, `Africa (WB)`…: the list and its sources
 * are in `./aggregates.ts`), or says it is unknown.
 *
 * Pure: the country list and English names come from the maintained
 * `i18n-iso-countries` package's data files (its JavaScript entry is CommonJS,
 * so its JSON is read directly); nothing here is a hand-written country table.
 * This module and its data are loaded only when a map renders or a page
 * slices by `countries` or `aggregates`: call `loadCountries()` once before
 * the other functions.
 */
import {
  AGGREGATE_NAMES,
  GROUP_CODE,
  GROUP_SOURCE_TAG,
  M49_AGGREGATES,
  OTHER_AGGREGATES,
  OWID_AGGREGATES,
  WHO_AGGREGATES,
  WORLD_BANK_AGGREGATES,
} from './aggregates.js';

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  /** ISO 3166-1 numeric, three digits (`"004"`): the id of the country's shape on the map. */
  readonly numeric: string;
  /** English short name: the browser's (CLDR, via `Intl.DisplayNames`), else the package's first name. */
  readonly name: string;
}

export type GeoMatch =
  | { readonly kind: 'country'; readonly country: Country }
  | { readonly kind: 'aggregate'; readonly name: string }
  | { readonly kind: 'unknown' };

/**
 * Spellings used by the World Bank, the UN (M49's official names), UNICEF and
 * OWID that the package's English names do not cover and that a general rule
 * would get wrong (e.g. "Congo, Dem. Rep." must not fall back to "Congo").
 * Keys are names as `nameKeys` reads them (bracketed words kept, see
 * `fullKey`), values alpha-3.
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  'congo dem rep': 'COD',
  'congo rep': 'COG',
  'dem rep congo': 'COD',
  'congo democratic republic of the': 'COD',
  'congo the democratic republic of the': 'COD',
  'congo democratic republic': 'COD',
  'congo kinshasa': 'COD',
  'democratic republic of congo': 'COD',
  'congo republic of the': 'COG',
  'congo republic of': 'COG',
  'congo brazzaville': 'COG',
  'republic of congo': 'COG',
  'korea republic of': 'KOR',
  'korea rep of': 'KOR',
  'korea democratic peoples republic of': 'PRK',
  'korea dpr': 'PRK',
  'micronesia federated states of': 'FSM',
  'micronesia fed states of': 'FSM',
  'micronesia country': 'FSM',
  'bolivia plurinational state of': 'BOL',
  'venezuela bolivarian republic of': 'VEN',
  'iran islamic republic of': 'IRN',
  'netherlands kingdom of the': 'NLD',
  'china mainland': 'CHN',
  'kosovo under unsc res 1244': 'XKK',
  'kosovo under unscr 1244': 'XKK',
  'kosovo under un security council resolution 1244': 'XKK',
  'kosovo under united nations security council resolution 1244 99': 'XKK',
  'saint helena ascension and tristan da cunha': 'SHN',
  'united kingdom of great britain and northern ireland': 'GBR',
  'british virgin islands': 'VGB',
  'united states virgin islands': 'VIR',
  'virgin islands us': 'VIR',
  'virgin islands u s': 'VIR',
  'svalbard and jan mayen islands': 'SJM',
  'wallis and futuna islands': 'WLF',
  'korea dem peoples rep': 'PRK',
  'korea rep': 'KOR',
  'democratic peoples republic of korea': 'PRK',
  'egypt arab rep': 'EGY',
  'yemen rep': 'YEM',
  'venezuela rb': 'VEN',
  'iran islamic rep': 'IRN',
  'lao pdr': 'LAO',
  'laos': 'LAO',
  'kyrgyz republic': 'KGZ',
  'slovak republic': 'SVK',
  'micronesia fed sts': 'FSM',
  'hong kong sar china': 'HKG',
  'macao sar china': 'MAC',
  'china hong kong special administrative region': 'HKG',
  'china macao special administrative region': 'MAC',
  'china taiwan province of china': 'TWN',
  'west bank and gaza': 'PSE',
  'cabo verde': 'CPV',
  'viet nam': 'VNM',
  'republic of moldova': 'MDA',
};

/** Codes of countries that are not ISO 3166-1 codes: Kosovo's in World Bank (`XKX`) and OWID (`OWID_KOS`) files. */
const CODE_ALIASES: Readonly<Record<string, string>> = { XKX: 'XKK', OWID_KOS: 'XKK' };

/** Codes of groups, upper case (M49's numbers are looked up separately). */
const GROUP_CODES: Readonly<Record<string, string>> = { ...WORLD_BANK_AGGREGATES, ...WHO_AGGREGATES, ...OWID_AGGREGATES, ...OTHER_AGGREGATES };

interface Index {
  readonly byAlpha2: Map<string, Country>;
  readonly byAlpha3: Map<string, Country>;
  readonly byNumeric: Map<string, Country>;
  readonly byName: Map<string, Country>;
  readonly aggregateNames: Map<string, string>;
}

type CodeRow = readonly [alpha2: string, alpha3: string, numeric: string, subdivisions: string];

let index: Index | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the code list and English names: dynamic JSON imports, so bundlers put
 * them in chunks of their own. (No `with { type: 'json' }`: Vite's dev server,
 * and so the catalogue, serves JSON as a JS module, which a JSON-typed import
 * refuses; the command line bundles the JSON instead.)
 */
export function loadCountries(): Promise<void> {
  loading ??= Promise.all([
    import('i18n-iso-countries/codes.json'),
    import('i18n-iso-countries/langs/en.json'),
  ]).then(([codes, english]) => {
    index = buildIndex(codes.default as unknown as CodeRow[], english.default.countries as Record<string, string | string[]>);
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

function loaded(): Index {
  if (!index) throw new Error('Country codes used before loadCountries() finished.');
  return index;
}

function buildIndex(codes: readonly CodeRow[], names: Record<string, string | string[]>): Index {
  const byAlpha2 = new Map<string, Country>();
  const byAlpha3 = new Map<string, Country>();
  const byNumeric = new Map<string, Country>();
  const byName = new Map<string, Country>();
  const display = displayNames();
  for (const [alpha2, alpha3, numeric] of codes) {
    const listed = names[alpha2];
    const all = Array.isArray(listed) ? listed : listed ? [listed] : [alpha3];
    const country: Country = { alpha2, alpha3, numeric, name: display?.of(alpha2) ?? all[0]! };
    byAlpha2.set(alpha2, country);
    byAlpha3.set(alpha3, country);
    byNumeric.set(numeric, country);
  }
  // Names: every listed spelling, first claim wins (so "Congo" is the Republic
  // of the Congo, as in UN usage); then the head of "Moldova, Republic of".
  // Bracketed words are part of a name ("Netherlands (Kingdom of the)") and,
  // as a second choice, a note to ignore ("Bolivia (Plurinational State of)").
  for (const country of byAlpha2.values()) {
    const listed = names[country.alpha2];
    for (const name of Array.isArray(listed) ? listed : [listed ?? country.name]) for (const key of nameKeys(name)) claim(byName, key, country);
  }
  for (const country of byAlpha2.values()) {
    const listed = names[country.alpha2];
    for (const name of Array.isArray(listed) ? listed : [listed ?? country.name]) {
      const comma = name.indexOf(', ');
      if (comma > 0) claim(byName, normaliseName(name.slice(0, comma)), country);
    }
  }
  for (const [spelling, alpha3] of Object.entries(SPELLINGS)) {
    const country = byAlpha3.get(alpha3);
    if (country) byName.set(spelling, country);
  }
  const aggregateNames = new Map<string, string>();
  for (const name of AGGREGATE_NAMES) {
    for (const key of nameKeys(name)) if (!byName.has(key) && !aggregateNames.has(key)) aggregateNames.set(key, name);
  }
  return { byAlpha2, byAlpha3, byNumeric, byName, aggregateNames };
}

function displayNames(): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
}

function claim(map: Map<string, Country>, key: string, country: Country): void {
  if (key && !map.has(key)) map.set(key, country);
}

/**
 * A name reduced to what tells countries apart: lower case, no accents, no
 * punctuation or bracketed notes ("Bolivia (Plurinational State of)" →
 * "bolivia"), "&" as "and", "St." as "saint", no leading "the" and no
 * trailing ", The" ("Gambia, The" → "gambia").
 */
export function normaliseName(text: string): string {
  return simplify(text.replace(/\([^)]*\)/g, ' '));
}

/** As `normaliseName`, with the bracketed words kept: "Congo (Democratic Republic of the)" is not "Congo". */
function fullKey(text: string): string {
  return simplify(text);
}

/** The keys a name is looked up by, most specific first. */
function nameKeys(text: string): string[] {
  const full = fullKey(text);
  const short = normaliseName(text);
  return full === short ? [full] : [full, short];
}

function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/,\s*the\s*$/, '')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/^the /, '')
    .trim();
}

const UNKNOWN: GeoMatch = { kind: 'unknown' };
/** Answers by value: a file repeats each place once per year, series and breakdown, and the map asks several times. */
const answers = new Map<string, GeoMatch>();

/**
 * What one value of the `geo` column is: a country (ISO 3166-1 alpha-3,
 * alpha-2, numeric / M49, or a name), a group of countries (see
 * `./aggregates.ts`), or unknown. A `CODE: Label` cell, as UNICEF's SDMX-CSV
 * files write `REF_AREA` ("KEN: Kenya", "UNICEF_WCA: West and Central Africa"),
 * is read by its code, else by its label.
 */
export function resolveGeo(value: string): GeoMatch {
  let match = answers.get(value);
  if (match === undefined) {
    if (answers.size > 20_000) answers.clear();
    match = resolveLabelled(value.trim());
    answers.set(value, match);
  }
  return match;
}

function resolveLabelled(text: string): GeoMatch {
  const labelled = /^([A-Z0-9][A-Z0-9_]{0,39})\s*:\s+(\S.*)$/.exec(text);
  if (!labelled) return resolveText(text);
  const [, code, label] = labelled as unknown as [string, string, string];
  const byCode = resolveText(code);
  if (byCode.kind === 'aggregate' && byCode.name === code) return { kind: 'aggregate', name: label.trim() };
  return byCode.kind !== 'unknown' ? byCode : resolveText(label.trim());
}

function resolveText(text: string): GeoMatch {
  const idx = loaded();
  if (text === '') return UNKNOWN;
  if (/^\d{1,4}$/.test(text)) {
    const number = Number(text);
    const region = M49_AGGREGATES[number];
    if (region) return { kind: 'aggregate', name: region };
    const country = idx.byNumeric.get(String(number).padStart(3, '0'));
    if (country) return { kind: 'country', country };
    // M49 keeps 900–999 for groupings of each database's own (e.g. World Bank income groups).
    if (number >= 900 && number <= 999) return { kind: 'aggregate', name: text };
    return UNKNOWN;
  }
  if (/^[A-Za-z0-9_]{2,40}$/.test(text)) {
    const upper = text.toUpperCase();
    const country = (upper.length === 2 ? idx.byAlpha2 : idx.byAlpha3).get(CODE_ALIASES[upper] ?? upper);
    if (country) return { kind: 'country', country };
    const group = GROUP_CODES[upper];
    if (group) return { kind: 'aggregate', name: group };
    if (GROUP_CODE.test(text)) return { kind: 'aggregate', name: text };
  }
  const [full, short] = nameKeys(text);
  const country = idx.byName.get(full!);
  if (country) return { kind: 'country', country };
  const group = idx.aggregateNames.get(full!);
  if (group) return { kind: 'aggregate', name: group };
  if (GROUP_SOURCE_TAG.test(text)) return { kind: 'aggregate', name: text };
  if (short !== undefined) {
    const country = idx.byName.get(short);
    if (country) return { kind: 'country', country };
    const group = idx.aggregateNames.get(short);
    if (group) return { kind: 'aggregate', name: group };
  }
  return UNKNOWN;
}

/**
 * Whether a row names a group of countries rather than one country, by its
 * area code when it has one, else by its name. In UN SDG files every area code
 * that is not a country is a group (each database numbers its own groups).
 */
export function isAggregateArea(code: string, name: string, unCodes = false): boolean {
  const own = code.trim().replace(/\.0+$/, '');
  if (own !== '') {
    const match = resolveGeo(own);
    if (match.kind === 'country') return false;
    if (match.kind === 'aggregate' || unCodes) return true;
  }
  return name.trim() !== '' && resolveGeo(name).kind === 'aggregate';
}

/** Every country the package knows, in its order. */
export function allCountries(): Country[] {
  return [...loaded().byAlpha2.values()];
}

/** The country with this ISO numeric code (three digits), if any. */
export function countryByNumeric(numeric: string): Country | undefined {
  return loaded().byNumeric.get(numeric);
}

/** The country with this English name, as the package spells it (used to give unnumbered map shapes an id). */
export function countryByName(name: string): Country | undefined {
  const idx = loaded();
  for (const key of nameKeys(name)) {
    const country = idx.byName.get(key);
    if (country) return country;
  }
  return undefined;
}
