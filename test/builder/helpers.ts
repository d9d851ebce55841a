/**
 * Walking the builder as a campaigner does: its controls by their labels,
 * changed as a person changes them (value, then a `change` event), and the
 * code it gives pasted into a blank page.
 */
import '../../index.js';
import '../../builder/lnob-builder.js';
import type { LnobChart } from '../../index.js';
import type { LnobBuilder } from '../../builder/lnob-builder.js';
import { scaledBudget } from '../time-budget.js';

const mounted: Element[] = [];

export function cleanupBuilders(): void {
  for (const element of mounted.splice(0)) element.remove();
}

export async function mountBuilder(lang = 'en'): Promise<LnobBuilder> {
  const builder = document.createElement('lnob-builder');
  builder.lang = lang;
  document.body.append(builder);
  mounted.push(builder);
  await builder.updateComplete;
  return builder;
}

export function root(builder: LnobBuilder): ShadowRoot {
  return builder.shadowRoot!;
}

/** A control found by its label's text, as a screen reader user finds it. */
export function control<T extends HTMLElement = HTMLInputElement>(builder: LnobBuilder, label: string | RegExp): T {
  const labels = [...root(builder).querySelectorAll('label')];
  const found = labels.find((l) => (typeof label === 'string' ? l.textContent!.trim() === label : label.test(l.textContent!.trim())));
  if (!found) throw new Error(`no control labelled ${label}; labels: ${labels.map((l) => l.textContent!.trim()).join(' | ')}`);
  return root(builder).getElementById(found.htmlFor) as T;
}

/** Sets a control's value and fires `change`, then waits for the builder to update. */
export async function change(builder: LnobBuilder, element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): Promise<void> {
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

export async function click(builder: LnobBuilder, element: HTMLElement): Promise<void> {
  element.click();
  await builder.updateComplete;
}

export function button(builder: LnobBuilder, text: string): HTMLButtonElement {
  const found = [...root(builder).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Pastes a table into the builder and uses it. */
export async function paste(builder: LnobBuilder, text: string): Promise<void> {
  root(builder).querySelector('textarea')!.value = text;
  await click(builder, button(builder, 'Use this data'));
  await builder.updateComplete;
}

export function desktopPreview(builder: LnobBuilder): LnobChart {
  return root(builder).querySelector<LnobChart>('.preview-desktop lnob-chart')!;
}

/** Waits for a chart's next drawing (or its error, which fails the test with the chart's message). */
export function nextDrawing(chart: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (event: Event) => {
      chart.removeEventListener('lnob-render', done);
      chart.removeEventListener('lnob-error', done);
      if (event.type === 'lnob-render') resolve();
      else reject(new Error(`the chart failed: ${(event as CustomEvent).detail.message}`));
    };
    chart.addEventListener('lnob-render', done);
    chart.addEventListener('lnob-error', done);
  });
}

/** Resolves once a new chart has drawn: at once if it already has, else at its first drawing. */
export function firstDrawing(chart: Element): Promise<void> {
  return (chart as LnobChart).view ? Promise.resolve() : nextDrawing(chart);
}

/** Bar lengths of a ranked-bar chart's drawing, in order: the numbers drawn, whatever the width. */
export function barLabels(chart: Element): string[] {
  return [...chart.shadowRoot!.querySelectorAll('svg g.mark-text.role-mark text')].map((t) => t.textContent ?? '');
}

/**
 * A blank page holding only the pasted code, in an iframe of this origin (the
 * kit's address in the code is a path on that site). `scripts: false` is a
 * page where scripts do not run (a sandbox without allow-scripts), as in a
 * CMS that strips them or a reader who turned JavaScript off.
 */
export async function blankPage(code: string, { scripts = true } = {}): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:760px;height:900px;border:0';
  frame.title = 'A blank page with the pasted code';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>\n${code}\n</body></html>`;
  // At the top of the page: a chart draws when it comes near the reader's view.
  document.body.prepend(frame);
  mounted.push(frame);
  frame.scrollIntoView({ block: 'start' });
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** The chart in a blank page, once drawn (or failed: the test fails with its message). */
export async function drawnIn(doc: Document): Promise<Element> {
  const chart = doc.querySelector('lnob-chart')!;
  await doc.defaultView!.customElements.whenDefined('lnob-chart');
  if (chart.shadowRoot?.querySelector('svg g.mark-text')) return chart;
  const outcome = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the pasted chart neither drew nor failed')), Math.min(scaledBudget(15_000), 50_000));
    chart.addEventListener('lnob-render', () => (clearTimeout(timer), resolve()), { once: true });
    chart.addEventListener('lnob-error', (e) => (clearTimeout(timer), reject(new Error((e as CustomEvent).detail.message))), { once: true });
  });
  await outcome;
  return chart;
}

/** What a chart on a pasted page drew, as that page's reporter posts it (test/server-middleware.js, /pasted/). */
export interface PastedChart {
  readonly type: 'lnob-render' | 'lnob-error';
  readonly origin: string;
  readonly message?: string;
  readonly title: string;
  readonly labels: readonly string[];
  readonly tableShown: boolean;
}

let pastes = 0;

/**
 * The pasted code on a partner's site: a blank page served from this server's other name (localhost ↔
 * 127.0.0.1), another origin, so a kit address that is a path (`/dist/lnob-charts.js`) is that site's own copy.
 * Resolves with what its chart drew (or its error).
 */
export async function pastedOnAnotherSite(code: string): Promise<PastedChart> {
  const key = `paste-${Date.now()}-${pastes++}`;
  await fetch(`/pasted/${key}`, { method: 'POST', body: code });
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:760px;height:900px;border:0';
  frame.title = 'A partner’s page with the pasted code';
  const outcome = new Promise<PastedChart>((resolve) => {
    const heard = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', heard);
      resolve(event.data as PastedChart);
    };
    window.addEventListener('message', heard);
  });
  frame.src = `http://${other}:${location.port}/pasted/${key}`;
  // At the top of the page: a chart draws when it comes near the reader's view.
  document.body.prepend(frame);
  mounted.push(frame);
  frame.scrollIntoView({ block: 'start' });
  return outcome;
}
