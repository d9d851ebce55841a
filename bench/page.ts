/**
 * The benchmark page. scripts/bench.js builds it, opens it in headless
 * Chromium and calls `window.lnobBench.measure(caseId, method)` round after
 * round. Each call draws one case one way, times it from the first line of
 * work until every chart is drawn and the page laid out (see `layOut`), counts
 * what was drawn, then clears it:
 *
 * - `lnob`  — `<lnob-chart eager>` elements with rows through `.data`, until each fires `lnob-render`;
 * - `embed` — plain `vegaEmbed` with the same Vega-Lite spec (data inlined, the same theme config and
 *   signal values, `actions: false`, SVG), until its promise resolves;
 * - `floor` — the same spec compiled to Vega beforehand, drawn with `new vega.View(vega.parse(spec))`
 *   until `runAsync()` resolves: what any Vega chart costs at least;
 * - `floorCsp` — the floor again, drawn the way <lnob-chart> must under a strict Content-Security-Policy
 *   (expressions parsed to an AST and run by vega-interpreter instead of compiled with `new Function`).
 *
 * "The same chart" is not assumed: before timing, each chart of a case is drawn once by <lnob-chart>
 * and the request it gives the renderer (theme config, signal values, typed rows, extra datasets, size)
 * is captured; the Vega-Lite spec for vega-embed is built from exactly that.
 */
import '../index.js';
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile as compileVegaLite, type TopLevelSpec } from 'vega-lite';
import vegaEmbed, { type EmbedOptions, type Result as EmbedResult } from 'vega-embed';
import type { LnobChart } from '../components/lnob-chart/lnob-chart.js';
import { precompiledSpecs } from '../render/precompiled.js';
import { loadVega } from '../render/view.js';
import type { LnobRenderDetail } from '../components/shared/events.js';
import { getTemplate } from '../templates/index.js';
import type { ChartTemplate } from '../templates/types.js';
import { CASES, type BenchCase } from './cases.js';
import { chartMarkup } from '../components/shared/embed-code.js';

export type Method = 'lnob' | 'embed' | 'floor' | 'floorCsp';

export interface Measurement {
  readonly ms: number;
  /** Elements inside the charts' <svg>, summed over the charts. */
  readonly nodes: number;
  /** The case's marks (bars, lines, shapes), summed over the charts. */
  readonly marks: number;
  /** The longest main-thread task (PerformanceObserver 'longtask', > 50 ms) seen while drawing, or 0. */
  readonly longestTask: number;
  /** <lnob-chart> drawing one chart: where its time went. */
  readonly breakdown?: Breakdown;
}

/** The width of the box every chart is drawn in. */
const WIDTH = 600;

/** Vega's log level `Error` (vega.Error, not in its type declarations). */
const LOG_ERRORS_ONLY = 1;
/**
 * Plain vega-embed. Only its log level is lowered: Vega-Lite warns "Dropping fit-y" for every
 * step-sized chart (harmless; <lnob-chart> avoids it by setting autosize after compiling), and
 * printing that warning would slow vega-embed down.
 */
const EMBED_OPTIONS: EmbedOptions = { actions: false, renderer: 'svg', logLevel: LOG_ERRORS_ONLY };

const host = document.createElement('div');
host.style.width = `${WIDTH}px`;
document.body.append(host);

let longestTask = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
}).observe({ type: 'longtask', buffered: false });

interface Prepared {
  readonly bench: BenchCase;
  readonly template: ChartTemplate;
  /** Per chart: the rows given to <lnob-chart> through `.data`. */
  readonly rows: Record<string, string | number>[][];
  /** Per chart: the Vega-Lite spec given to vega-embed (data inlined), made on first use. */
  vegaLite?: TopLevelSpec[];
  /** Per chart: the Vega spec it compiles to (the floor draws this), compiled on first use. */
  vega?: vega.Spec[];
}

function newChart(bench: BenchCase, rows: object[]): LnobChart {
  const chart = document.createElement('lnob-chart');
  chart.template = bench.template;
  for (const [name, value] of Object.entries(bench.attributes ?? {})) chart.setAttribute(name, value);
  chart.eager = true;
  chart.data = rows;
  return chart;
}

/** Resolves when every <lnob-chart> in `host` has drawn; rejects with the first chart's error. */
function allDrawn(count: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let left = count;
    const onRender = () => {
      if (--left === 0) done(resolve);
    };
    const onError = (event: Event) => done(() => reject(new Error(`<lnob-chart> failed: ${JSON.stringify((event as CustomEvent).detail)}`)));
    const done = (then: () => void) => {
      host.removeEventListener('lnob-render', onRender);
      host.removeEventListener('lnob-error', onError);
      then();
    };
    host.addEventListener('lnob-render', onRender);
    host.addEventListener('lnob-error', onError);
  });
}

