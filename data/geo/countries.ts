/**
 * Turns what people write for a country — ISO 3166-1 alpha-3 (`NGA`), alpha-2
 * (`NG`), UN M49 / ISO numeric (`566`, `0566`) or an English name (`Nigeria`,
 * `Côte d'Ivoire`, `Congo, Dem. Rep.`) — into one country, or recognises it as
 * a group of countries (`WLD`, `1`, `SSF`…), or says it is unknown.
 *
 * Pure: the country list and English names come from the maintained
 * `i18n-iso-countries` package's data files (its JavaScript entry is CommonJS,
 * so its JSON is read directly); nothing here is a hand-written country table.
 * This module and its data are loaded only when a map renders: call
 * `loadCountries()` once before the other functions.
 */
import { AGGREGATE_NAMES, M49_AGGREGATES, WORLD_BANK_AGGREGATES } from './aggregates.js';

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
 * Spellings used by the World Bank and the UN that the package's English names
 * do not cover and that a general rule would get wrong (e.g. "Congo, Dem. Rep."
 * must not fall back to "Congo"). Keys are normalised names, values alpha-3.
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  'congo dem rep': 'COD',
  'congo rep': 'COG',
  'dem rep congo': 'COD',
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
  'xkx': 'XKK', // the World Bank's code for Kosovo
};

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
  for (const country of byAlpha2.values()) {
    const listed = names[country.alpha2];
    for (const name of Array.isArray(listed) ? listed : [listed ?? country.name]) claim(byName, normaliseName(name), country);
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
    const key = normaliseName(name);
    if (!byName.has(key) && !aggregateNames.has(key)) aggregateNames.set(key, name);
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
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/,\s*the\s*$/, '')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/^the /, '')
    .trim();
}

/** What one value of the `geo` column is. */
export function resolveGeo(value: string): GeoMatch {
  const idx = loaded();
  const text = value.trim();
  if (text === '') return { kind: 'unknown' };
  if (/^\d{1,4}$/.test(text)) {
    const number = Number(text);
    const region = M49_AGGREGATES[number];
    if (region) return { kind: 'aggregate', name: region };
    const country = idx.byNumeric.get(String(number).padStart(3, '0'));
    if (country) return { kind: 'country', country };
    // M49 keeps 900–999 for groupings of each database's own (e.g. World Bank income groups).
    if (number >= 900 && number <= 999) return { kind: 'aggregate', name: text };
    return { kind: 'unknown' };
  }
  const upper = text.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const country = idx.byAlpha2.get(upper);
    if (country) return { kind: 'country', country };
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const country = idx.byAlpha3.get(upper);
    if (country) return { kind: 'country', country };
    const group = WORLD_BANK_AGGREGATES[upper];
    if (group) return { kind: 'aggregate', name: group };
  }
  const key = normaliseName(text);
  const country = idx.byName.get(key);
  if (country) return { kind: 'country', country };
  const group = idx.aggregateNames.get(key);
  if (group) return { kind: 'aggregate', name: group };
  return { kind: 'unknown' };
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
  return loaded().byName.get(normaliseName(name));
}
