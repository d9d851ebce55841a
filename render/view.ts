import type { Config, Runtime, Spec as VegaSpec, View } from 'vega';
import type { CompiledSpec } from './compile.js';
import { ANNOTATIONS_DATA } from '../templates/annotation-names.js';
import { parsedAtBuild } from './parsed-at-build.js';

/**
 * The one module that talks to Vega. It parses a compiled spec once per theme
 * config, creates and updates the view, and finalizes it.
 *
 * Expressions: Vega compiles them to functions with `new Function` (fast), or
 * parses them to an AST run by vega-interpreter (no `eval`, so it works under
 * a strict Content-Security-Policy, but `npm run bench` measured it 1.1–1.4×
 * slower). The fast way is the default; a chart with `csp="strict"` uses the
 * interpreter (loaded only then), and the first time a page's policy refuses
 * `eval` every chart on that page switches to the interpreter by itself and
 * draws again.
 */
export type Renderer = 'svg' | 'canvas';

export interface ViewRequest {
  readonly compiled: CompiledSpec;
  readonly config: Config;
  readonly configKey: string;
  readonly signals: Readonly<Record<string, unknown>>;
  readonly rows: readonly object[];
  /** Named datasets besides `table` (see ChartTemplate.datasets). */
  readonly datasets?: Readonly<Record<string, object[]>> | undefined;
  readonly renderer: Renderer;
  readonly width: number;
  /** A fixed height in px, or undefined to size by step. */
  readonly height?: number | undefined;
  /** Without a fixed height: the height as a share of the width (see ChartTemplate.aspectRatio). */
  readonly aspectRatio?: number | undefined;
  /** Number and date formats of the chart's language (Vega's per-view `locale`; see i18n/locale.ts). */
  readonly locale?: { readonly number: object; readonly time: object } | undefined;
  /** A key naming `locale` (e.g. the language tag): a new one makes a new view. */
  readonly localeKey?: string | undefined;
  /** Never use `eval` for expressions (`csp="strict"`): the CSP-safe interpreter only. */
  readonly strict?: boolean | undefined;
}

/** True once this page's Content-Security-Policy refused `eval`: from then on every chart uses the interpreter. */
let evalRefused = false;

/** Is this the browser refusing `eval` because of a Content-Security-Policy? */
function isEvalRefused(error: unknown): boolean {
  return error instanceof EvalError || /unsafe-eval|Content Security Policy/i.test(String(error));
}

/** Whether a request's expressions run in the interpreter (CSP-safe) rather than as compiled functions. */
export function usesInterpreter(request: Pick<ViewRequest, 'strict'>): boolean {
  return request.strict === true || evalRefused;
}

/** Vega's parser and view, as the rest of this module uses them (types from the full package). */
interface VegaModule {
  parse: typeof import('vega').parse;
  View: typeof import('vega').View;
  /** Vega's expression code generator, sharing compiled functions page-wide (expression-cache.ts). */
  cachedCodegen: object;
  sharedLocale(key: string, definition: NonNullable<ViewRequest['locale']>): object;
  loadTransformsFor(spec: VegaSpec): Promise<void>;
  loadRenderer(renderer: Renderer): Promise<void>;
}
type Interpreter = (typeof import('vega-interpreter'))['expressionInterpreter'];
let vegaModule: Promise<VegaModule> | undefined;
let interpreterModule: Promise<Interpreter> | undefined;

/**
 * Loads Vega once (the heavy part: a separate chunk), and, given a compiled
 * spec, any transforms it needs that load on demand (a map's geographic ones).
 */
export async function loadVega(spec?: VegaSpec): Promise<VegaModule> {
  vegaModule ??= import('./vega-runtime.js') as Promise<VegaModule>;
  const vega = await vegaModule;
  if (spec) await vega.loadTransformsFor(spec);
  return vega;
}

/** Vega's expression interpreter, loaded only for a chart that needs it (CSP-safe mode): most pages never do. */
function loadInterpreter(): Promise<Interpreter> {
  interpreterModule ??= import('vega-interpreter').then((module) => module.expressionInterpreter);
  return interpreterModule;
}

