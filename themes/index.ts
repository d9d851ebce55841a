import { defaultTheme } from './default.js';
import type { ThemeTokens } from './tokens.js';

export * from './tokens.js';
export * from './vega-config.js';
export { defaultTheme };

const themes = new Map<string, ThemeTokens>([['default', defaultTheme]]);

/** Defines a house theme once, to use by name with `theme="…"`. Tokens left out come from the default theme. */
export function registerTheme(name: string, tokens: Partial<ThemeTokens>): void {
  themes.set(name, { ...defaultTheme, ...tokens });
}

export function getTheme(name: string | null | undefined): ThemeTokens {
  return themes.get(name ?? 'default') ?? defaultTheme;
}

export function themeNames(): string[] {
  return [...themes.keys()];
}
