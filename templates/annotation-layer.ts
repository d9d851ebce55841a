/**
 * The drawing of annotations (templates/annotations.ts): a layer added to a template's compiled Vega spec, so every
 * template with a time or category axis gets it without a line in its own spec, and the precompiled specs serve
 * charts with and without annotations alike (no Vega-Lite compiler is loaded for them).
 *
 * - On a time axis each event is a thin dashed rule at its time with its text at the top, above the plot area, so it
 *   never covers a line or a dot. Labels that would collide are staggered into rows: sorted by their left edge, a
 *   label starts a new run when it clears every label before it; within a run each gets its own row, the first
 *   (as read: the leftmost, or the rightmost right to left) highest, so no rule crosses a label. Widths are
 *   estimated from the characters, as the kit's other labels are (templates/spec-helpers.ts).
 * - On categories each call-out is written beside its category's row: after the bar's value label (or the row's
 *   last dot), else right of the plot area (stacked bars fill it), with a short dash before it.
 *
 * The annotations arrive as the dataset `lnob_annotations` (render/annotations.ts): one row per annotation with its
 * lines already wrapped (`lines`), their longest length (`chars`) and the sentence screen readers hear.
 */
import type { Spec as VegaSpec } from 'vega';
import type { AnnotationAxis } from './annotations.js';

import { ANNOTATIONS_DATA } from './annotation-names.js';

export { ANNOTATIONS_DATA };
/** Pixels between two labels side by side, and between a rule and its text. */
const GAP = 8;
const PAD = 4;
/** How far the templates write a value label from its bar's end or dot (ranked-bar 4 px, disaggregation 9 px). */
const VALUE_LABEL_DX = 9;

/** Signals the layer reads, with the values the renderer overrides (render/annotations.ts). */
export const ANNOTATION_SIGNALS = {
  /** Right to left: the text ends at its rule instead of starting there. */
  lnob_annotation_rtl: false,
  /** Estimated width of one character of the labels, px (0.6 em: wide enough for capitals and digits). */
  lnob_annotation_char: 7.2,
  lnob_annotation_font: 12,
  lnob_annotation_line: 15,
  /** The annotation's role for screen readers, in the chart's language ("note"). */
  lnob_annotation_role: 'note',
} as const;

type Json = Record<string, unknown>;
interface ScaleLike {
  name: string;
  type?: string;
  domain?: unknown;
}

/** Which axis the compiled spec can carry annotations on: `x` time scale, or `y` band scale of categories. */
export function layerAxis(spec: VegaSpec): AnnotationAxis | undefined {
  const scales = (spec.scales ?? []) as unknown as ScaleLike[];
  const x = scales.find((scale) => scale.name === 'x');
  const y = scales.find((scale) => scale.name === 'y');
  if (x && (x.type === 'utc' || x.type === 'time')) return 'time';
  if (y && y.type === 'band' && JSON.stringify(y.domain ?? '').includes('"category"')) return 'category';
  return undefined;
}

/** A copy of `spec` with the annotation layer drawn over its marks; the same spec when it has no such axis. */
export function withAnnotationLayer(spec: VegaSpec): VegaSpec {
  const axis = layerAxis(spec);
  if (!axis) return spec;
  const scales = (spec.scales ?? []) as unknown as ScaleLike[];
  // Bars and dots along `value` end where their value does; stacked shares fill the whole width.
  const valueScale = JSON.stringify(scales.find((scale) => scale.name === 'x')?.domain ?? '').includes('"value"');
  const layer = axis === 'time' ? timeLayer() : categoryLayer(valueScale);
  const declared = new Set((spec.signals ?? []).map((signal) => signal.name));
  const signals = Object.entries(ANNOTATION_SIGNALS)
    .filter(([name]) => !declared.has(name))
    .map(([name, value]) => ({ name, value }));
  // Labels first: the keyboard rings the first mark drawing an annotation (components/lnob-chart/scene-marks.ts).
  const marks = [...(layer.marks as Json[])].sort((a, b) => Number(b['type'] === 'text') - Number(a['type'] === 'text'));
  return {
    ...spec,
    signals: [...(spec.signals ?? []), ...signals],
    data: [...(spec.data ?? []), ...(layer.data as unknown as NonNullable<VegaSpec['data']>)],
    marks: [...(spec.marks ?? []), ...(marks as unknown as NonNullable<VegaSpec['marks']>)],
  } as VegaSpec;
}

const signal = (expression: string) => ({ signal: expression });
/** What a screen reader hears for an annotation: its sentence, as a note; rules and dashes are not read. */
const spoken = { description: signal('datum.lnob_description'), ariaRoleDescription: signal('lnob_annotation_role') };
const textStyle = {
  fill: signal('lnob_color_text'),
  fontSize: signal('lnob_annotation_font'),
  lineHeight: signal('lnob_annotation_line'),
  text: signal('datum.lines'),
};
/** The annotations' text at `lnob_px`, placed by `place` (y, alignment). */
function labelMark(place: Json): Json {
  return {
    type: 'text',
    name: 'lnob_annotation_labels',
    from: { data: ANNOTATIONS_DATA },
    interactive: false,
    encode: { update: { ...textStyle, ...spoken, x: signal('datum.lnob_px'), ...place } },
  };
}
const ruleStyle = { stroke: signal('lnob_color_muted'), strokeWidth: { value: 1 } };

