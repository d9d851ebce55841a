/**
 * The marks of each value's bounds (`lower`, `upper`), added to a template's spec by its `uncertainty` hook: a band
 * behind each line, a whisker on each bar or dot. Only rows whose range is given and contains the value get one (a
 * bound is never made up); the colours come from the theme's signals and the series' own scale.
 */
import type { TopLevelSpec } from 'vega-lite';
import { NOT_DATA_STYLE } from '../../core/mark-styles.js';
import type { UncertaintyHook } from '../types.js';

type Json = Record<string, unknown>;

/** A row whose two bounds are numbers around its value. */
export const BOUNDED = 'isValid(datum.lower) && isValid(datum.upper) && isFinite(datum.lower) && isFinite(datum.upper) && datum.lower <= datum.value && datum.upper >= datum.value';
/** A band's opacity: light enough to read the line over it, stronger in the high-contrast theme (thicker outlines). */
const BAND_OPACITY = 'lnob_stroke_width > 1 ? 0.32 : 0.18';
/** " (38–46%)" after a value, in the chart's number format; "" for a row without a range. */
const RANGE =
  `${BOUNDED} ? ' (' + lnob_isolate + format(datum.lower, lnob_format) + '–' + format(datum.upper, lnob_format) + lnob_unit + lnob_isolate_end + ')' : ''`;

const layersOf = (spec: Json): Json[] | undefined => (Array.isArray(spec['layer']) ? (spec['layer'] as Json[]) : undefined);
const markType = (layer: Json): string | undefined => {
  const mark = layer['mark'];
  return typeof mark === 'string' ? mark : ((mark as Json | undefined)?.['type'] as string | undefined);
};

/** The first layer (depth first) drawing `type`, with the list that holds it. */
function findLayer(spec: Json, type: string): { list: Json[]; layer: Json } | undefined {
  const list = layersOf(spec);
  for (const layer of list ?? []) {
    if (markType(layer) === type) return { list, layer } as { list: Json[]; layer: Json };
    const inner = findLayer(layer, type);
    if (inner) return inner;
  }
  return undefined;
}

/** Every layer of the spec, itself included. */
function everyLayer(spec: Json): Json[] {
  return [spec, ...(layersOf(spec) ?? []).flatMap(everyLayer)];
}

/**
 * Tooltips and descriptions say the range: "Kano: 42% (38–46%)". After each `lnob_description` a template computes,
 * the range is added to it; tooltips that list the value (`lnob_label`) list the range after it.
 */
function sayRange(spec: Json): void {
  for (const layer of everyLayer(spec)) {
    const transform = layer['transform'];
    if (Array.isArray(transform)) {
      const at = (transform as Json[]).findIndex((step) => step['as'] === 'lnob_description');
      if (at >= 0) {
        transform.splice(at + 1, 0, { calculate: RANGE, as: 'lnob_range' }, { calculate: 'datum.lnob_description + datum.lnob_range', as: 'lnob_description' });
      }
    }
    const tooltip = (layer['encoding'] as Json | undefined)?.['tooltip'];
    if (Array.isArray(tooltip) && tooltip.some((field: Json) => field['field'] === 'lnob_label')) {
      tooltip.push({ field: 'lnob_range', type: 'nominal', title: '    ' });
    }
  }
}

function copy(spec: TopLevelSpec): Json {
  return structuredClone(spec) as unknown as Json;
}

/** Names the marks of a band's edges (Vega's `lnob_band_edge_marks`): the contrast test reads a band by them. */
export const BAND_EDGE = 'lnob_band_edge';

/**
 * One edge of a band: a thin line at its lower or upper bound in the line's own colour, at full strength, so the
 * band's extent has the 3:1 contrast of a graphical object (WCAG 1.4.11) however light its wash is (as FT and OWID
 * draw confidence bands). Solid: the progress chart's dashes mean a projection.
 */
function bandEdge(field: 'lnob_lower' | 'lnob_upper', color: unknown, detail: unknown): Json {
  return {
    name: `${BAND_EDGE}_${field === 'lnob_lower' ? 'lower' : 'upper'}`,
    mark: { type: 'line', style: ['line', NOT_DATA_STYLE], strokeWidth: { expr: 'lnob_stroke_width > 1 ? 1.5 : 1' }, opacity: 1, interpolate: 'linear', invalid: 'break-paths-show-domains', clip: true, aria: false },
    encoding: {
      ...(color ? { color } : {}),
      ...(detail ? { detail } : {}),
      y: { field, type: 'quantitative' },
      tooltip: null,
    },
  };
}

/** A band from `lower` to `upper` behind each line (trend, progress), in the line's colour; it breaks where a row has none. */
export function bandsBehindLines(spec: TopLevelSpec): TopLevelSpec {
  const out = copy(spec);
  const found = findLayer(out, 'line');
  if (!found) return spec;
  // Not the line's `order`: on an area it is the stacking order, and would cut the band into one piece per point.
  const { color, detail } = (found.layer['encoding'] ?? {}) as Json;
  const band = {
    mark: { type: 'area', opacity: { expr: BAND_OPACITY }, interpolate: 'linear', invalid: 'break-paths-show-domains', clip: true, aria: false },
    encoding: {
      ...(color ? { color } : {}),
      ...(detail ? { detail } : {}),
      y: { field: 'lnob_lower', type: 'quantitative' },
      y2: { field: 'lnob_upper' },
      tooltip: null,
    },
  };
  const bounds = {
    transform: [
      { calculate: `${BOUNDED} ? datum.lower : null`, as: 'lnob_lower' },
      { calculate: `${BOUNDED} ? datum.upper : null`, as: 'lnob_upper' },
    ],
    layer: [band, bandEdge('lnob_lower', color, detail), bandEdge('lnob_upper', color, detail)],
  };
  found.list.splice(found.list.indexOf(found.layer), 0, bounds);
  sayRange(out);
  return out as unknown as TopLevelSpec;
}

