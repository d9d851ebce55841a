import type { Spec as VegaSpec } from 'vega';
import { ANNOTATIONS_DATA } from '../templates/annotation-names.js';
import { A11Y_LINES } from './accessible-spec.js';
import { ALL_ROWS, COLUMNS_SIGNAL, DATASET_FIELD, PANEL_FIELD, PANEL_INDEX_FIELD, PANEL_LINE_FIELD, PANEL_MARK, PANEL_WIDTH } from './facet-fields.js';

/**
 * Small multiples from any template's compiled spec, without touching the
 * template: the whole drawing (its data, marks and axes) is repeated in one
 * Vega group per panel, faceted by `lnob_panel`, and the panels are laid out in
 * a grid whose number of columns is a signal (so a new width never recompiles).
 *
 * - Quantitative, time and colour scales stay at the top, computed from every
 *   panel's rows: each panel has the same y domain, the same x domain and the
 *   same colours. Category scales (band, point) move into the panel: a panel
 *   shows only its own bars or rows of dots.
 * - The template's other datasets (the progress projection and verdicts) reach
 *   each panel with its rows: the facet reads the table and those datasets at
 *   once, and each panel splits them again by `lnob_dataset`.
 * - `width` inside a panel is the panel's width (`lnob_panel_w`): the template's
 *   own expressions (label limits, tick counts) follow it.
 */
export { ALL_ROWS, COLUMNS_SIGNAL, DATASET_FIELD, PANEL_FIELD, PANEL_INDEX_FIELD, PANEL_LINE_FIELD, PANEL_MARK, PANEL_WIDTH };
const PANEL_ROWS = 'lnob_panel_rows';
/** Room between panels, besides their axes and labels (which the grid counts itself). */
export const PANEL_GAP = { column: 20, row: 20 };

type Json = Record<string, unknown>;
interface DataDef extends Json {
  name: string;
  source?: string | string[];
}

const cache = new WeakMap<VegaSpec, Map<string, VegaSpec>>();

/** The compiled spec as small multiples; `datasets` names the template's own datasets. Cached per spec. */
export function facetSpec(spec: VegaSpec, datasets: readonly string[], dir: 'ltr' | 'rtl' = 'ltr'): VegaSpec {
  const key = `${[...datasets].sort().join('|')}|${dir}`;
  let bySpec = cache.get(spec);
  if (!bySpec) cache.set(spec, (bySpec = new Map()));
  let faceted = bySpec.get(key);
  if (!faceted) bySpec.set(key, (faceted = build(spec, datasets, dir)));
  return faceted;
}

/** A line's sentence is looked up in its own panel's (render/data-points.ts accessibilitySignals), not in the chart's. */
function panelSentences<T>(value: T): T {
  const lookup = `${A11Y_LINES}[`;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.split(lookup).join(`(${A11Y_LINES}[datum.${PANEL_FIELD}] || {})[`) : v))) as T;
}

/** Every `width` in an expression becomes the panel's width (not `line_width`, `strokeWidth`: whole words only). */
function panelWidths<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(/(?<![\w.$])width(?![\w$])/g, PANEL_WIDTH) : v))) as T;
}

/**
 * The panel's name and its line (a verdict) above it, at a fixed place whatever the panel draws above its frame.
 * Text marks, not a Vega title: a title moves up with labels that overflow the panel, so headings would not line up.
 */
function panelHeading(dir: 'ltr' | 'rtl', annotated: boolean): Json[] {
  // Above the panel's annotation labels, when it has some: they stand above the frame too (templates/annotation-layer.ts).
  const above = annotated ? ` + min(0, length(data('${HEADING_ROOM}')) ? data('${HEADING_ROOM}')[0].top || 0 : 0)` : '';
  // Right to left: at the panel's right edge, where its reader starts, each line one isolate (as render/mirror-spec.ts does).
  const start = dir === 'rtl' ? { x: { signal: PANEL_WIDTH }, align: { value: 'right' } } : { x: { value: 0 }, align: { value: 'left' } };
  const isolate = (text: string) => (dir === 'rtl' ? `'\u2068' + (${text}) + '\u2069'` : text);
  const common = { type: 'text', aria: false, encode: { update: { ...start, baseline: { value: 'alphabetic' }, limit: { signal: PANEL_WIDTH } } } };
  const line = `parent.${PANEL_LINE_FIELD}`;
  const at = (update: Json) => ({ ...common, encode: { update: { ...common.encode.update, ...update } } });
  return [
    at({
      text: { signal: isolate(`parent.${PANEL_FIELD}`) },
      y: { signal: `(${line} ? -${HEADING.line + HEADING.gap} : -${HEADING.gap})${above}` },
      fontSize: { value: 13 },
      fontWeight: { value: 'bold' },
      fill: { signal: 'lnob_color_text' },
    }),
    at({ text: { signal: isolate(`${line} || ''`) }, y: { signal: `-${HEADING.gap}${above}` }, fontSize: { value: 12 }, fill: { signal: 'lnob_color_muted' } }),
  ];
}
/** A panel's dataset: how far above its frame its annotation labels reach (`top`, px, negative). */
const HEADING_ROOM = 'lnob_heading_room';
/** The heading's room above a panel (px): its second line, and the gap to the panel's frame. */
const HEADING = { line: 16, gap: 12 };

