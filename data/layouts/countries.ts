/**
 * Country names and codes, from the maintained i18n-iso-countries data (ISO
 * 3166-1 alpha-2, alpha-3 and the numeric codes, which are the UN M49 codes of
 * countries) rather than a hand-written table. Only the data files are
 * imported, as JSON, so nothing CommonJS reaches the browser.
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

const alpha3ByAlpha2 = new Map<string, string>();
const alpha3ByNumeric = new Map<number, string>();
const numericByAlpha3 = new Map<string, number>();
for (const [alpha2, alpha3, numeric] of codes as [string, string, string][]) {
  alpha3ByAlpha2.set(alpha2, alpha3);
  alpha3ByNumeric.set(Number(numeric), alpha3);
  numericByAlpha3.set(alpha3, Number(numeric));
}

/** How names are compared: case, accents, punctuation and "the" do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;
function alpha3ByName(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    const names = (english as { countries: Record<string, string | string[]> }).countries;
    for (const [alpha2, value] of Object.entries(names)) {
      const alpha3 = alpha3ByAlpha2.get(alpha2);
      if (!alpha3) continue;
      for (const name of Array.isArray(value) ? value : [value]) byName.set(nameKey(name), alpha3);
    }
  }
  return byName;
}

/** UN M49 numeric code → ISO alpha-3, for countries (regions have none). */
export function m49ToAlpha3(code: string | number): string | undefined {
  const n = typeof code === 'number' ? code : /^\s*\d{1,3}(\.0+)?\s*$/.test(code) ? Number(code) : NaN;
  return Number.isInteger(n) ? alpha3ByNumeric.get(n) : undefined;
}

/** Is this M49 code a country (or territory) rather than a region or group? */
export function isCountryM49(code: string | number): boolean {
  return m49ToAlpha3(code) !== undefined;
}

/** Any way of naming a country — alpha-3, alpha-2, M49 number or English name — as ISO alpha-3, when known. */
export function toAlpha3(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^\d{1,3}$/.test(trimmed)) return m49ToAlpha3(trimmed);
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && numericByAlpha3.has(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper) && alpha3ByAlpha2.has(upper)) return alpha3ByAlpha2.get(upper);
  return alpha3ByName().get(nameKey(trimmed));
}
