import { darkTheme } from './dark.js';
import { defaultTheme } from './default.js';
import { HIGH_CONTRAST_SETTINGS, highContrastTheme } from './high-contrast.js';
import { sdgGoal, type SdgGoal } from './sdg-goals.js';
import { sdgTheme } from './sdg.js';
import { parsePalette, tokensFromInput, type ThemeTokens, type TokenInput } from './tokens.js';
import { DEFAULT_SETTINGS, type ThemeSettings } from './vega-config.js';

export * from './tokens.js';
export * from './vega-config.js';
export * from './contrast.js';
export * from './sdg-goals.js';
export * from './chrome-css.js';
export { defaultTheme, sdgTheme, darkTheme, highContrastTheme, HIGH_CONTRAST_SETTINGS };

/** The themes every page has. `auto` is `default` or `dark`, following the reader's `prefers-color-scheme`. */
export const BUILT_IN_THEMES = ['default', 'sdg', 'dark', 'high-contrast', 'auto'] as const;
export type BuiltInThemeName = (typeof BUILT_IN_THEMES)[number];

interface ThemeEntry {
  readonly tokens: ThemeTokens;
  readonly settings: ThemeSettings;
  readonly builtIn: boolean;
}

const themes = new Map<string, ThemeEntry>([
  ['default', { tokens: defaultTheme, settings: DEFAULT_SETTINGS, builtIn: true }],
  ['sdg', { tokens: sdgTheme, settings: DEFAULT_SETTINGS, builtIn: true }],
  ['dark', { tokens: darkTheme, settings: DEFAULT_SETTINGS, builtIn: true }],
  ['high-contrast', { tokens: highContrastTheme, settings: { ...DEFAULT_SETTINGS, ...HIGH_CONTRAST_SETTINGS }, builtIn: true }],
]);

/** Unknown theme names already reported in the console. */
const warned = new Set<string>();

function normalise(name: string | null | undefined): string {
  return (name ?? '').trim().toLowerCase() || 'default';
}

export interface RegisterThemeOptions {
  /** The theme whose values fill in the tokens left out (default `default`), e.g. `dark` for a house dark theme. */
  readonly base?: string;
}

/**
 * Defines a house theme once, to use by name with `theme="…"`. Tokens may be
 * written as in CSS (`'--lnob-color-accent': '#7a1f5c'`) or in camelCase
 * (`colorAccent`); those left out come from the `base` theme. Charts drawn
 * before their theme was registered redraw when it is.
 */
export function registerTheme(name: string, tokens: TokenInput, options: RegisterThemeOptions = {}): void {
  const key = normalise(name);
  if ((BUILT_IN_THEMES as readonly string[]).includes(key)) {
    console.warn(
      `lnob-charts: "${key}" is a built-in theme and cannot be replaced. Register yours under another name, ` +
        `e.g. registerTheme("my-${key}", tokens, { base: "${key}" }).`,
    );
    return;
  }
  const { tokens: parsed, unknown } = tokensFromInput(tokens);
  if (unknown.length) {
    console.warn(`lnob-charts: registerTheme("${key}") ignored ${unknown.map((n) => `"${n}"`).join(', ')}: not a design token name (e.g. "--lnob-color-accent").`);
  }
  const base = themes.get(normalise(options.base)) ?? themes.get('default')!;
  themes.set(key, { tokens: { ...base.tokens, ...parsed }, settings: base.settings, builtIn: false });
  warned.delete(key);
  registered.forEach((listener) => listener());
}

const registered = new Set<() => void>();

/** Calls back after every `registerTheme`, so charts drawn before their theme existed can redraw. Returns the unsubscribe. */
export function onThemeRegistered(listener: () => void): () => void {
  registered.add(listener);
  return () => registered.delete(listener);
}

/** A theme's tokens (`auto` gives the light ones); an unknown name gives the default theme. */
export function getTheme(name: string | null | undefined): ThemeTokens {
  return resolveTheme(name).tokens;
}

/** Every theme name `theme="…"` accepts, built-in and registered. */
export function themeNames(): string[] {
  return [...new Set([...BUILT_IN_THEMES, ...themes.keys()])];
}

/** A registered (not built-in) theme's tokens, for the chart's HTML chrome. */
export function registeredTheme(name: string | null | undefined): ThemeTokens | undefined {
  const entry = themes.get(normalise(name));
  return entry && !entry.builtIn ? entry.tokens : undefined;
}

export interface ResolvedTheme {
  /** The theme actually used: `auto` becomes `default` or `dark`; an unknown name becomes `default`. */
  readonly name: string;
  /** False when `theme="…"` names no theme (the default is used). */
  readonly known: boolean;
  readonly tokens: ThemeTokens;
  readonly settings: ThemeSettings;
  /** The SDG goal whose colour is the accent, if any. */
  readonly goal: SdgGoal | undefined;
}

export interface ResolveOptions {
  /** The reader's `prefers-color-scheme` is dark (for `auto`). */
  readonly prefersDark?: boolean;
  /** `goal="N"` (or an indicator preset's goal): that goal's colour becomes the theme's accent. A page's `--lnob-color-accent` still wins. */
  readonly goal?: string | number | null | undefined;
}

/** Says once per name, in the console, that a `theme="…"` names no theme (a typo, or a theme registered too late). */
function warnUnknown(name: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  console.warn(`lnob-charts: ${unknownThemeMessage(name)}`);
}

/** What to say of a `theme="…"` that names no theme: the console line, and the elements' `lnob-warning`. */
export function unknownThemeMessage(name: string): string {
  return (
    `there is no theme called "${name}", so the default theme is used. ` +
    `Use one of: ${themeNames().join(', ')}, or define "${name}" with registerTheme() before the element draws.`
  );
}

/**
 * The tokens a chart starts from, before the page's own tokens are applied
 * over them. Pure but for a console warning, once, about an unknown name.
 */
export function resolveTheme(name: string | null | undefined, options: ResolveOptions = {}): ResolvedTheme {
  let key = normalise(name);
  if (key === 'auto') key = options.prefersDark ? 'dark' : 'default';
  const entry = themes.get(key);
  if (!entry) warnUnknown(key);
  const used = entry ? key : 'default';
  const { tokens, settings } = entry ?? themes.get('default')!;
  const goal = sdgGoal(options.goal);
  return {
    name: used,
    known: !!entry,
    tokens: goal ? withGoalColour(tokens, goal.color) : tokens,
    settings,
    goal,
  };
}

/**
 * A chart about one goal speaks in its colour: the accent, the highlight (a map of Goal 16 is not highlighted in
 * Goal 1's red) and the first series colour (a progress line beside a Goal 1 swatch is red, not blue). The
 * palette's other colours follow, without a repeat of the goal's.
 */
function withGoalColour(tokens: ThemeTokens, colour: string): ThemeTokens {
  const others = parsePalette(tokens.palette).filter((c) => c.toLowerCase() !== colour.toLowerCase());
  return { ...tokens, colorAccent: colour, colorHighlight: colour, palette: [colour, ...others].join('; ') };
}
