/**
 * Keeps the room a snippet's first-paint fallback took (components/shared/first-paint.ts) from the element's
 * upgrade until its first drawing (or its message): between the two, the element shows its title and source but
 * not yet the drawing, and without this hold the page under the chart would jump up, then down again.
 *
 * The room is measured once, before the shadow root exists (after it, the fallback is no longer laid out). Measuring
 * the chart's own height (a height the page set) must not see the hold: `without()` lifts it for that moment, in the
 * same task, so no frame ever shows the difference.
 */
export class FirstPaintHold {
  private previous: string | undefined;

  constructor(private readonly host: HTMLElement) {}

  /** Call before the shadow root is made: holds the height of the fallback, if the element has one laid out. */
  capture(): void {
    if (this.previous !== undefined) return;
    const parts = this.host.querySelectorAll(':scope > [data-lnob-fallback], :scope > table');
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last || !this.host.querySelector(':scope > [data-lnob-fallback]')) return;
    // The host is still an inline box around block children: the room is from the first part's top to the last's bottom.
    const height = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
    if (!(height > 0)) return;
    this.previous = this.host.style.minHeight;
    this.host.style.minHeight = `${height}px`;
    this.host.addEventListener('lnob-render', this.release);
    this.host.addEventListener('lnob-error', this.release);
  }

  /** The first drawing (or message) is there: the element's own height from now on. */
  readonly release = (): void => {
    if (this.previous === undefined) return;
    this.host.style.minHeight = this.previous;
    this.previous = undefined;
    this.host.removeEventListener('lnob-render', this.release);
    this.host.removeEventListener('lnob-error', this.release);
  };

  /** Runs `measure` with the hold lifted (the chart box must not take the held room for a height the page set). */
  without<T>(measure: () => T): T {
    if (this.previous === undefined) return measure();
    const held = this.host.style.minHeight;
    this.host.style.minHeight = this.previous;
    try {
      return measure();
    } finally {
      this.host.style.minHeight = held;
    }
  }
}