function timeLayer(): { data: Json[]; marks: Json[] } {
  const sort = { field: 'lnob_left', order: 'ascending' };
  const rowHeight = '(datum.lnob_max_lines * lnob_annotation_line + 6)';
  return {
    data: [
      {
        name: ANNOTATIONS_DATA,
        values: [],
        transform: [
          { type: 'formula', as: 'lnob_px', expr: "scale('x', datum.x)" },
          { type: 'formula', as: 'lnob_w', expr: 'datum.chars * lnob_annotation_char' },
          { type: 'formula', as: 'lnob_left', expr: `lnob_annotation_rtl ? datum.lnob_px - ${PAD} - datum.lnob_w : datum.lnob_px + ${PAD}` },
          { type: 'formula', as: 'lnob_right', expr: 'datum.lnob_left + datum.lnob_w' },
          // The furthest right any earlier label reaches: a label left of it shares a run with them.
          { type: 'window', sort, ops: ['max'], fields: ['lnob_right'], as: ['lnob_reach'], frame: [null, -1], ignorePeers: true },
          { type: 'formula', as: 'lnob_new_run', expr: `isValid(datum.lnob_reach) && isFinite(datum.lnob_reach) && datum.lnob_left < datum.lnob_reach + ${GAP} ? 0 : 1` },
          { type: 'window', sort, ops: ['sum'], fields: ['lnob_new_run'], as: ['lnob_run'], frame: [null, 0], ignorePeers: true },
          { type: 'window', sort, groupby: ['lnob_run'], ops: ['row_number', 'count'], fields: [null, null], as: ['lnob_k', 'lnob_n'], frame: [null, null], ignorePeers: true },
          // Read first, highest: left to right its rule passes only rows whose labels start right of it.
          { type: 'formula', as: 'lnob_row', expr: 'lnob_annotation_rtl ? datum.lnob_k - 1 : datum.lnob_n - datum.lnob_k' },
          { type: 'joinaggregate', ops: ['max'], fields: ['lnob_lines'], as: ['lnob_max_lines'] },
          { type: 'formula', as: 'lnob_top', expr: `-(datum.lnob_row + 1) * ${rowHeight} - ${PAD}` },
        ],
      },
      { name: `${ANNOTATIONS_DATA}_points`, source: ANNOTATIONS_DATA, transform: [{ type: 'filter', expr: 'isValid(datum.value) && isFinite(datum.value)' }] },
    ],
    marks: [
      {
        type: 'rule',
        name: 'lnob_annotation_rules',
        from: { data: ANNOTATIONS_DATA },
        aria: false,
        interactive: false,
        encode: {
          update: {
            ...ruleStyle,
            strokeDash: { value: [3, 3] },
            x: signal('datum.lnob_px'),
            y: signal('datum.lnob_top'),
            // Down to its point for a call-out with a value, else to the axis.
            y2: signal("isValid(datum.value) && isFinite(datum.value) ? scale('y', datum.value) : height"),
          },
        },
      },
      {
        type: 'symbol',
        name: 'lnob_annotation_points',
        from: { data: `${ANNOTATIONS_DATA}_points` },
        aria: false,
        interactive: false,
        encode: {
          update: {
            x: signal('datum.lnob_px'),
            y: signal("scale('y', datum.value)"),
            size: { value: 110 },
            fill: { value: 'transparent' },
            stroke: signal('lnob_color_text'),
            strokeWidth: { value: 1.5 },
          },
        },
      },
      labelMark({
        dx: signal(`lnob_annotation_rtl ? -${PAD} : ${PAD}`),
        y: signal('datum.lnob_top'),
        align: signal("lnob_annotation_rtl ? 'right' : 'left'"),
        baseline: { value: 'top' },
      }),
    ],
  };
}

function categoryLayer(valueScale: boolean): { data: Json[]; marks: Json[] } {
  const end = valueScale
    ? `isValid(datum.lnob_end) && isFinite(datum.lnob_end) ? scale('x', datum.lnob_end) + ${VALUE_LABEL_DX} + datum.lnob_end_chars * lnob_annotation_char : width`
    : 'width';
  return {
    data: [
      {
        name: ANNOTATIONS_DATA,
        values: [],
        transform: [
          { type: 'formula', as: 'lnob_py', expr: "scale('y', datum.x) + bandwidth('y') / 2" },
          { type: 'formula', as: 'lnob_px', expr: `max(${end}, 0) + 16` },
        ],
      },
    ],
    marks: [
      {
        type: 'rule',
        name: 'lnob_annotation_rules',
        from: { data: ANNOTATIONS_DATA },
        aria: false,
        interactive: false,
        encode: { update: { ...ruleStyle, x: signal('datum.lnob_px - 11'), x2: signal('datum.lnob_px - 3'), y: signal('datum.lnob_py') } },
      },
      labelMark({
        // The block of lines centred on the row (Vega puts the first line at `y`).
        y: signal('datum.lnob_py - (datum.lnob_lines - 1) * lnob_annotation_line / 2'),
        align: { value: 'left' },
        baseline: { value: 'middle' },
      }),
    ],
  };
}
