import { themeNames, unknownThemeMessage } from '../../themes/index.js';
import { emit } from './events.js';

/**
 * What an element does with a value its enumerated attributes do not know:
 * it draws with the default and tells the page's author — an `lnob-warning`
 * event (`detail: { code, message }`, once per element and value) and a line
 * in the console (once per page and value). Readers see the default; nothing
 * is shown inside the chart.
 */
const told = new WeakMap<HTMLElement, Set<string>>();
const logged = new Set<string>();

function warn(host: HTMLElement, code: 'unknown-theme' | 'unknown-renderer', value: string, message: string, log: boolean): void {
  const key = `${code}|${value}`;
  const seen = told.get(host) ?? new Set<string>();
  told.set(host, seen);
  if (seen.has(key)) return;
  seen.add(key);
  if (log && !logged.has(key)) {
    logged.add(key);
    console.warn(`lnob-charts: ${message}`);
  }
  emit(host, 'lnob-warning', { code, message });
}

/**
 * `theme="…"` naming no built-in or registered theme: the default theme is used.
 * `known` as resolveTheme found it (undefined: look it up now). resolveTheme
 * already writes the console line for a chart, so `log` is false there.
 */
export function warnUnknownTheme(host: HTMLElement, theme: string | null, known?: boolean, log = true): void {
  const name = (theme ?? '').trim().toLowerCase();
  if (!name || (known ?? themeNames().includes(name))) return;
  warn(host, 'unknown-theme', name, unknownThemeMessage(name), log);
}

/** The renderers `renderer="…"` accepts; anything else draws SVG. */
const RENDERERS = ['svg', 'canvas'] as const;

/** `renderer="…"` other than `svg` or `canvas`: the chart is drawn as SVG. */
export function warnUnknownRenderer(host: HTMLElement, renderer: string | null): void {
  if (renderer === null || (RENDERERS as readonly string[]).includes(renderer)) return;
  warn(host, 'unknown-renderer', renderer, `renderer="${renderer}" is not one of ${RENDERERS.join(', ')}, so the chart is drawn as svg.`, true);
}
