/**
 * Renders Storybook stories (CSF objects) on the test page, the way the
 * catalogue does — meta args under story args, the story's render or the
 * meta's — and waits for every chart in them to draw or fail.
 */
import type { AxeResults, RunOptions } from 'axe-core';
import { render as litRender, type TemplateResult } from 'lit';
import type { LnobChart } from '../../index.js';
import { scaledBudget } from '../time-budget.js';

export interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: any, context: any) => unknown;
  parameters?: Record<string, any>;
}

export interface MetaLike extends StoryLike {
  title?: string;
}

export type ChartOutcome = { type: 'lnob-render' } | { type: 'lnob-error'; code: string; message: string };

export interface Rendered {
  host: HTMLElement;
  charts: LnobChart[];
  outcomes: ChartOutcome[];
  /** console.error calls, uncaught exceptions and unhandled rejections seen while rendering. */
  problems: string[];
}

const mounted: HTMLElement[] = [];

export function cleanupStories(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/** A CSF module's stories: named exports that are objects (or functions), in export order. */
export function storiesOf(module: Record<string, unknown>): [string, StoryLike][] {
  return Object.entries(module).filter(
    ([name, value]) => name !== 'default' && name !== '__namedExportsOrder' && value !== null && (typeof value === 'object' || typeof value === 'function'),
  ) as [string, StoryLike][];
}

/**
 * Renders one story into a fresh host and waits for all its charts. `controls`: values a reader set in the
 * catalogue's controls, over the story's own args (which the render function still sees as `initialArgs`).
 */
export async function renderStory(meta: MetaLike, story: StoryLike, width = 720, controls: Record<string, unknown> = {}): Promise<Rendered> {
  const problems: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    originalError.apply(console, args);
  };
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const host = document.createElement('div');
    host.style.width = `${width}px`;
    const seen = new Map<EventTarget, ChartOutcome>();
    const waiting = new Map<EventTarget, () => void>();
    const record = (event: Event) => {
      const detail = (event as CustomEvent).detail ?? {};
      const target = event.composedPath()[0]!;
      if (seen.has(target)) return; // the first outcome counts
      seen.set(target, event.type === 'lnob-error' ? { type: 'lnob-error', code: detail.code, message: detail.message } : { type: 'lnob-render' });
      waiting.get(target)?.();
    };
    host.addEventListener('lnob-render', record);
    host.addEventListener('lnob-error', record);
    document.body.append(host);
    mounted.push(host);

    const initialArgs = { ...(meta.args ?? {}), ...(story.args ?? {}) };
    const args = { ...initialArgs, ...controls };
    const renderFn = story.render ?? meta.render ?? (typeof story === 'function' ? (story as (a: unknown) => unknown) : undefined);
    if (!renderFn) throw new Error(`story ${story.name ?? ''} has no render function`);
    const output = renderFn(args, { args, initialArgs, parameters: { ...meta.parameters, ...story.parameters }, title: meta.title, name: story.name });
    if (output instanceof Node) host.append(output);
    else litRender(output as TemplateResult, host);

    const charts = [...host.querySelectorAll('lnob-chart')];
    // Charts draw when scrolled near: bring each into view in turn.
    for (const chart of charts) {
      if (seen.has(chart)) continue;
      await new Promise<void>((resolve) => {
        waiting.set(chart, resolve);
        chart.scrollIntoView({ block: 'center' });
        if (seen.has(chart)) resolve();
      });
      await chart.updateComplete;
    }
    for (const card of host.querySelectorAll('lnob-stat')) await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { host, charts, outcomes: charts.map((chart) => seen.get(chart)!), problems };
  } finally {
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** The data marks Vega drew (axes, legends and titles are not marks). */
export function markCount(root: ParentNode): number {
  return root.querySelectorAll('svg g.role-mark > *').length;
}

export function chartMarks(chart: Element): number {
  return markCount(chart.shadowRoot!);
}

/** The visible error message of a chart, or '' when it shows none. */
export function alertText(chart: Element): string {
  const alert = chart.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
  if (!alert || alert.hidden || alert.closest('[hidden]')) return '';
  return alert.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

type Axe = { run(context: Element, options: RunOptions): Promise<AxeResults> };

let axe: Axe | undefined;

/** axe-core registers itself on window when loaded as a script. */
export async function loadAxe(): Promise<Axe> {
  if (!axe) {
    await import('axe-core/axe.min.js' as string);
    axe = (window as unknown as { axe: Axe }).axe;
  }
  return axe;
}

export const WCAG_21_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/** axe violations in plain lines: rule, impact, where. */
export async function violations(element: Element): Promise<string[]> {
  const results = await (await loadAxe()).run(element, WCAG_21_AA);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${JSON.stringify(node.target)} — ${violation.help}`),
  );
}

/**
 * Pastes a snippet into a blank page (an iframe with srcdoc) that loads only
 * the standalone bundle, and resolves when its chart has drawn or failed.
 */
export async function pasteIntoBlankPage(snippet: string, bundleUrl: string, width = 720): Promise<{ frame: HTMLIFrameElement; chart: Element; outcome: ChartOutcome }> {
  const html = snippet.replace(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/lnob-charts@[^"]+\/dist\/lnob-charts\.js"/, `src="${bundleUrl}"`);
  if (html === snippet) throw new Error('the snippet does not load lnob-charts.js from its CDN URL');
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width + 40}px;height:900px;border:0`;
  frame.title = 'A blank page with the pasted snippet';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>\n${html}\n</body></html>`;
  document.body.append(frame);
  mounted.push(frame);
  frame.scrollIntoView({ block: 'start' });
  await loaded;
  const doc = frame.contentDocument!;
  const outcome = await new Promise<ChartOutcome>((resolve, reject) => {
    // 15 s on an idle machine, more on a busy one (within the test runner's own limit).
    const limit = Math.min(scaledBudget(7500), 50_000);
    const timer = setTimeout(() => reject(new Error(`the pasted snippet neither drew nor failed within ${Math.round(limit / 1000)} s`)), limit);
    const done = (event: Event) => {
      clearTimeout(timer);
      const detail = (event as CustomEvent).detail ?? {};
      resolve(event.type === 'lnob-error' ? { type: 'lnob-error', code: detail.code, message: detail.message } : { type: 'lnob-render' });
    };
    doc.addEventListener('lnob-render', done, { once: true });
    doc.addEventListener('lnob-error', done, { once: true });
    // It may have drawn already, before we listened.
    const chart = doc.querySelector('lnob-chart');
    if (chart?.shadowRoot && markCount(chart.shadowRoot) > 0) done(new CustomEvent('lnob-render'));
    else if (chart?.shadowRoot && alertText(chart)) done(new CustomEvent('lnob-error', { detail: { code: 'unknown', message: alertText(chart) } }));
  });
  return { frame, chart: doc.querySelector('lnob-chart')!, outcome };
}

/** `sha384-…` of a file the test server serves, as a page's integrity attribute wants it. */
export async function integrityOf(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/**
 * A guide's example story (a frame holding one chart and its code panel) put on the page: resolves once its chart
 * has drawn, with the chart and the code to copy; `remove()` takes it away. Fails with the chart's own message.
 */
export async function drawnExample(story: { render?: unknown }): Promise<{ chart: LnobChart; code: string; remove: () => void }> {
  const frame = (story.render as () => HTMLElement)();
  const outcome = new Promise<Event>((resolve) => {
    frame.addEventListener('lnob-render', resolve, { once: true });
    frame.addEventListener('lnob-error', resolve, { once: true });
  });
  document.body.append(frame);
  const event = (await outcome) as CustomEvent<{ message?: string }>;
  if (event.type === 'lnob-error') {
    frame.remove();
    throw new Error(`expected a chart, got: ${event.detail.message}`);
  }
  const chart = frame.querySelector('lnob-chart') as LnobChart;
  await chart.updateComplete;
  return { chart, code: (frame.querySelector('lnob-code-panel') as HTMLElement & { code: string }).code, remove: () => frame.remove() };
}
