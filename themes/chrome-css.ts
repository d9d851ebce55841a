import { AA_GRAPHICS, contrastRatio } from './contrast.js';
import { TOKEN_PROPERTIES, type ThemeTokens, type TokenKey } from './tokens.js';
import type { ThemeSettings } from './vega-config.js';

/**
 * The chart's HTML chrome (title, subtitle, source, notes, error) reads
 * private `--_x` variables. A theme sets each to `var(--lnob-x, <theme's
 * value>)`, so a token the page sets always wins over the theme. Pure: CSS
 * text from tokens, for the element's styles.
 */
const CHROME_VARIABLES: readonly (readonly [string, TokenKey])[] = [
  ['--_font', 'fontFamily'],
  ['--_font-size', 'fontSize'],
  ['--_title-font-size', 'titleFontSize'],
  ['--_text', 'colorText'],
  ['--_muted', 'colorMuted'],
  ['--_background', 'colorBackground'],
  ['--_accent', 'colorAccent'],
  ['--_highlight', 'colorHighlight'],
  ['--_grid', 'colorGrid'],
  ['--_axis', 'colorAxis'],
  ['--_spacing', 'spacing'],
  ['--_radius', 'radius'],
];

/** The error frame: a red that reaches 3:1 on the theme's background, else the text colour. */
const ERROR_REDS = ['#b42318', '#ff7b72'];

/** A value that could break out of its declaration is replaced by the fallback (registered themes come from page scripts). */
function safe(value: string, fallback: string): string {
  return /[{};<>\\]|\/\*/.test(value) ? fallback : value;
}

/** Declarations (no selector) for one theme. */
export function chromeVariables(tokens: ThemeTokens, settings?: Pick<ThemeSettings, 'markStrokeWidth'>): string {
  const lines = CHROME_VARIABLES.map(([name, key]) => `${name}: var(${TOKEN_PROPERTIES[key]}, ${safe(tokens[key], 'initial')});`);
  const title = tokens.titleFontFamily === tokens.fontFamily ? 'var(--_font)' : safe(tokens.titleFontFamily, 'var(--_font)');
  lines.push(`--_title-font: var(${TOKEN_PROPERTIES.titleFontFamily}, ${title});`);
  const red = ERROR_REDS.find((c) => (contrastRatio(c, tokens.colorBackground) ?? 0) >= AA_GRAPHICS);
  lines.push(`--_error: ${red ?? 'var(--_text)'};`);
  const width = settings?.markStrokeWidth ?? 1;
  lines.push(`--_border-width: ${width}px;`, `--_focus-width: ${width + 1}px;`);
  return lines.join('\n');
}