/** A whisker: a thin rule from `lower` to `upper` with a short cap at each end, along x. */
function whisker(y: unknown, colour: Json, offset: string | undefined): Json {
  const shared = { aria: false, ...(offset ? { yOffset: { expr: offset } } : {}) };
  const cap = (field: string) => ({
    // Full strength: Vega-Lite draws ticks at 0.7 opacity, which took the dots' colours below 3:1.
    mark: { type: 'tick', orient: 'vertical', size: 9, thickness: 1.5, opacity: 1, ...shared, ...('value' in colour ? { color: colour['value'] } : {}) },
    encoding: { ...(y ? { y } : {}), x: { field, type: 'quantitative' }, ...('value' in colour ? {} : { color: colour }) },
  });
  return {
    transform: [{ filter: BOUNDED }],
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 1.5, ...shared, ...('value' in colour ? { stroke: colour['value'] } : {}) },
        encoding: { ...(y ? { y } : {}), x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' }, ...('value' in colour ? {} : { color: colour }) },
      },
      cap('lower'),
      cap('upper'),
    ],
  };
}

/**
 * Value labels move past the whisker: the label right of a mark starts after `upper`, the one left of it before
 * `lower` (ranked-bar's labels take the side of their value's sign).
 */
function labelsPastWhiskers(spec: Json): void {
  const transform = (spec['transform'] as Json[] | undefined) ?? [];
  transform.push(
    { calculate: `${BOUNDED} ? datum.upper : datum.value`, as: 'lnob_label_high' },
    { calculate: `${BOUNDED} ? datum.lower : datum.value`, as: 'lnob_label_low' },
    { calculate: 'datum.value < 0 ? datum.lnob_label_low : datum.lnob_label_high', as: 'lnob_label_end' },
  );
  spec['transform'] = transform;
  for (const layer of everyLayer(spec)) {
    const encoding = layer['encoding'] as Json | undefined;
    const x = encoding?.['x'] as Json | undefined;
    if (markType(layer) !== 'text' || (encoding?.['text'] as Json | undefined)?.['field'] !== 'lnob_label' || x?.['field'] !== 'value') continue;
    const align = (layer['mark'] as Json)['align'];
    encoding!['x'] = { ...x, field: align === 'right' ? 'lnob_label_low' : align === 'left' ? 'lnob_label_high' : 'lnob_label_end' };
  }
}

/** A whisker on each bar (ranked-bar), in the text colour, drawn over the bar; value labels move past it. */
export function intervalsOnBars(spec: TopLevelSpec): TopLevelSpec {
  const out = copy(spec);
  const found = findLayer(out, 'bar');
  if (!found) return spec;
  const y = (found.layer['encoding'] as Json)['y'];
  // On the bar wherever it is drawn in its row (below its name, where names stand above the bars).
  const offset = ((found.layer['mark'] as Json)['yOffset'] as Json | undefined)?.['expr'] as string | undefined;
  found.list.splice(found.list.indexOf(found.layer) + 1, 0, whisker(y, { value: { expr: 'lnob_color_text' } }, offset));
  labelsPastWhiskers(out);
  sayRange(out);
  return out as unknown as TopLevelSpec;
}

/**
 * A whisker on each dot (disaggregation) in its group's colour, behind the dots; the groups' whiskers sit a few
 * pixels apart so that overlapping ranges stay readable.
 */
export function intervalsOnDots(spec: TopLevelSpec): TopLevelSpec {
  const out = copy(spec);
  const found = findLayer(out, 'point');
  if (!found) return spec;
  const encoding = found.layer['encoding'] as Json;
  const colour = encoding['color'] as Json; // the dots' own scale and legend: one legend for both
  const dots = whisker(encoding['y'], colour, '(datum.lnob_group_index - (datum.lnob_groups + 1) / 2) * 7');
  (dots['transform'] as Json[]).push(
    { window: [{ op: 'dense_rank', as: 'lnob_group_index' }], sort: [{ field: 'group', order: 'ascending' }] },
    { joinaggregate: [{ op: 'distinct', field: 'group', as: 'lnob_groups' }] },
  );
  found.list.splice(found.list.indexOf(found.layer), 0, dots);
  labelsPastWhiskers(out);
  sayRange(out);
  return out as unknown as TopLevelSpec;
}

/** What each template's `uncertainty.marks` draws. */
export const BOUND_MARKS: Readonly<Record<UncertaintyHook['marks'], (spec: TopLevelSpec) => TopLevelSpec>> = {
  bands: bandsBehindLines,
  'bar-intervals': intervalsOnBars,
  'dot-intervals': intervalsOnDots,
};