function build(compiled: VegaSpec, datasets: readonly string[], dir: 'ltr' | 'rtl'): VegaSpec {
  const spec = structuredClone(compiled) as unknown as Json;
  const data = (spec['data'] as DataDef[] | undefined) ?? [];
  const scales = (spec['scales'] as Json[] | undefined) ?? [];
  const own = new Set(['table', ...datasets]);
  const local = (scale: Json) => scale['type'] === 'band' || scale['type'] === 'point';

  // Inside a panel: the table and each dataset are its share of the facet's rows; derived data as the template says.
  const panelData: DataDef[] = data.map((entry) => {
    if (!own.has(entry.name)) return entry;
    const test = entry.name === 'table' ? `!datum.${DATASET_FIELD}` : `datum.${DATASET_FIELD} === '${entry.name}'`;
    // The dataset's own transforms (the annotation layer's positions) follow, on the panel's share.
    const transform = (entry['transform'] as Json[] | undefined) ?? [];
    return { name: entry.name, source: PANEL_ROWS, transform: [{ type: 'filter', expr: test }, ...transform] };
  });
  const sources = data.filter((entry) => own.has(entry.name)).map((entry) => entry.name);
  const panel: Json = {
    type: 'group',
    name: PANEL_MARK,
    style: 'cell',
    from: { facet: { name: PANEL_ROWS, data: ALL_ROWS, groupby: [PANEL_INDEX_FIELD, PANEL_FIELD, PANEL_LINE_FIELD] } },
    sort: { field: `datum.${PANEL_INDEX_FIELD}` },
    encode: {
      update: {
        width: { signal: PANEL_WIDTH },
        height: { signal: 'height' },
        description: { signal: `datum.${PANEL_FIELD}` },
      },
    },
    data: own.has(ANNOTATIONS_DATA)
      ? [...panelData, { name: HEADING_ROOM, source: ANNOTATIONS_DATA, transform: [{ type: 'aggregate', ops: ['min'], fields: ['lnob_top'], as: ['top'] }] }]
      : panelData,
    scales: scales.filter(local),
    axes: spec['axes'] ?? [],
    marks: [...panelSentences((spec['marks'] as Json[] | undefined) ?? []), ...panelHeading(dir, own.has(ANNOTATIONS_DATA))],
  };
  spec['data'] = [...data, { name: ALL_ROWS, source: sources.length === 1 ? sources[0]! : sources }];
  spec['scales'] = scales.filter((scale) => !local(scale)).concat(scales.filter(local)); // the top-level band still sizes the panels by step
  delete spec['axes'];
  spec['marks'] = [panel];
  const signals = (spec['signals'] as Json[] | undefined) ?? [];
  spec['signals'] = [
    ...signals,
    { name: COLUMNS_SIGNAL, value: 1 },
    { name: PANEL_WIDTH, update: `max(40, floor(width / ${COLUMNS_SIGNAL}))` },
  ];
  spec['layout'] = { columns: { signal: COLUMNS_SIGNAL }, padding: PANEL_GAP, bounds: 'full', align: 'all' };
  // `width` stays the whole drawing's (fitted to the element); everything drawn in a panel reads the panel's.
  // The legend is the whole chart's (one for every panel), above the grid: it keeps the whole width.
  const { signals: topSignals, legends, ...rest } = spec;
  const out = {
    ...panelWidths(rest),
    ...(legends ? { legends } : {}),
    // A layout chosen by the page's width (templates/names-above.ts) reads the panel's width instead.
    signals: (topSignals as Json[]).map((signal) => (signal['name'] === PANEL_WIDTH ? signal : signal['name'] === 'lnob_frame_width' ? { ...signal, update: PANEL_WIDTH } : panelWidths(signal))),
  };
  return out as unknown as VegaSpec;
}
