/**
 * Annotations in the chart plan: what the page gave (the `annotations` attribute, a `data-role="annotations"`
 * table) placed on the template's axis (templates/annotations.ts), said in the summary and by the keyboard in the
 * chart's language, and drawn by a layer added to the compiled spec (templates/annotation-layer.ts).
 */
import type { Spec as VegaSpec } from 'vega';
import type { AuthorHint, RawTable, Row } from '../data/table.js';
import { annotationWords } from '../i18n/annotations.js';
import type { UiStrings } from '../i18n/index.js';
import { ANNOTATIONS_DATA, layerAxis, withAnnotationLayer } from '../templates/annotation-layer.js';
import { parseAnnotationAttribute, placeAnnotations, readAnnotationTable, wrapText, type PlacedAnnotation } from '../templates/annotations.js';
import type { AttributeReader } from '../templates/options.js';
import type { ChartTemplate } from '../templates/types.js';
import type { CompiledSpec } from './compile.js';

export interface AnnotationPlan {
  /** On the axis, in axis order. */
  readonly placed: readonly PlacedAnnotation[];
  /** Each placed annotation as it is said ("2015, SDGs adopted"), in the same order. */
  readonly said: readonly string[];
  /** "Marked on the chart: …." for the summary; undefined without annotations. */
  readonly sentence: string | undefined;
  /** For the page's author (`lnob-warning`, code `annotation`): annotations not drawn and why. */
  readonly hints: readonly AuthorHint[];
  /** The drawing's dataset (`lnob_annotations`); undefined without annotations. */
  readonly datasets: Readonly<Record<string, object[]>> | undefined;
}

export interface AnnotationRequest {
  readonly template: ChartTemplate;
  readonly rows: readonly Row[];
  readonly datasets: Readonly<Record<string, readonly object[]>> | undefined;
  readonly attribute: AttributeReader;
  /** A child `<script type="text/csv" data-role="annotations">` (or TSV, JSON, `<table data-role="annotations">`), parsed. */
  readonly table?: RawTable | undefined;
  readonly strings: UiStrings;
  readonly lang: string | undefined;
  /** A number as the chart writes it (for the room a bar's value label takes). */
  readonly format: (value: number) => string;
  /** A time as the chart says it ("2015"). */
  readonly when: (time: Date) => string;
  /** The template's compiled spec (render/compile.ts): its scales say which axis annotations can go on, if any. */
  readonly compiled: () => Promise<CompiledSpec>;
}

/** Characters per line of an event's label on a time axis (about 150 px of 12 px text). */
const TIME_LINE_CHARS = 22;
const NO_ANNOTATIONS: AnnotationPlan = { placed: [], said: [], sentence: undefined, hints: [], datasets: undefined };

export async function planAnnotations(request: AnnotationRequest): Promise<AnnotationPlan> {
  const fromAttribute = parseAnnotationAttribute(request.attribute('annotations'));
  const fromTable = request.table ? readAnnotationTable(request.table) : { items: [], hints: [] };
  const items = [...fromTable.items, ...fromAttribute.items];
  const hints = [...fromTable.hints, ...fromAttribute.hints];
  if (items.length === 0) return hints.length ? { ...NO_ANNOTATIONS, hints } : NO_ANNOTATIONS;
  // The drawing decides: a time scale along x, or a band of categories along y (not a waffle's grid or a map).
  const axis = layerAxis((await request.compiled()).spec);
  if (!axis) {
    const message = `Annotations are drawn on charts with a time or category axis; the ${request.template.name.toLowerCase()} chart (template="${request.template.id}") has neither a time axis nor a row per category, so none is drawn.`;
    return { ...NO_ANNOTATIONS, hints: [...hints, { code: 'annotation', message }] };
  }
  const placement = placeAnnotations(items, axis, request.rows, axis === 'time' ? timesOf(request.rows, request.datasets) : []);
  const words = annotationWords(request.strings.lang ?? request.lang);
  const said = placement.placed.map((item) => words.item(item.x instanceof Date ? request.when(item.x) : item.x, item.text));
  const rtl = request.strings.dir === 'rtl';
  // Right to left, each line is one isolated run (FSI … PDI), so digits and Latin names in it keep their place.
  const isolate = (line: string) => (rtl ? `\u2068${line}\u2069` : line);
  const ends = axis === 'category' ? rowEnds(request.rows, request.format) : undefined;
  const rows = placement.placed.map((item, i) => {
    const lines = axis === 'time' ? wrapText(item.text, TIME_LINE_CHARS) : calloutLines(item.text);
    const end = ends?.get(item.x as string);
    return {
      lnob_annotation: item.index,
      x: item.x,
      value: item.value,
      lines: lines.map(isolate),
      chars: Math.max(...lines.map((line) => [...line].length)),
      lnob_lines: lines.length,
      lnob_description: said[i],
      lnob_end: end?.value ?? null,
      lnob_end_chars: end?.chars ?? 0,
    };
  });
  return {
    placed: placement.placed,
    said,
    sentence: said.length ? words.marked(said) : undefined,
    hints: [...hints, ...placement.hints],
    datasets: rows.length ? { [ANNOTATIONS_DATA]: rows } : undefined,
  };
}

