import { resolveTheme, resolveTokens, themeToVega, type ThemeTokens } from '../themes/index.js';

/**
 * A chart's theme, resolved once for every shell: the named theme (`auto`
 * following the reader's colour scheme), the goal's colour as accent, and the
 * page's own `--lnob-*` tokens over both, as Vega config and signals.
 */
export interface ChartTheme {
  /** Names everything the Vega config depends on: the same key, the same config. */
  readonly key: string;
  /** The theme actually used (`auto` becomes `default` or `dark`; an unknown name becomes `default`). */
  readonly name: string;
  /** False when `theme="…"` names no theme. */
  readonly known: boolean;
  readonly tokens: ThemeTokens;
  readonly vega: ReturnType<typeof themeToVega>;
}

export interface ThemeInput {
  /** The `theme` attribute. */
  readonly name: string | null | undefined;
  /** The chart's SDG goal (`goal`, else the indicator preset's): its colour is the accent. */
  readonly goal?: number | undefined;
  /** The reader prefers dark colours (for `theme="auto"`). */
  readonly prefersDark?: boolean | undefined;
  /** A design token the page sets (`--lnob-color-accent` → its value, '' when unset). None outside a page. */
  readonly token?: ((property: string) => string) | undefined;
}

/** Theme → Vega config and signals by resolved tokens: pure, so shared page-wide (bounded: a page has few themes). */
const cache = new Map<string, ReturnType<typeof themeToVega>>();

export function chartTheme({ name, goal, prefersDark = false, token = () => '' }: ThemeInput): ChartTheme {
  const resolved = resolveTheme(name, { prefersDark, goal });
  const tokens = resolveTokens(resolved.tokens, token);
  const key = `${resolved.name}|${JSON.stringify(tokens)}|${JSON.stringify(resolved.settings)}`;
  // Charts on a page share a few themes: work each one out once (contrast outlines take some computing).
  let vega = cache.get(key);
  if (!vega) {
    if (cache.size > 32) cache.clear(); // a page that keeps changing tokens (a playground) stays bounded
    cache.set(key, (vega = themeToVega(tokens, resolved.settings)));
  }
  return { key, name: resolved.name, known: resolved.known, tokens, vega };
}
