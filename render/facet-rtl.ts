import type { Spec as VegaSpec } from 'vega';
import { ALL_ROWS, COLUMNS_SIGNAL, DATASET_FIELD, PANEL_FIELD, PANEL_INDEX_FIELD, PANEL_LINE_FIELD, PANEL_MARK, PANEL_WIDTH } from './facet-spec.js';

/**
 * Small multiples read right to left (Arabic): the first panel at the top right, each row read from the right, and a
 * last row that is not full starting at the right edge too. Vega's grid fills its rows from the left, so each row's
 * panels are put in reverse order, and a last row that is not full is padded on its left with empty cells (rows of
 * the dataset `lnob_facet_blank`, which no panel draws: a cell of no size, clipped, unseen and unheard). The panels
 * themselves are already mirrored (render/mirror-spec.ts, made before the facet); their headings sit at their right
 * (render/facet-spec.ts).
 */
export const BLANK_DATASET = 'lnob_facet_blank';
const SLOT_FIELD = 'lnob_panel_slot';
const BLANK_FIELD = 'lnob_blank';

type Json = Record<string, unknown>;
const cache = new WeakMap<VegaSpec, VegaSpec>();

/** A faceted spec (render/facet-spec.ts) laid out right to left. Cached per spec. */
export function rightToLeftPanels(faceted: VegaSpec): VegaSpec {
  let out = cache.get(faceted);
  if (!out) cache.set(faceted, (out = build(faceted)));
  return out;
}

/**
 * The empty cells that pad the last row on its left, for `panels` panels in `columns` columns: each with the slot
 * (place in Vega's left-to-right order) it fills.
 */
export function blankCells(panels: number, columns: number): object[] {
  const missing = (columns - (panels % columns)) % columns;
  const lastRow = Math.floor(panels / columns) * columns;
  return Array.from({ length: missing }, (_, i) => ({
    [PANEL_INDEX_FIELD]: panels + i,
    [PANEL_FIELD]: '',
    [PANEL_LINE_FIELD]: '',
    [DATASET_FIELD]: BLANK_DATASET,
    [BLANK_FIELD]: true,
    [SLOT_FIELD]: lastRow + i,
  }));
}

function build(faceted: VegaSpec): VegaSpec {
  const spec = structuredClone(faceted) as unknown as Json;
  const data = spec['data'] as Json[];
  const columns = COLUMNS_SIGNAL;
  // Panel i of row r is at column (columns - 1 - i % columns) from the left: its slot in Vega's order.
  const slot = `datum.${BLANK_FIELD} ? datum.${SLOT_FIELD} : floor(datum.${PANEL_INDEX_FIELD} / ${columns}) * ${columns} + ${columns} - 1 - datum.${PANEL_INDEX_FIELD} % ${columns}`;
  spec['data'] = data.flatMap((entry) => {
    if (entry['name'] !== ALL_ROWS) return [entry];
    const sources = ([] as unknown[]).concat(entry['source'] ?? []);
    return [{ name: BLANK_DATASET, values: [] }, { ...entry, source: [...sources, BLANK_DATASET], transform: [{ type: 'formula', as: SLOT_FIELD, expr: slot }] }];
  });
  const panel = (spec['marks'] as Json[]).find((mark) => mark['name'] === PANEL_MARK)!;
  const from = panel['from'] as { facet: { groupby: string[] } };
  from.facet.groupby = [...from.facet.groupby, SLOT_FIELD, BLANK_FIELD];
  panel['sort'] = { field: `datum.${SLOT_FIELD}` };
  const update = (panel['encode'] as { update: Json }).update;
  const blank = `datum.${BLANK_FIELD}`;
  Object.assign(update, {
    width: { signal: `${blank} ? 0 : ${PANEL_WIDTH}` },
    height: { signal: `${blank} ? 0 : height` },
    clip: { signal: `!!${blank}` },
    aria: { signal: `!${blank}` },
    // Laid out by slot, written (and read by a screen reader) in the data's order: the first panel first.
    zindex: { signal: `datum.${PANEL_INDEX_FIELD}` },
  });
  return spec as unknown as VegaSpec;
}
