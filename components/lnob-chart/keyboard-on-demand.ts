import { css } from 'lit';
import type { A11yStrings } from '../../i18n/strings.js';
import { a11yWords, drawingName, walksByValue, type PointsPlan } from '../../render/data-points.js';
import type { KeyboardNavigation, NavigationHost } from './keyboard-navigation.js';
import type { Listening } from './listening.js';

/**
 * Keyboard navigation and listening (keyboard-navigation.ts, listening.ts, sonification.ts: about 8 KiB gzip) load
 * on first use — the drawing's first focus, or "Listen to the chart" in the share menu — not with the page: most
 * readers never use them, and on a slow connection every reader would wait for them (issue 21). The drawing is a
 * tab stop, named and described, from the moment it is drawn; keys pressed while the code is on its way are kept
 * and played to it, in order, once it has arrived.
 */
export interface KeyboardOnDemandHost extends Omit<NavigationHost, 'otherKey' | 'reached'> {
  readonly words: () => A11yStrings;
  readonly lang: () => string | undefined;
}

export interface KeyboardParts {
  readonly navigation: KeyboardNavigation;
  readonly listening: Listening;
}

/** Keys the navigation answers whose default (scrolling the page) must not happen while its code loads. */
const NAVIGATION_KEYS = /^(?:Arrow|Page|Home$|End$)/;

export class KeyboardOnDemand {
  private plan: PointsPlan | undefined;
  private parts: KeyboardParts | undefined;
  private loading: Promise<KeyboardParts> | undefined;
  private readonly waiting: KeyboardEvent[] = [];
  private bound: HTMLElement | undefined;

  constructor(private readonly host: KeyboardOnDemandHost) {}

  /** A chart just drawn: its drawing becomes the tab stop; the code loads when it first gets focus. */
  set(plan: PointsPlan): void {
    this.plan = plan;
    tabStop(this.host.container, plan);
    if (this.parts) return this.parts.navigation.set(plan);
    const box = this.host.container;
    if (this.bound === box) return;
    this.bound = box;
    box.addEventListener('focus', this.load);
    box.addEventListener('keydown', this.keep);
  }

  /** The chart is gone (an error): nothing to walk or play. */
  clear(): void {
    this.plan = undefined;
    this.parts?.navigation.clear();
    this.parts?.listening.stop();
  }

  /** Stops the chart playing (the element left the page). */
  stop(): void {
    this.parts?.listening.stop();
  }

  /** Plays the chart ("Listen to the chart"), once the code has loaded. */
  play(): Promise<void> {
    return this.load().then(({ listening }) => listening.play());
  }

  /** Loads the code once; resolves when the keys work. */
  readonly load = (): Promise<KeyboardParts> => {
    this.loading ??= import('./keyboard-parts.js').then((module) => this.start(module));
    return this.loading;
  };

  private readonly keep = (event: KeyboardEvent) => {
    if (this.parts || event.altKey || event.ctrlKey || event.metaKey) return;
    this.waiting.push(event);
    if (NAVIGATION_KEYS.test(event.key)) event.preventDefault();
    void this.load();
  };

  private start({ KeyboardNavigation, Listening }: typeof import('./keyboard-parts.js')): KeyboardParts {
    const host = this.host;
    const parts: KeyboardParts = {
      navigation: new KeyboardNavigation({
        container: host.container,
        view: host.view,
        announcer: host.announcer,
        tooltip: host.tooltip,
        otherKey: (event) => parts.listening.key(event),
        reached: (point, series) => parts.listening.reached(point, series),
      }),
      listening: new Listening({
        points: () => parts.navigation.data,
        words: host.words,
        lang: host.lang,
        announcer: host.announcer,
        follow: (series, index) => parts.navigation.follow(series, index),
      }),
    };
    this.parts = parts;
    const box = this.bound;
    box?.removeEventListener('focus', this.load);
    box?.removeEventListener('keydown', this.keep);
    if (this.plan) parts.navigation.set(this.plan);
    // The keys pressed meanwhile, if the drawing still has focus.
    const keys = this.waiting.splice(0);
    if (box && this.plan && (box.getRootNode() as ShadowRoot | Document).activeElement === box) {
      for (const { key, code, shiftKey } of keys) box.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true }));
    }
    return parts;
  }
}

/** The drawing as one tab stop, named and described (what the arrow keys do), before any of the code has loaded. */
function tabStop(box: HTMLElement, plan: PointsPlan): void {
  const words = a11yWords(plan.strings);
  box.tabIndex = 0;
  // An application: screen readers pass the arrow keys on, as for Highcharts' keyboard navigation.
  box.setAttribute('role', 'application');
  box.setAttribute('aria-roledescription', words.chart);
  box.setAttribute('aria-label', drawingName(plan));
  box.setAttribute('aria-description', walksByValue(plan) ? words.keysMap : words.keys); // read after the name
}

export const navigationStyles = css`
  .chart > [role='application']:focus {
    outline: none;
  }
  .chart > [role='application']:focus-visible {
    outline: 2px solid var(--_text);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
`;