/** What <lnob-chart> drew one chart from: its plan and the request it gave the renderer (the `lnob-render` event). */
async function capture(bench: BenchCase, rows: object[]): Promise<LnobRenderDetail> {
  let detail: LnobRenderDetail | undefined;
  const onRender = (event: CustomEvent<LnobRenderDetail>) => (detail = event.detail);
  host.addEventListener('lnob-render', onRender);
  try {
    const drawn = allDrawn(1);
    host.append(newChart(bench, rows));
    await drawn;
  } finally {
    host.removeEventListener('lnob-render', onRender);
    host.replaceChildren();
  }
  if (!detail) throw new Error('<lnob-chart> drew without saying what');
  return detail;
}

/**
 * The template's own Vega-Lite spec, made self-contained with what <lnob-chart> gave its renderer. A case that
 * keeps part of a bigger file (`sliceInVega`) gives vega-embed and the floor the whole file instead, with
 * transforms that keep the same rows, so that all three do the same job.
 */
function standaloneSpec(bench: BenchCase, { plan, request }: LnobRenderDetail, rows: object[]): TopLevelSpec {
  const spec = structuredClone(plan.template.spec(plan.options, { fixedHeight: request.height !== undefined })) as TopLevelSpec & Record<string, unknown>;
  const signals = request.signals as Record<string, unknown>;
  const params = (spec['params'] as { name: string; value?: unknown }[] | undefined) ?? [];
  spec['params'] = params.map((param) => (param.name in signals ? { ...param, value: signals[param.name] } : param));
  spec['datasets'] = { table: bench.sliceInVega ? rows : request.rows, ...request.datasets };
  if (bench.sliceInVega) (spec as Record<string, unknown>)['transform'] = [...bench.sliceInVega, ...((spec['transform'] as object[] | undefined) ?? [])];
  spec['width'] = request.width;
  const height = request.height ?? (request.aspectRatio ? Math.round(request.width * request.aspectRatio) : undefined);
  if (height !== undefined) spec['height'] = height;
  spec['autosize'] = { type: request.height !== undefined ? 'fit' : 'fit-x', contains: 'padding' };
  spec['config'] = { ...(request.config as object), ...((spec['config'] as object | undefined) ?? {}) };
  return structuredClone(spec); // plain data: no Vega ids left on the rows
}

const prepared = new Map<string, Prepared>();

function prepare(id: string): Prepared {
  let result = prepared.get(id);
  if (!result) {
    const bench = CASES.find((c) => c.id === id);
    if (!bench) throw new Error(`no bench case "${id}"`);
    const template = getTemplate(bench.template);
    if (!template) throw new Error(`template "${bench.template}" is not registered`);
    result = { bench, template, rows: Array.from({ length: bench.charts }, (_, i) => bench.rows(i)) };
    prepared.set(id, result);
  }
  return result;
}

/**
 * The vega-embed specs, from <lnob-chart>'s own drawings (which warm up Vega: a fresh page measuring
 * vega-embed or the floor is given the specs from another page instead, see `useSpecs`).
 */
async function vegaLiteSpecs(p: Prepared): Promise<TopLevelSpec[]> {
  if (!p.vegaLite) {
    const specs: TopLevelSpec[] = [];
    for (const rows of p.rows) specs.push(standaloneSpec(p.bench, await capture(p.bench, rows), rows));
    p.vegaLite = specs;
  }
  return p.vegaLite;
}

/** The specs of a case as plain JSON, to hand to a fresh page. */
async function exportSpecs(caseId: string): Promise<{ vegaLite: TopLevelSpec[]; vega: vega.Spec[] }> {
  const p = prepare(caseId);
  await vegaLiteSpecs(p);
  return { vegaLite: p.vegaLite!, vega: floorSpecs(p) };
}

/**
 * The cold-load page's chart as the embed code now writes it (issue 21): drawn once here, `width` px wide, then written
 * with its words and room for first paint (`words`), and the same with the drawing as fallback picture (`picture`).
 */
