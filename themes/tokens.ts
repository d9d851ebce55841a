/**
 * Design tokens: the `--lnob-*` CSS custom properties of the public contract,
 * as a typed record. A theme is a full set of token values; a value the page
 * sets on any ancestor beats the theme's.
 */
export interface ThemeTokens {
  fontFamily: string;
  titleFontFamily: string;
  fontSize: string;
  titleFontSize: string;
  colorText: string;
  colorMuted: string;
  colorBackground: string;
  colorAccent: string;
  colorHighlight: string;
  colorDeemphasis: string;
  colorGrid: string;
  colorAxis: string;
  palette: string;
  sequentialStart: string;
  sequentialEnd: string;
  radius: string;
  spacing: string;
}

export type TokenKey = keyof ThemeTokens;

/** Token key → CSS custom property name. */
export const TOKEN_PROPERTIES: Readonly<Record<TokenKey, string>> = {
  fontFamily: '--lnob-font-family',
  titleFontFamily: '--lnob-title-font-family',
  fontSize: '--lnob-font-size',
  titleFontSize: '--lnob-title-font-size',
  colorText: '--lnob-color-text',
  colorMuted: '--lnob-color-muted',
  colorBackground: '--lnob-color-background',
  colorAccent: '--lnob-color-accent',
  colorHighlight: '--lnob-color-highlight',
  colorDeemphasis: '--lnob-color-deemphasis',
  colorGrid: '--lnob-color-grid',
  colorAxis: '--lnob-color-axis',
  palette: '--lnob-palette',
  sequentialStart: '--lnob-sequential-start',
  sequentialEnd: '--lnob-sequential-end',
  radius: '--lnob-radius',
  spacing: '--lnob-spacing',
};

export const TOKEN_KEYS = Object.keys(TOKEN_PROPERTIES) as TokenKey[];

/**
 * Reads tokens through `get` (e.g. a computed style), falling back to the
 * theme's value for any the page leaves unset. When the theme uses one font
 * for everything, a page that sets only `--lnob-font-family` gets it for the
 * title too.
 */
export function resolveTokens(theme: ThemeTokens, get: (property: string) => string): ThemeTokens {
  const resolved = { ...theme };
  const set = new Set<TokenKey>();
  for (const key of TOKEN_KEYS) {
    const value = get(TOKEN_PROPERTIES[key]).trim();
    if (value !== '') {
      resolved[key] = value;
      set.add(key);
    }
  }
  if (set.has('fontFamily') && !set.has('titleFontFamily') && theme.titleFontFamily === theme.fontFamily) {
    resolved.titleFontFamily = resolved.fontFamily;
  }
  return resolved;
}

const KEY_OF_PROPERTY = new Map<string, TokenKey>(TOKEN_KEYS.map((key) => [TOKEN_PROPERTIES[key], key]));

/** A token record keyed by camelCase names (`colorAccent`) or by the CSS names of the contract (`--lnob-color-accent`). */
export type TokenInput = Partial<ThemeTokens> | Readonly<Record<string, string>>;

/**
 * Normalises a token record written with either spelling. Names that are not
 * tokens are returned in `unknown` (so a caller can say so), never guessed.
 */
export function tokensFromInput(input: TokenInput): { tokens: Partial<ThemeTokens>; unknown: string[] } {
  const tokens: Partial<ThemeTokens> = {};
  const unknown: string[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const key = Object.hasOwn(TOKEN_PROPERTIES, name) ? (name as TokenKey) : KEY_OF_PROPERTY.get(name.trim());
    if (!key || typeof raw !== 'string') {
      unknown.push(name);
      continue;
    }
    tokens[key] = raw;
  }
  return { tokens, unknown };
}

/** `--lnob-palette` is a `;`- or space-separated list of colours (commas belong to rgb()/hsl()). */
export function parsePalette(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && (char === ';' || /\s/.test(char))) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** A CSS length in px (`14px`, `14`, `0.875rem` at 16 px). */
export function toPixels(value: string, fallback: number): number {
  const match = /^(-?\d*\.?\d+)\s*(px|rem|em)?$/.exec(value.trim());
  if (!match) return fallback;
  const n = Number(match[1]);
  return match[2] === 'rem' || match[2] === 'em' ? n * 16 : n;
}