const runtimes = new WeakMap<VegaSpec, Map<string, Runtime>>();

function runtimeFor(vega: VegaModule, spec: VegaSpec, config: Config, configKey: string, ast: boolean): Runtime {
  let byConfig = runtimes.get(spec);
  if (!byConfig) runtimes.set(spec, (byConfig = new Map()));
  const key = `${ast ? 'ast' : 'code'}|${configKey}`;
  let runtime = byConfig.get(key);
  if (!runtime) {
    // Expressions as trees (the CSP-safe interpreter) need a parse of their own; compiled ones may use the build's.
    runtime = (ast ? undefined : (parsedAtBuild(spec, configKey) as Runtime | undefined)) ?? vega.parse(spec, config, { ast });
    byConfig.set(key, runtime);
  }
  return runtime;
}

/**
 * A new view in the fastest mode the page allows. Under a policy that refuses
 * `eval`, the browser reports one violation, this page switches to the
 * interpreter for good, and the view is made again.
 */
async function createView(
  vega: VegaModule,
  request: Pick<ViewRequest, 'compiled' | 'config' | 'configKey' | 'strict' | 'locale' | 'localeKey'>,
  options: Record<string, unknown>,
): Promise<View> {
  const ast = usesInterpreter(request);
  const expr = ast ? await loadInterpreter() : vega.cachedCodegen;
  try {
    const runtime = runtimeFor(vega, request.compiled.spec, request.config, request.configKey, ast);
    const view = new vega.View(runtime, { ...options, expr });
    // Formats are looked up when the view runs, so the page's shared locale can be set after construction.
    if (request.locale) view.locale(vega.sharedLocale(request.localeKey ?? '', request.locale) as never);
    return view;
  } catch (error) {
    if (ast || !isEvalRefused(error)) throw error;
    evalRefused = true;
    return createView(vega, request, options);
  }
}

let liveViews = 0;
/** Views created and not yet finalized, page-wide (for leak tests). */
export function liveViewCount(): number {
  return liveViews;
}

/** Resolves in a new task (scheduler.yield where the browser has it), so other work can run first. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Charts draw one after another, page-wide, in slices of about SLICE_MS:
 * between slices the browser may paint and answer the reader, so a page of 50
 * charts never freezes, yet it is not laid out and painted again after every
 * chart (which made such a page ~1.6× slower to finish).
 */
const SLICE_MS = 50;
let drawing = false;
let sliceEnd = 0;
const waiting: (() => void)[] = [];

function startSlice(): void {
  sliceEnd = performance.now() + SLICE_MS;
}

/** Resolves when it is this chart's turn to draw; every turn must be ended with `endTurn()`. */
function takeTurn(): Promise<void> {
  if (drawing) return new Promise((resolve) => waiting.push(resolve));
  drawing = true;
  startSlice();
  return Promise.resolve();
}

function endTurn(): void {
  const next = waiting.shift();
  if (!next) drawing = false;
  else if (performance.now() < sliceEnd) next();
  else void nextTask().then(() => (startSlice(), next()));
}

/**
 * Annotation labels are put in rows by the width the drawing has (templates/annotation-layer.ts), and Vega fits the
 * drawing around its marks once per run: when that fit moved the labels to more rows, lay it out once more, so the
 * top row is inside the drawing. Charts without annotations skip it.
 */
async function settleLayout(view: View): Promise<void> {
  let annotated = false;
  try {
    annotated = view.data(ANNOTATIONS_DATA).length > 0;
  } catch {
    return; // no annotation layer in this spec
  }
  if (annotated) await view.resize().runAsync();
}

/**
 * The width the page gives the chart, also as `lnob_view_width` for templates that choose their layout by it
 * (names above their bars, templates/names-above.ts): Vega narrows `width` itself while it fits the axes in.
 */
function setWidth(view: View, width: number): void {
  view.width(width);
  setIfRead(view, 'lnob_view_width', width);
}

