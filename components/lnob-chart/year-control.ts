import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { smallButton } from '../shared/chrome.styles.js';
import type { YearStrings } from '../../i18n/index.js';

/** How long each year stays on screen while playing: long enough to read the summary's change. */
export const PLAY_STEP_MS = 1400;

/** What the control needs from the chart. */
export interface YearControlHost extends ReactiveControllerHost, HTMLElement {}

export interface YearControlOptions {
  /** Draw another year (the chart updates its signals; nothing is compiled again). Resolves when drawn. */
  readonly select: (year: number) => Promise<void>;
  /** Does the reader ask for reduced motion? (Then the button steps one year at each press instead of playing.) */
  readonly reducedMotion?: () => boolean;
}

/**
 * The year control of a map or ranked bars drawn from several years: a native range input over the years (so the
 * arrow keys, Home, End and Page Up/Down work as everywhere, and screen readers hear the year through
 * `aria-valuetext`), the year written beside it, the first and last years under its ends, and a real button that
 * plays the years one after another and pauses (its name says which). With `prefers-reduced-motion` nothing
 * moves by itself: the button becomes "Next year" and steps once per press. Rendered below the title, in the
 * chart's direction (mirrored in Arabic), themed by the tokens.
 */
export class YearControl implements ReactiveController {
  private years: readonly number[] = [];
  private index = 0;
  private playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private words: YearStrings | undefined;

  constructor(
    private readonly host: YearControlHost,
    private readonly options: YearControlOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The years of the chart just drawn and the one it shows; none: no control. */
  set(choice: { readonly years: readonly number[]; readonly year: number } | undefined, words: YearStrings): void {
    this.words = words;
    this.years = choice?.years ?? [];
    this.index = Math.max(0, this.years.indexOf(choice?.year ?? NaN));
    if (this.years.length < 2) this.stop();
    this.host.requestUpdate();
  }

  /** The year shown, if the chart has a control. */
  get year(): number | undefined {
    return this.years.length > 1 ? this.years[this.index] : undefined;
  }

  render(): TemplateResult | typeof nothing {
    const words = this.words;
    if (!words || this.years.length < 2) return nothing;
    const year = String(this.years[this.index]);
    const first = String(this.years[0]);
    const last = String(this.years[this.years.length - 1]);
    const reduced = this.reducedMotion();
    const button = reduced ? words.next : this.playing ? words.pause : words.play;
    return html`<div part="year-control" class="year-control">
      <label class="year-label" for="year"><span>${words.year}</span> <output part="year" for="year" aria-hidden="true">${year}</output></label>
      <div class="year-track">
        <input
          id="year"
          part="year-slider"
          type="range"
          min="0"
          max=${this.years.length - 1}
          step="1"
          .value=${String(this.index)}
          aria-valuetext=${year}
          @input=${this.onInput}
        />
        <div class="year-ends" aria-hidden="true"><span>${first}</span><span>${last}</span></div>
      </div>
      <button part="year-play" type="button" class="year-play" @click=${this.onButton}>
        <span class="year-icon" aria-hidden="true">${reduced ? '⏭' : this.playing ? '⏸' : '▶'}</span>${button}
      </button>
    </div>`;
  }

  private readonly onInput = (event: Event) => {
    this.stop(); // a reader who moves the slider takes over from playing
    void this.go(Number((event.target as HTMLInputElement).value));
  };

  private readonly onButton = () => {
    if (this.reducedMotion()) return void this.go((this.index + 1) % this.years.length);
    if (this.playing) return this.stop();
    this.playing = true;
    // From the start when at the last year, as a video player does.
    void this.go(this.index === this.years.length - 1 ? 0 : this.index + 1).then(() => this.schedule());
  };

  /** The next year after a pause, until the last; then it stops by itself. */
  private schedule(): void {
    if (!this.playing) return;
    this.timer = setTimeout(() => void this.go(this.index + 1).then(() => this.schedule()), PLAY_STEP_MS);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.playing) {
      this.playing = false;
      this.host.requestUpdate();
    }
  }

  private async go(index: number): Promise<void> {
    const year = this.years[index];
    if (year === undefined) return;
    this.index = index;
    if (index === this.years.length - 1) this.stop(); // playing ends at the last year
    this.host.requestUpdate();
    await this.options.select(year);
  }

  private reducedMotion(): boolean {
    return this.options.reducedMotion?.() ?? (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  }
}

export const yearControlStyles = css`
  .year-control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_spacing) / 2) var(--_spacing);
    font-size: 0.86em;
  }
  .year-label {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .year-label output {
    min-width: 4ch;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .year-track {
    display: flex;
    flex: 1 1 10em;
    flex-direction: column;
    min-width: 8em;
  }
  .year-track input {
    width: 100%;
    margin: 0;
    min-height: 24px;
    accent-color: var(--_accent);
  }
  .year-track input:focus-visible {
    outline: var(--_focus-width) solid var(--_accent);
    outline-offset: 2px;
  }
  .year-ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .year-play {
    ${smallButton}
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    font-size: 1em;
  }
  .year-icon {
    display: inline-block;
    width: 1em;
    text-align: center;
  }
`;