async function firstPaintMarkup(rows: readonly { category: string; value: number }[], attributes: Record<string, string>, width: number): Promise<{ words: string; picture: string }> {
  const csv = ['category,value', ...rows.map((row) => `${row.category},${row.value}`)].join('\n');
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const chart = document.createElement('lnob-chart') as LnobChart;
  for (const [name, value] of Object.entries({ template: 'ranked-bar', ...attributes, eager: '' })) chart.setAttribute(name, value);
  chart.data = rows;
  const drawn = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
  box.append(chart);
  document.body.append(box);
  await drawn;
  const firstPaint = { chartHeight: chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().height };
  const svg = await chart.view!.toSVG();
  box.remove();
  return {
    words: chartMarkup('ranked-bar', attributes, csv, 'script', undefined, undefined, firstPaint),
    picture: chartMarkup('ranked-bar', attributes, csv, 'script', svg, undefined, firstPaint),
  };
}

function useSpecs(caseId: string, specs: { vegaLite: TopLevelSpec[]; vega: vega.Spec[] }): void {
  const p = prepare(caseId);
  p.vegaLite = specs.vegaLite;
  p.vega = specs.vega;
}

function quietLogger(): NonNullable<NonNullable<Parameters<typeof compileVegaLite>[1]>['logger']> {
  const logger = { level: () => logger, error: () => logger, warn: () => logger, info: () => logger, debug: () => logger };
  return logger as unknown as ReturnType<typeof quietLogger>;
}

/** Compiled only when the floor is first drawn, so a fresh page measuring another method never warms up Vega-Lite. */
function floorSpecs(p: Prepared): vega.Spec[] {
  if (!p.vegaLite) throw new Error('the Vega-Lite specs are not made yet');
  p.vega ??= p.vegaLite.map((spec) => compileVegaLite(structuredClone(spec), { logger: quietLogger() }).spec);
  return p.vega;
}

function count(roots: readonly ParentNode[], selector: string): { nodes: number; marks: number } {
  let nodes = 0;
  let marks = 0;
  for (const root of roots) {
    const svg = root.querySelector('svg');
    if (!svg) throw new Error('a chart drew no <svg>');
    nodes += svg.querySelectorAll('*').length;
    marks += svg.querySelectorAll(selector).length;
  }
  return { nodes, marks };
}

/**
 * Makes the browser lay the page out now, so every way of drawing is timed until its charts are laid out
 * and ready to paint. Without it the three ways would not be timed alike: <lnob-chart> reads its box's width
 * before drawing (it must, to size the chart), so the browser lays the page out during its run, while
 * vega-embed and the floor are given the width and leave all of the page's layout until after their timer.
 */
function layOut(): void {
  void host.getBoundingClientRect().height;
}

/** A drawing by vega-embed or the floor, timed from `started` until the page is laid out. */
function laidOut(started: number, boxes: HTMLElement[], drawn: readonly { finalize(): void }[]): Drawing {
  layOut();
  const ms = performance.now() - started;
  return {
    ms,
    roots: boxes,
    clear: () => {
      for (const each of drawn) each.finalize();
      host.replaceChildren();
    },
  };
}

interface Drawing {
  readonly ms: number;
  readonly roots: ParentNode[];
  readonly breakdown?: Breakdown;
  clear(): void;
}

/**
 * With one chart, where its time went: the element says when it handed its request to the renderer
 * (`lnob-render`'s `requested`), and the event's arrival ends the renderer's part.
 */
async function drawLnob(p: Prepared): Promise<Drawing> {
  let requested = 0;
  let rendered = 0;
  const onRender = (event: CustomEvent<LnobRenderDetail>) => {
    rendered = performance.now();
    requested = event.detail.requested;
  };
  if (p.bench.charts === 1) host.addEventListener('lnob-render', onRender);
  try {
    const started = performance.now();
    const drawn = allDrawn(p.bench.charts);
    const charts = p.rows.map((rows) => host.appendChild(newChart(p.bench, rows)));
    await drawn;
    layOut();
    const ended = performance.now();
    return {
      ms: ended - started,
      roots: charts.map((chart) => chart.shadowRoot!),
      clear: () => host.replaceChildren(),
      ...(p.bench.charts === 1 ? { breakdown: { before: requested - started, renderer: rendered - requested, after: ended - rendered } } : {}),
    };
  } finally {
    host.removeEventListener('lnob-render', onRender);
  }
}

async function drawEmbed(p: Prepared): Promise<Drawing> {
  const specs = (await vegaLiteSpecs(p)).map((spec) => structuredClone(spec)); // vega-embed must not see a spec it has seen before
  const started = performance.now();
  const boxes = specs.map(() => host.appendChild(document.createElement('div')));
  const results: EmbedResult[] = await Promise.all(specs.map((spec, i) => vegaEmbed(boxes[i]!, spec, EMBED_OPTIONS)));
  return laidOut(started, boxes, results);
}

