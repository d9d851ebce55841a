/**
 * A polite live region: what keyboard navigation and listening say is read by
 * screen readers after what they are reading, in the chart's language (the
 * region sits inside the chart's `<figure lang>`). The element renders it
 * (`element`) once; saying the same words twice in a row still speaks them.
 */
export class Announcer {
  readonly element: HTMLElement;
  private flip = false;

  constructor() {
    this.element = document.createElement('p');
    this.element.className = 'visually-hidden';
    this.element.setAttribute('part', 'announcer');
    this.element.setAttribute('role', 'status');
    this.element.setAttribute('aria-live', 'polite');
    this.element.setAttribute('aria-atomic', 'true');
  }

  /** The words last said, for tests. */
  get text(): string {
    return this.element.textContent?.replace(/\u00a0$/, '') ?? '';
  }

  say(text: string): void {
    // A changed text is a new announcement: a trailing no-break space on every other one makes a repeat a change.
    this.flip = !this.flip;
    this.element.textContent = this.flip ? text : `${text}\u00a0`;
  }

  clear(): void {
    this.element.textContent = '';
  }
}
