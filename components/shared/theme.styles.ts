import { css, unsafeCSS, type CSSResult } from 'lit';
import {
  chromeVariables,
  darkTheme,
  defaultTheme,
  DEFAULT_SETTINGS,
  HIGH_CONTRAST_SETTINGS,
  highContrastTheme,
  registeredTheme,
  sdgTheme,
  type ThemeTokens,
} from '../../themes/index.js';

const vars = (tokens: ThemeTokens, settings = DEFAULT_SETTINGS): CSSResult => unsafeCSS(chromeVariables(tokens, settings));

/**
 * The themes of the HTML chrome, shared by `<lnob-chart>` and `<lnob-stat>`.
 * Each theme sets the private `--_x` variables to `var(--lnob-x, <its value>)`
 * (generated from the theme's tokens, so chrome and drawing agree): a token
 * the page sets always wins over the theme.
 */
export const themeHostStyles = css`
  :host {
    ${vars(defaultTheme)}
  }
  :host([theme='sdg' i]) {
    ${vars(sdgTheme)}
  }
  :host([theme='dark' i]) {
    ${vars(darkTheme)}
  }
  :host([theme='high-contrast' i]) {
    ${vars(highContrastTheme, { ...DEFAULT_SETTINGS, ...HIGH_CONTRAST_SETTINGS })}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto' i]) {
      ${vars(darkTheme)}
    }
  }
`;

const sheets = new Map<string, { tokens: ThemeTokens; sheet: CSSStyleSheet }>();
const adopted = new WeakMap<ShadowRoot, CSSStyleSheet>();

/**
 * Themes registered with `registerTheme` are not in the static styles: the
 * element adopts one generated sheet per registered theme (constructable, so
 * safe under a strict CSP), and drops it when its theme changes.
 */
export function adoptThemeSheet(root: ShadowRoot, theme: string | null): void {
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet === 'undefined') return;
  const tokens = registeredTheme(theme);
  const name = (theme ?? '').trim().toLowerCase();
  let sheet: CSSStyleSheet | undefined;
  if (tokens) {
    let cached = sheets.get(name);
    if (!cached || cached.tokens !== tokens) {
      const created = new CSSStyleSheet();
      created.replaceSync(`:host { ${chromeVariables(tokens)} }`);
      sheets.set(name, (cached = { tokens, sheet: created }));
    }
    sheet = cached.sheet;
  }
  const previous = adopted.get(root);
  if (previous === sheet) return;
  const others = root.adoptedStyleSheets.filter((s) => s !== previous);
  root.adoptedStyleSheets = sheet ? [...others, sheet] : others;
  if (sheet) adopted.set(root, sheet);
  else adopted.delete(root);
}
