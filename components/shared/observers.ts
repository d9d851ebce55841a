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
