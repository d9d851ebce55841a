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
 * The chart's HTML chrome, themed by the same `--lnob-*` tokens as the chart.
 * Each theme sets the private `--_x` variables to `var(--lnob-x, <its value>)`
 * (generated from the theme's tokens, so chrome and drawing agree): a token
 * the page sets always wins over the theme.
 */
export const styles = css`
  :host {
    ${vars(defaultTheme)}
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
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
  :host([hidden]) {
    display: none;
  }
  figure {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    min-height: 0;
    margin: 0;
  }
  .title {
    margin: 0;
    font-family: var(--_title-font);
    font-size: var(--_title-font-size);
    font-weight: 700;
    line-height: 1.25;
  }
  .subtitle {
    margin: 0.2em 0 0;
    color: var(--_muted);
  }
  .chart {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
    min-height: 0;
  }
  /* With a fixed height the drawing must not push the box: it would grow forever. */
  .chart.fixed > * {
    position: absolute;
    inset: 0;
  }
  .chart[hidden],
  .error[hidden] {
    display: none;
  }
  .error {
    padding: calc(var(--_spacing) * 0.75);
    border: 2px solid #b42318;
    border-radius: var(--_radius);
    background: #fff4f2;
    color: #7a1a12;
    overflow-wrap: anywhere;
  }
  .error strong {
    display: block;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: calc(var(--_spacing) / 2);
    color: var(--_muted);
    font-size: 0.86em;
  }
  footer p {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Themed error box (more specific than the shared chrome's light-only colours). */
  [part='error'].error {
    border: calc(var(--_border-width) + 1px) solid var(--_error);
    background: var(--_background);
    background: color-mix(in srgb, var(--_error) 8%, var(--_background));
    color: var(--_text);
  }
  :host a:focus-visible,
  :host button:focus-visible {
    outline: var(--_focus-width) solid var(--_accent);
    outline-offset: 2px;
  }
  .goal {
    display: flex;
    align-items: center;
    gap: 0.45em;
    margin: 0.35em 0 0;
    color: var(--_text);
    font-size: 0.86em;
    font-weight: 600;
  }
  .goal-swatch {
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border-radius: var(--_radius);
    background: var(--_goal, var(--_accent));
    /* The official colour is decorative here (the words name the goal); the outline keeps the swatch visible on any background. */
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_text) 35%, transparent);
  }
  [part='logo'] {
    display: flex;
    align-items: flex-end;
  }
  ::slotted([slot='logo']) {
    max-height: 32px;
    width: auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

const sheets = new Map<string, { tokens: ThemeTokens; sheet: CSSStyleSheet }>();
const adopted = new WeakMap<ShadowRoot, CSSStyleSheet>();

/**
 * Themes registered with `registerTheme` are not in the static styles: the
 * chart adopts one generated sheet per registered theme (constructable, so
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
