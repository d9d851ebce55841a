import type { LnobChart } from '../index.js';
import type { LnobErrorDetail, LnobRenderDetail } from '../components/shared/events.js';
import { ChartView } from '../render/view.js';

export { scaledBudget, slowdown } from './time-budget.js';

export type Outcome =
  | { type: 'lnob-render'; detail: LnobRenderDetail }
  | { type: 'lnob-error'; detail: LnobErrorDetail };

const mounted: HTMLElement[] = [];

/**
 * Puts markup on the page and resolves with the first render or error event
 * of the first <lnob-chart> in it. The listener is attached before the
 * element connects, so no event can be missed.
 */
export function mount(markup: string, width = 600): { chart: LnobChart; host: HTMLElement; outcome: Promise<Outcome> } {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  const outcome = nextOutcome(host);
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push(host);
  return { chart: host.querySelector('lnob-chart')!, host, outcome };
}

/**
 * A chart given `.data` (any value: the property is what is tested) before it
 * connects, with `attributes`; resolves with its first render or error event.
 * `cleanup` removes it.
 */
export function mountWithData(attributes: Readonly<Record<string, string>>, data: unknown, width = 600): { chart: LnobChart; outcome: Promise<Outcome> } {
  const chart = document.createElement('lnob-chart') as LnobChart;
  for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
  chart.data = data as LnobChart['data'];
  const outcome = nextOutcome(chart);
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  host.append(chart);
  document.body.append(host);
  mounted.push(host);
  return { chart, outcome };
}

export function nextOutcome(target: EventTarget): Promise<Outcome> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      target.removeEventListener('lnob-render', done);
      target.removeEventListener('lnob-error', done);
      resolve({ type: event.type, detail: (event as CustomEvent).detail } as Outcome);
    };
    target.addEventListener('lnob-render', done);
    target.addEventListener('lnob-error', done);
  });
}

/** Mounts and waits: fails with the chart's own message if it did not render. */
export async function rendered(markup: string, width?: number) {
  const result = mount(markup, width);
  const outcome = await result.outcome;
  if (outcome.type === 'lnob-error') throw new Error(`expected a chart, got ${outcome.detail.code}: ${outcome.detail.message}`);
  return { ...result, view: outcome.detail.view };
}

export async function failed(markup: string) {
  const result = mount(markup);
  const outcome = await result.outcome;
  if (outcome.type !== 'lnob-error') throw new Error('expected an error, but the chart rendered');
  await result.chart.updateComplete;
  return { ...result, error: outcome.detail, alert: result.chart.shadowRoot!.querySelector('[role="alert"]')! };
}

/** Waits for the chart's next render that draws `rows` rows (earlier renders and errors are let pass). */
export function renderOf(chart: LnobChart, rows: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (event: CustomEvent<LnobRenderDetail>) => {
      if (event.detail.view.data('table').length !== rows) return;
      chart.removeEventListener('lnob-render', done);
      resolve();
    };
    chart.addEventListener('lnob-render', done);
  });
}

const heldRun = Math.random().toString(36).slice(2);
let heldCount = 0;

/**
 * A URL the test server holds until the test releases it (test/server-middleware.js): answers arrive in the
 * order a test chooses, whatever the machine's load, instead of after guessed delays.
 * `arrived()` resolves once the request has reached the server (the fetch is in flight); `release()` once the
 * answer has gone out, or the browser has given up on the request (or never sent it: a fetch that timed out first).
 */
export function heldUrl(path: string): { url: string; arrived(): Promise<void>; release(): Promise<void> } {
  const key = `${heldRun}-${++heldCount}`;
  const call = (verb: string) => fetch(`/${verb}/${key}`).then(() => undefined);
  return { url: `/held/${key}${path}`, arrived: () => call('arrived'), release: () => call('release') };
}

/** Lets the browser run what is already queued (a late answer's handlers, a render it would start). */
export async function settled(chart: LnobChart): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await chart.updateComplete;
}

export function cleanup(): void {
  for (const host of mounted.splice(0)) host.remove();
}

export function svgOf(chart: LnobChart): SVGSVGElement {
  return chart.shadowRoot!.querySelector('svg')!;
}

/** The bars of a ranked-bar chart: Vega draws each as a path inside g.mark-rect. */
export function bars(chart: LnobChart): SVGPathElement[] {
  return [...svgOf(chart).querySelectorAll<SVGPathElement>('g.mark-rect path')];
}

/** Text of the value labels, in drawing order. */
export function labels(chart: LnobChart): string[] {
  return [...svgOf(chart).querySelectorAll('g.mark-text.role-mark text')].map((t) => t.textContent ?? '');
}

export function shadowText(chart: LnobChart, selector: string): string {
  return chart.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The data table once its rows are in: they come when the browser is next idle after the chart is drawn
 * (or at once when the reader opens the table), so a test waits for them as a screen reader would.
 */
export async function filledTable(chart: LnobChart): Promise<HTMLTableElement> {
  // However long a busy machine keeps the browser from being idle: the test's own time limit is the budget.
  for (;;) {
    const table = chart.shadowRoot!.querySelector<HTMLTableElement>('[part="table"] table');
    if (table?.tBodies.length) return table;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Holds every chart's drawing until `release()`, as a slow connection holds Vega; `restore()` undoes it (call it in `finally`). */
export function holdDrawings(): { release(): void; restore(): void } {
  const render = ChartView.prototype.render;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  ChartView.prototype.render = async function (this: ChartView, ...args: Parameters<ChartView['render']>) {
    await held;
    return render.apply(this, args);
  };
  return {
    release,
    restore() {
      ChartView.prototype.render = render;
      release();
    },
  };
}
