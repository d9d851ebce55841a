import type { View } from 'vega';
import type { ErrorCode } from '../../core/errors.js';
import type { ChartPlan } from '../../render/plan.js';
import type { ViewRequest } from '../../render/view.js';

export interface LnobRenderDetail {
  /** The Vega view that drew the chart. */
  readonly view: View;
  /** What the chart drew: typed rows, options, unit, the words around it, summary (render/plan.ts). */
  readonly plan: ChartPlan;
  /** What the renderer was asked to draw: compiled spec, theme config, signals, rows, size, locale. */
  readonly request: ViewRequest;
  /** When the request went to the renderer (`performance.now()`): the element's own work ends here. */
  readonly requested: number;
}

export interface LnobErrorDetail {
  readonly code: ErrorCode;
  /** The plain-words message also shown inside the chart. */
  readonly message: string;
}

export interface LnobWarningDetail {
  /** What the page's author should know, e.g. `unknown-theme`, `unknown-renderer`. Pages test `code`. */
  readonly code: string;
  /** In English, for the author (also written to the console); never shown inside the chart. */
  readonly message: string;
}

export interface LnobYearChangeDetail {
  /** The year now drawn. */
  readonly year: number;
  /** What the chart now shows: that year's rows, summary, table and words (render/plan.ts). */
  readonly plan: ChartPlan;
}

declare global {
  interface HTMLElementEventMap {
    'lnob-render': CustomEvent<LnobRenderDetail>;
    'lnob-error': CustomEvent<LnobErrorDetail>;
    'lnob-warning': CustomEvent<LnobWarningDetail>;
    'lnob-year-change': CustomEvent<LnobYearChangeDetail>;
  }
}

type LnobEvents = Pick<HTMLElementEventMap, 'lnob-render' | 'lnob-error' | 'lnob-warning' | 'lnob-year-change'>;
type DetailOf<K extends keyof LnobEvents> = LnobEvents[K] extends CustomEvent<infer D> ? D : never;

/** Fires one of the kit's events: bubbling and composed, so a page can listen on any ancestor. */
export function emit<K extends keyof LnobEvents>(target: HTMLElement, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