function drawVega(csp: boolean) {
  return async (p: Prepared): Promise<Drawing> => {
    const specs = floorSpecs(p).map((spec) => structuredClone(spec)); // as fresh as vega-embed's
    const started = performance.now();
    const boxes = specs.map(() => host.appendChild(document.createElement('div')));
    const views = specs.map((spec, i) =>
      csp
        ? new vega.View(vega.parse(spec, undefined, { ast: true }), { renderer: 'svg', container: boxes[i]!, expr: expressionInterpreter })
        : new vega.View(vega.parse(spec), { renderer: 'svg', container: boxes[i]! }),
    );
    await Promise.all(views.map((view) => view.runAsync()));
    return laidOut(started, boxes, views);
  };
}

const DRAW: Record<Method, (p: Prepared) => Promise<Drawing>> = { lnob: drawLnob, embed: drawEmbed, floor: drawVega(false), floorCsp: drawVega(true) };

/** A task boundary, so long-task entries and observers of the previous drawing are delivered. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

async function measure(caseId: string, method: Method): Promise<Measurement> {
  const p = prepare(caseId);
  if (method !== 'lnob') await vegaLiteSpecs(p);
  if (method === 'floor' || method === 'floorCsp') floorSpecs(p);
  await settle();
  longestTask = 0;
  const drawing = await DRAW[method](p);
  await settle();
  const counted = count(drawing.roots, p.bench.markSelector);
  const result = { ms: drawing.ms, ...counted, longestTask, ...(drawing.breakdown ? { breakdown: drawing.breakdown } : {}) };
  drawing.clear();
  return result;
}

/** Checks that vega-embed lays the first chart out exactly as <lnob-chart> does (same width and height). */
async function verify(caseId: string): Promise<string[]> {
  const p = prepare(caseId);
  const specs = await vegaLiteSpecs(p);
  const drawn = allDrawn(1);
  const chart = host.appendChild(newChart(p.bench, p.rows[0]!));
  await drawn;
  const view = chart.view!;
  const box = host.appendChild(document.createElement('div'));
  const embedded = await vegaEmbed(box, structuredClone(specs[0]!), EMBED_OPTIONS);
  const problems: string[] = [];
  if (view.width() !== embedded.view.width() || view.height() !== embedded.view.height()) {
    problems.push(`<lnob-chart> drew ${view.width()}×${view.height()}, vega-embed ${embedded.view.width()}×${embedded.view.height()}`);
  }
  embedded.finalize();
  host.replaceChildren();
  return problems;
}

export interface Breakdown {
  /** From creating the element until it hands its request to the renderer: Lit, reading and typing the data, the text around the chart, theme, measuring. */
  readonly before: number;
  /** The renderer (render/view.ts) until `lnob-render`: waiting for its task, parsing (once per spec and theme), the Vega view and its run, and naming the drawing. */
  readonly renderer: number;
  /** From `lnob-render` until the page is laid out. */
  readonly after: number;
}

/** Mounts one chart of a case, waits for it to draw and removes it, `count` times (for the heap figure). */
async function churn(caseId: string, count: number): Promise<void> {
  const p = prepare(caseId);
  for (let i = 0; i < count; i++) {
    const drawn = allDrawn(1);
    const chart = host.appendChild(newChart(p.bench, p.rows[0]!));
    await drawn;
    chart.remove();
  }
}

/** The cases, with the template of those that cannot run yet. */
function cases(): { id: string; label: string; charts: number; reportLongestTask?: boolean; missing?: string }[] {
  return CASES.map((c) => ({
    id: c.id,
    label: c.label,
    charts: c.charts,
    ...(c.reportLongestTask ? { reportLongestTask: true } : {}),
    ...(getTemplate(c.template) ? {} : { missing: c.template }),
  }));
}

declare global {
  interface Window {
    lnobBench: {
      ready: true;
      cases: typeof cases;
      measure: typeof measure;
      verify: typeof verify;
      exportSpecs: typeof exportSpecs;
      useSpecs: typeof useSpecs;
      churn: typeof churn;
      firstPaintMarkup: typeof firstPaintMarkup;
    };
  }
}

/**
 * Every way of drawing starts with its code loaded: vega-embed, Vega-Lite and Vega are imported above, and
 * <lnob-chart>'s own lazy chunks (Vega's runtime, the precompiled specs) are loaded here. The bench times
 * drawing, not downloading.
 */
await Promise.all([loadVega(), ...Object.values(precompiledSpecs).map((load) => load())]);

window.lnobBench = { ready: true, cases, measure, verify, exportSpecs, useSpecs, churn, firstPaintMarkup };