/** Sets a signal the kit gives every drawing, where the spec reads it (Vega refuses a signal a spec does not declare). */
function setIfRead(view: View, name: string, value: unknown): void {
  try {
    view.signal(name, value);
  } catch {
    // a spec that does not read it
  }
}

/** Owns at most one Vega view inside a container element. */
export class ChartView {
  private view: View | undefined;
  private identity = '';
  private epoch = 0;
  private aspectRatio: number | undefined;
  /**
   * @param container where Vega draws
   * @param tooltip a Vega tooltip handler (the element draws its own, inside its shadow root)
   */
  constructor(
    readonly container: HTMLElement,
    private readonly tooltip?: (handler: unknown, event: MouseEvent | undefined, item: unknown, value: unknown) => void,
  ) {}

  get current(): View | undefined {
    return this.view;
  }

  async render(request: ViewRequest): Promise<View> {
    const vega = await loadVega(request.compiled.spec);
    await vega.loadRenderer(request.renderer); // the canvas renderer loads only for a chart that asks for it
    if (usesInterpreter(request)) await loadInterpreter(); // before its turn, so no other chart waits for the download
    const epoch = this.epoch;
    await takeTurn();
    try {
      if (epoch !== this.epoch) throw new DOMException('The chart was removed before it was drawn.', 'AbortError');
      return await this.draw(vega, request);
    } finally {
      endTurn();
    }
  }

  private async draw(vega: VegaModule, request: ViewRequest): Promise<View> {
    const identity = `${request.compiled.key}|${request.configKey}|${request.renderer}|${request.localeKey ?? ''}|${usesInterpreter(request)}`;
    const fresh = !this.view || identity !== this.identity;
    let view = fresh ? undefined : this.view;
    if (!view) {
      this.dispose();
      const epoch = this.epoch;
      view = await createView(vega, request, {
        renderer: request.renderer,
        container: this.container,
        hover: true,
        // Given at construction: view.tooltip() afterwards would build the renderer and its event handler again.
        ...(this.tooltip ? { tooltip: this.tooltip } : {}),
      });
      if (epoch !== this.epoch) {
        view.finalize(); // removed meanwhile
        throw new DOMException('The chart was removed before it was drawn.', 'AbortError');
      }
      this.view = view;
      liveViews++;
      this.identity = identity;
    }
    for (const [name, value] of Object.entries(request.signals)) view.signal(name, value);
    view.data('table', request.rows as object[]);
    for (const [name, rows] of Object.entries(request.datasets ?? {})) view.data(name, rows);
    setWidth(view, request.width);
    this.aspectRatio = request.aspectRatio;
    const height = request.height ?? this.heightFor(request.width);
    if (height !== undefined) view.height(height);
    // On a view drawn before, resize() makes Vega re-run its autosize layout, so labels that grew with new
    // data still fit; a new view lays itself out on its first run.
    if (!fresh) view.resize();
    await view.runAsync();
    await settleLayout(view);
    return view;
  }

  /**
   * Another year of the chart drawn (render/years.ts): only the signals that changed (`lnob_year`, the year's
   * colour scale and labels) and the template's datasets are set, on the same view with the same rows. Nothing
   * is compiled or made again. Undefined when nothing is drawn.
   */
  async update(request: Pick<ViewRequest, 'signals' | 'datasets'>): Promise<View | undefined> {
    const view = this.view;
    if (!view) return undefined;
    for (const [name, value] of Object.entries(request.signals)) {
      if (JSON.stringify(view.signal(name)) !== JSON.stringify(value)) view.signal(name, value);
    }
    for (const [name, rows] of Object.entries(request.datasets ?? {})) view.data(name, rows);
    await view.resize().runAsync(); // laid out again: the year's labels may be wider
    return view;
  }

  /** Follows a new container width without touching data or signals. */
  async resize(width: number, height?: number): Promise<void> {
    if (!this.view) return;
    setWidth(this.view, width);
    height ??= this.heightFor(width);
    if (height !== undefined) this.view.height(height);
    await this.view.resize().runAsync();
    await settleLayout(this.view);
  }

