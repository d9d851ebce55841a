import type { Spec as VegaSpec } from 'vega';
import { NOT_DATA_STYLE } from '../core/mark-styles.js';

/**
 * What a screen reader finds in a drawing, decided once for every template
 * where a Vega-Lite spec becomes Vega (render/compile.ts, so the build's
 * precompiled specs carry it too), instead of in each template:
 *
 * - a data mark keeps the human sentence its template gives it (`lnob_description`)
 *   and gets a role in the chart's language ("bar", "point") instead of Vega's "rect mark";
 * - a line drawn from the chart's rows is one item per series, named by a sentence
 *   the chart plan writes (start, end, change, lowest, highest: render/mark-descriptions.ts);
 * - on a map only countries with a value (or highlighted) are exposed;
 * - everything else (value labels repeating a bar, reference and target lines, the
 *   map's keys and disclaimer, legends, axes and their gridlines) is hidden: Vega-Lite would otherwise read it
 *   out as its encodings ("value: 70; category: North West; lnob_label: 70.0%").
 */
export const A11Y_LINES = 'lnob_a11y_lines';
export const A11Y_ROLES = 'lnob_a11y_roles';

type Json = Record<string, unknown>;
interface Mark extends Json {
  type: string;
  aria?: boolean;
  from?: { data?: string; facet?: { name: string; data: string } };
  encode?: Record<string, Json | undefined>;
  marks?: Mark[];
  data?: { name: string; source?: string | string[] }[];
}

export function accessibleSpec(spec: VegaSpec): VegaSpec {
  const root = spec as unknown as Mark;
  const sources = new Map<string, readonly string[]>();
  collectSources(root, sources);
  const fromTable = (name: string | undefined): boolean => {
    const seen = new Set<string>();
    const walk = (data: string): boolean => {
      if (data === 'table') return true;
      if (seen.has(data)) return false;
      seen.add(data);
      return (sources.get(data) ?? []).some(walk);
    };
    return name !== undefined && walk(name);
  };
  for (const mark of root.marks ?? []) prepareMark(mark, fromTable);
  // Legends and axes: each mark already names its group, series, category and value in the chart's language, and
  // Vega's own captions are English ("X-axis for a utc scale with values from Friday, 01 January 2010, 00:00:00 UTC…").
  hideGuides(root);
  const declared = new Set((spec.signals ?? []).map((signal) => signal.name));
  const signals = [...(spec.signals ?? [])];
  if (!declared.has(A11Y_LINES)) signals.push({ name: A11Y_LINES, value: {} });
  if (!declared.has(A11Y_ROLES)) signals.push({ name: A11Y_ROLES, value: {} });
  spec.signals = signals;
  return spec;
}

function hideGuides(mark: Mark): void {
  for (const guide of [...((mark['legends'] as Json[] | undefined) ?? []), ...((mark['axes'] as Json[] | undefined) ?? [])]) guide['aria'] = false;
  for (const child of mark.marks ?? []) hideGuides(child);
}

/** Which datasets (and facets) each dataset is derived from, anywhere in the spec. */
function collectSources(mark: Mark, sources: Map<string, readonly string[]>): void {
  for (const data of mark.data ?? []) if (data.source !== undefined) sources.set(data.name, ([] as string[]).concat(data.source));
  const facet = mark.from?.facet;
  if (facet) sources.set(facet.name, [facet.data]);
  for (const child of mark.marks ?? []) collectSources(child, sources);
}

function prepareMark(mark: Mark, fromTable: (name: string | undefined) => boolean): void {
  if (mark.type === 'group') {
    for (const child of mark.marks ?? []) prepareMark(child, fromTable);
    return;
  }
  const update = (mark.encode ??= {})['update'] ?? (mark.encode['update'] = {});
  const described = JSON.stringify(update['description'] ?? '').includes('lnob_description');
  if (described) {
    delete mark.aria;
    update['ariaRoleDescription'] = { signal: `${A11Y_ROLES}['${mark.type}'] || null` };
    // A map draws every country: only those with a value (or highlighted) are data.
    if (mark.type === 'shape') update['aria'] = { signal: '!!(datum.lnob_has_value || datum.lnob_highlighted)' };
    return;
  }
  if (mark.type === 'line' && fromTable(mark.from?.data) && !([] as unknown[]).concat(mark['style'] ?? []).includes(NOT_DATA_STYLE)) {
    delete mark.aria;
    update['description'] = { signal: `${A11Y_LINES}[isValid(datum.series) ? datum.series : ''] || null` };
    update['ariaRoleDescription'] = { signal: `${A11Y_ROLES}['line'] || null` };
    return;
  }
  mark.aria = false;
  delete update['description'];
}
