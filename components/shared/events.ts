import type { View } from 'vega';
import type { ErrorCode } from '../../core/errors.js';

export interface LnobRenderDetail {
  /** The Vega view that drew the chart. */
  readonly view: View;
}

export interface LnobErrorDetail {
  readonly code: ErrorCode;
  /** The plain-words message also shown inside the chart. */
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'lnob-render': CustomEvent<LnobRenderDetail>;
    'lnob-error': CustomEvent<LnobErrorDetail>;
  }
}

type LnobEvents = Pick<HTMLElementEventMap, 'lnob-render' | 'lnob-error'>;
type DetailOf<K extends keyof LnobEvents> = LnobEvents[K] extends CustomEvent<infer D> ? D : never;

/** Fires one of the kit's events: bubbling and composed, so a page can listen on any ancestor. */
export function emit<K extends keyof LnobEvents>(target: HTMLElement, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