  private heightFor(width: number): number | undefined {
    return this.aspectRatio ? Math.round(width * this.aspectRatio) : undefined;
  }

  /** Removes the view; a render still waiting for its turn gives up. */
  finalize(): void {
    this.epoch++;
    this.dispose();
  }

  private dispose(): void {
    if (!this.view) return;
    this.view.finalize();
    liveViews--;
    this.view = undefined;
    this.identity = '';
    this.container.replaceChildren();
  }
}

/** What a headless render (see renderHeadless) gives back. */
export interface HeadlessResult {
  /** The drawing as a standalone SVG (Vega's toSVG: no inline style attributes). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The range of the `x` scale, when the chart has one (tells a layout at another size from a stretched copy). */
  readonly xRange?: readonly number[] | undefined;
  /** The box of what is drawn (every visible mark, axes and legends included), in the SVG's pixels. */
  readonly content?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | undefined;
}

interface SceneNode {
  marktype?: string;
  items?: SceneNode[];
  x?: number;
  y?: number;
  opacity?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * The box of what a view draws: the union of its marks' bounds (not of the groups, whose bounds are their whole
 * cell), so a chart that keeps its own size (a waffle) can be told from the room it was given.
 */
function contentBounds(view: View): HeadlessResult['content'] {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const walk = (mark: SceneNode, dx: number, dy: number) => {
    for (const item of mark.items ?? []) {
      if (item.opacity === 0) continue;
      if (mark.marktype === 'group') {
        for (const child of item.items ?? []) walk(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
      } else if (item.bounds && Number.isFinite(item.bounds.x1) && Number.isFinite(item.bounds.y1)) {
        box.x1 = Math.min(box.x1, item.bounds.x1 + dx);
        box.y1 = Math.min(box.y1, item.bounds.y1 + dy);
        box.x2 = Math.max(box.x2, item.bounds.x2 + dx);
        box.y2 = Math.max(box.y2, item.bounds.y2 + dy);
      }
    }
  };
  const [x, y] = view.origin();
  walk((view.scenegraph() as unknown as { root: SceneNode }).root, x, y);
  return box.x2 > box.x1 && box.y2 > box.y1 ? box : undefined;
}

/**
 * Draws a chart in a view of its own that draws nothing on a page
 * (`renderer: 'none'`) and gives it back as SVG, then finalizes the view:
 * the command line's drawing, and a page's chart laid out again at another
 * size (a social-media image). Without a height the chart sizes itself as on
 * a page: by the template's aspect ratio, else by step.
 */
export async function renderHeadless(request: Omit<ViewRequest, 'renderer'>): Promise<HeadlessResult> {
  const vega = await loadVega(request.compiled.spec);
  const view = await createView(vega, request, {
    renderer: 'none',
  });
  try {
    for (const [name, value] of Object.entries(request.signals)) view.signal(name, value);
    // A still image (a share image, the command line's drawing): nothing to hover, so no text may wait in a tooltip.
    setIfRead(view, 'lnob_still', true);
    view.data('table', request.rows as object[]);
    for (const [name, rows] of Object.entries(request.datasets ?? {})) view.data(name, rows);
    setWidth(view, request.width);
    const height = request.height ?? (request.aspectRatio ? Math.round(request.width * request.aspectRatio) : undefined);
    if (height !== undefined) view.height(height);
    await view.resize().runAsync();
    await settleLayout(view);
    let xRange: number[] | undefined;
    try {
      xRange = (view.scale('x') as { range(): number[] } | undefined)?.range();
    } catch {
      xRange = undefined;
    }
    const svg = await view.toSVG();
    const content = contentBounds(view);
    const size = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
    return {
      svg,
      width: size ? Number(size[1]) : request.width,
      height: size ? Number(size[2]) : (height ?? view.height()),
      xRange,
      content,
    };
  } finally {
    view.finalize();
  }
}
