import { onThemeRegistered } from '../../themes/index.js';

/**
 * Page-wide observers shared by every chart: one IntersectionObserver, one
 * ResizeObserver and one `beforeprint` listener, however many charts the page
 * has. Each chart registers a callback and removes it on disconnect.
 */
type Callback<T> = (value: T) => void;

function shared<T, O extends { observe(el: Element): void; unobserve(el: Element): void; disconnect(): void }>(
  create: (dispatch: (el: Element, value: T) => void) => O,
) {
  const callbacks = new Map<Element, Callback<T>>();
  let observer: O | undefined;
  return {
    observe(el: Element, callback: Callback<T>) {
      observer ??= create((target, value) => callbacks.get(target)?.(value));
      callbacks.set(el, callback);
      observer.observe(el);
    },
    unobserve(el: Element) {
      if (!callbacks.delete(el)) return;
      observer?.unobserve(el);
      if (callbacks.size === 0) {
        observer?.disconnect();
        observer = undefined;
      }
    },
    get size() {
      return callbacks.size;
    },
  };
}

/** Calls back with `true` when the element comes within 300 px of the viewport. */
export const visibility = shared<boolean, IntersectionObserver>(
  (dispatch) =>
    new IntersectionObserver((entries) => entries.forEach((e) => dispatch(e.target, e.isIntersecting)), { rootMargin: '300px' }),
);

/** Calls back with the element's new content-box size. */
export const resize = shared<DOMRectReadOnly, ResizeObserver>(
  (dispatch) =>
    new ResizeObserver((entries) => {
      // Deferred a frame so a chart that re-renders never re-enters layout within the observer's callback (no resize loops).
      requestAnimationFrame(() => entries.forEach((e) => dispatch(e.target, e.contentRect)));
    }),
);

const printCallbacks = new Set<() => void>();
function onBeforePrint() {
  printCallbacks.forEach((callback) => callback());
}

/** Calls back before the page is printed, so charts never scrolled into view still print. */
export const beforePrint = {
  add(callback: () => void) {
    if (printCallbacks.size === 0) window.addEventListener('beforeprint', onBeforePrint);
    printCallbacks.add(callback);
  },
  remove(callback: () => void) {
    if (printCallbacks.delete(callback) && printCallbacks.size === 0) window.removeEventListener('beforeprint', onBeforePrint);
  },
  get size() {
    return printCallbacks.size;
  },
};

const DARK_QUERY = '(prefers-color-scheme: dark)';
let darkQuery: MediaQueryList | undefined;

/** The reader's `prefers-color-scheme` is dark (for `theme="auto"`). */
export function prefersDark(): boolean {
  darkQuery ??= typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
  return darkQuery?.matches ?? false;
}

/** Attributes of `<html>` and `<body>` whose change may re-theme the page (sites' dark-mode switches use these). */
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-bs-theme', 'data-color-scheme', 'data-mode'];
const themeCallbacks = new Set<() => void>();
let themeObserver: MutationObserver | undefined;
let stopRegistry: (() => void) | undefined;
/** The MutationObserver already batches a script's changes into one call; each chart then re-reads its tokens once. */
function onThemeChange() {
  themeCallbacks.forEach((callback) => callback());
}

/**
 * Calls back when the page may have re-themed: a class, style or theme
 * attribute change on `<html>` or `<body>`, a `prefers-color-scheme`
 * change, or a theme registered with `registerTheme`. One MutationObserver and one media listener serve every chart.
 */
export const themeChanges = {
  add(callback: () => void) {
    if (themeCallbacks.size === 0) {
      themeObserver = new MutationObserver(onThemeChange);
      for (const el of [document.documentElement, document.body]) {
        if (el) themeObserver.observe(el, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
      }
      prefersDark();
      darkQuery?.addEventListener('change', onThemeChange);
      stopRegistry = onThemeRegistered(onThemeChange);
    }
    themeCallbacks.add(callback);
  },
  remove(callback: () => void) {
    if (!themeCallbacks.delete(callback) || themeCallbacks.size > 0) return;
    themeObserver?.disconnect();
    themeObserver = undefined;
    stopRegistry?.();
    stopRegistry = undefined;
    darkQuery?.removeEventListener('change', onThemeChange);
  },
  get size() {
    return themeCallbacks.size;
  },
};