/** A call-out in at most two lines (a bar's row holds two), as narrow as that allows without cutting a word: 14 to 30 characters a line. */
function calloutLines(text: string): string[] {
  const longestWord = Math.max(...text.split(/\s+/).map((word) => [...word].length));
  for (let chars = Math.max(14, Math.ceil([...text].length / 2), Math.min(longestWord, 30)); chars < 30; chars++) {
    const lines = wrapText(text, chars);
    if (lines.length <= 2) return lines;
  }
  return wrapText(text, 30, 2);
}

/** Every time the x axis spans: the rows' and any the template draws besides them (the progress projection). */
function timesOf(rows: readonly Row[], datasets: AnnotationRequest['datasets']): Date[] {
  const times = rows.map((row) => row['time']).filter((time): time is Date => time instanceof Date);
  for (const rowsOfSet of Object.values(datasets ?? {})) {
    for (const row of rowsOfSet) {
      const time = (row as { time?: unknown }).time;
      if (time instanceof Date) times.push(time);
    }
  }
  return times;
}

/** Where each category's marks end on the value axis, and how long the value label written there is. */
function rowEnds(rows: readonly Row[], format: (value: number) => string): Map<string, { value: number; chars: number }> {
  const ends = new Map<string, { value: number; chars: number }>();
  for (const row of rows) {
    const value = row['value'];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const name = String(row['category'] ?? '');
    const before = ends.get(name);
    if (!before || value > before.value) ends.set(name, { value, chars: value < 0 ? 0 : [...format(value)].length });
  }
  for (const [name, end] of ends) if (end.value < 0) ends.set(name, { value: 0, chars: 0 }); // labels of negative bars are on their left
  return ends;
}

/** The signals the layer reads: the theme's text size, the direction and the role word of the chart's language. */
export function annotationSignals(spec: VegaSpec, fontSize: unknown, strings: UiStrings): Record<string, unknown> {
  if (!(spec.signals ?? []).some((s) => s.name === 'lnob_annotation_rtl')) return {};
  const size = typeof fontSize === 'number' && fontSize > 0 ? fontSize : 12;
  return {
    lnob_annotation_rtl: strings.dir === 'rtl',
    lnob_annotation_font: size,
    lnob_annotation_line: Math.round(size * 1.25),
    lnob_annotation_char: size * 0.6,
    lnob_annotation_role: annotationWords(strings.lang).role,
  };
}

const annotated = new WeakMap<VegaSpec, CompiledSpec>();

/**
 * The compiled spec with the annotation layer, made once per compiled spec (its own key, so views are not mixed
 * up); undefined when the spec has no time or category axis to carry it.
 */
export function annotatedSpec(compiled: CompiledSpec): CompiledSpec | undefined {
  if (!layerAxis(compiled.spec)) return undefined;
  let result = annotated.get(compiled.spec);
  if (!result) {
    result = { key: `${compiled.key}|annotations`, spec: withAnnotationLayer(compiled.spec) };
    annotated.set(compiled.spec, result);
  }
  return result;
}
