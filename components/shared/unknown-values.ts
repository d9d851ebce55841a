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

function warn(host: HTMLElement, code: string, value: string, message: string, log: boolean | 'info'): void {
  const key = `${code}|${value}`;
  const seen = told.get(host) ?? new Set<string>();
  told.set(host, seen);
  if (seen.has(key)) return;
  seen.add(key);
  if (log && !logged.has(key)) {
    logged.add(key);
    if (log === 'info') console.info(`lnob-charts: ${message}`);
    else console.warn(`lnob-charts: ${message}`);
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

/**
 * What the chart worked out about its data that the author may want to change — how the file was read, the
 * totals or latest years it chose, which attribute picks another slice (`plan.hints`). Readers see only the
 * chart's own note; the author gets an `lnob-warning` (once per element and message) and a console line.
 */
export function tellAuthor(host: HTMLElement, hints: readonly { readonly code: string; readonly message: string }[]): void {
  for (const { code, message } of hints) warn(host, code, message, message, 'info');
}
