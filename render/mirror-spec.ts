import type { Spec as VegaSpec } from 'vega';

/**
 * A right-to-left chart's drawing, as Arabic-language publications draw it: the mirror image of the
 * left-to-right one, made once for every template from its compiled Vega spec (render/compile.ts), so no
 * template needs a second spec and the build's precompiled specs serve both directions.
 *
 * - every horizontal scale runs right to left (`reverse`): bars grow leftwards from their names, the first
 *   year is rightmost;
 * - category and value axes drawn at the left move to the right, and back;
 * - every position not given by a scale (a waffle's squares, a note at `x: 0`) is reflected (`width - x`);
 *   expressions that place text by reading the scale (`scale('x', v) > width / 2`) are reflected too, so a
 *   rule written for left to right still holds;
 * - text alignment swaps (`left` ↔ `right`) and horizontal nudges change sign (`dx`), so labels beside a
 *   line end or a dot sit on the mirrored side;
 * - legends on a side move to the other one, legends above or below start at the right, and a legend of one
 *   row lists its entries from the right;
 * - every drawn text, axis label and legend label is one first-strong isolate (FSI … PDI): a label that
 *   starts with Arabic reads right to left as a whole, so "أفقر 20%" is not split into "%أفقر 20".
 *
 * Maps are not mirrored (geography has one orientation): their shapes come from a projection, which this
 * leaves alone; their notes and legends still move to the start (right) side.
 *
 * A template marks a mark this must leave as drawn with the Vega-Lite mark style `lnob-keep-x`
 * (`mark: { type: 'text', style: ['text', KEEP_X_STYLE] }`).
 */
export const KEEP_X_STYLE = 'lnob-keep-x';

const FSI = '\u2068';
const PDI = '\u2069';
/** x channels whose value is a horizontal position. */
const POSITIONS = ['x', 'x2', 'xc'] as const;
const SWAPPED_ORIENT: Readonly<Record<string, string>> = {
  left: 'right',
  right: 'left',
  'top-left': 'top-right',
  'top-right': 'top-left',
  'bottom-left': 'bottom-right',
  'bottom-right': 'bottom-left',
};

type Json = Record<string, unknown>;
type Ref = Json & { value?: unknown; signal?: string; field?: unknown; scale?: string; mult?: number; offset?: unknown; test?: string };
interface Mark extends Json {
  type?: string;
  style?: string | string[];
  encode?: Record<string, Record<string, Ref | Ref[]> | undefined>;
  marks?: Mark[];
  scales?: Json[];
  axes?: Json[];
  legends?: Json[];
}

/** The mirror image of a compiled spec (a new object: the left-to-right spec stays shared and untouched). */
export function mirrorSpec(spec: VegaSpec): VegaSpec {
  const root = structuredClone(spec) as unknown as Mark & { config?: Json };
  const reversed = new Set<string>();
  collectHorizontalScales(root, reversed);
  const mirror = new Mirror(reversed);
  mirror.group(root);
  // Legends above and below a chart start at its right edge, where a right-to-left reader starts.
  const config = (root.config ??= {});
  const legend = (config['legend'] ??= {}) as Json;
  legend['layout'] = { ...((legend['layout'] as Json | undefined) ?? {}), top: { anchor: 'end' }, bottom: { anchor: 'end' } };
  return root as unknown as VegaSpec;
}

/** Scales that place things across the chart: used by an x channel, or spanning its width. */
function collectHorizontalScales(mark: Mark, names: Set<string>): void {
  for (const scale of mark.scales ?? []) {
    const range = JSON.stringify(scale['range'] ?? '');
    if (scale['name'] === 'x' || range === '"width"' || /"signal":"width/.test(range)) names.add(String(scale['name']));
  }
  for (const axis of mark.axes ?? []) if (axis['orient'] === 'top' || axis['orient'] === 'bottom') names.add(String(axis['scale']));
  for (const child of mark.marks ?? []) collectHorizontalScales(child, names);
}

class Mirror {
  constructor(private readonly reversed: ReadonlySet<string>) {}

  group(mark: Mark): void {
    for (const scale of mark.scales ?? []) if (this.reversed.has(String(scale['name']))) mirrorScale(scale);
    for (const axis of mark.axes ?? []) {
      const orient = axis['orient'];
      if (typeof orient === 'string' && SWAPPED_ORIENT[orient]) axis['orient'] = SWAPPED_ORIENT[orient];
      // Labels a template aligns itself (names above their bars start at the plot's start edge) align the other way.
      const labels = (axis['encode'] as Record<string, Json> | undefined)?.['labels']?.['update'] as Record<string, Ref | Ref[]> | undefined;
      if (labels?.['align']) labels['align'] = each(labels['align'], (ref) => this.swappedAlign(ref));
      isolateLabels(axis);
    }
    for (const legend of mark.legends ?? []) {
      const orient = legend['orient'];
      if (typeof orient === 'string' && SWAPPED_ORIENT[orient]) legend['orient'] = SWAPPED_ORIENT[orient];
      isolateLabels(legend);
      reverseEntries(legend, mark.scales ?? []);
      mirrorRamp(legend, mark.scales ?? []);
    }
    for (const child of mark.marks ?? []) this.mark(child);
  }

  mark(mark: Mark): void {
    const styles = ([] as string[]).concat(mark.style ?? []);
    if (!styles.includes(KEEP_X_STYLE)) {
      for (const set of Object.values(mark.encode ?? {})) if (set) this.encodeSet(set, mark.type === 'text');
    }
    if (mark.type === 'group') this.group(mark);
  }

  private encodeSet(set: Record<string, Ref | Ref[]>, text: boolean): void {
    // A rect placed by its left edge and width is placed by its right edge once mirrored.
    if (set['x'] && set['width'] && !set['x2']) {
      set['x2'] = set['x'];
      delete set['x'];
    }
    for (const channel of POSITIONS) if (set[channel]) set[channel] = each(set[channel]!, (ref) => this.position(ref));
    if (set['dx']) set['dx'] = each(set['dx'], (ref) => this.negated(ref));
    if (set['angle']) set['angle'] = each(set['angle'], (ref) => this.negated(ref));
    if (!text) return;
    // Vega's default alignment is left: a text without one is anchored at its left, so at its right once mirrored.
    set['align'] = each(set['align'] ?? { value: 'left' }, (ref) => this.swappedAlign(ref));
    const lineBreak = (set['lineBreak'] as Ref | undefined)?.value;
    if (set['text']) set['text'] = each(set['text'], (ref) => isolated(ref, typeof lineBreak === 'string' ? lineBreak : undefined));
  }

  /** A horizontal position: a scale's (already reversed) as it is; any other reflected across the width. */
  private position(ref: Ref): Ref {
    if (ref.scale !== undefined) {
      return typeof ref.offset === 'number' ? { ...ref, offset: -ref.offset } : ref;
    }
    const expression = expressionOf(ref);
    if (expression === undefined) return ref; // relative to the enclosing group (`{field: {group: 'x'}}`): mirrored with it
    return { ...keepTest(ref), signal: `width - (${this.leftToRight(expression)})` };
  }

  private negated(ref: Ref): Ref {
    const expression = expressionOf(ref);
    return expression === undefined ? ref : { ...keepTest(ref), signal: `-(${this.leftToRight(expression)})` };
  }

  private swappedAlign(ref: Ref): Ref {
    if (typeof ref.value === 'string') return { ...ref, value: ref.value === 'left' ? 'right' : ref.value === 'right' ? 'left' : ref.value };
    const expression = expressionOf(ref);
    if (expression === undefined) return ref;
    return { ...keepTest(ref), signal: swapExpression(`(${this.leftToRight(expression)})`) };
  }

  /**
   * An expression written for left to right, evaluated in the mirrored drawing: each `scale('x', v)` of a
   * reversed scale is read back in left-to-right pixels (`width - scale('x', v)`), so its geometry holds.
   */
  private leftToRight(expression: string): string {
    return replaceScaleCalls(expression, this.reversed);
  }
}

/** `'left'` ↔ `'right'` for an alignment expression, evaluating it once. */
function swapExpression(expression: string): string {
  return `indexof(['left', 'right'], ${expression}) >= 0 ? (${expression} == 'left' ? 'right' : 'left') : ${expression}`;
}

/** Scales whose colour legend Vega draws as a ramp. */
const CONTINUOUS = ['linear', 'log', 'pow', 'sqrt', 'symlog', 'time', 'utc', 'sequential'];

/** Channels a legend's entries come from. */
const LEGEND_SCALES = ['fill', 'stroke', 'shape', 'size', 'opacity', 'strokeDash'] as const;

/**
 * A legend of categories in one row lists them from the right: its first entry (the first group, drawn on the
 * start side) is the rightmost. A legend of several rows keeps its order (reversing it would reverse the rows too).
 */
function reverseEntries(legend: Json, scales: readonly Json[]): void {
  const name = LEGEND_SCALES.map((channel) => legend[channel]).find((value): value is string => typeof value === 'string');
  const scale = scales.find((candidate) => candidate['name'] === name);
  if (!scale || !['ordinal', 'point', 'band'].includes(String(scale['type']))) return;
  const values = legend['values'];
  const entries = Array.isArray(values)
    ? JSON.stringify(values)
    : values && typeof values === 'object' && typeof (values as Json)['signal'] === 'string'
      ? `(${(values as Json)['signal'] as string})`
      : values === undefined
        ? `domain(${JSON.stringify(name)})`
        : undefined;
  if (entries === undefined) return;
  const columns = typeof legend['columns'] === 'number' ? (legend['columns'] as number) : undefined;
  const oneRow = legend['direction'] === 'horizontal' ? (columns === undefined ? 'true' : `length(${entries}) <= ${columns}`) : 'false';
  if (oneRow === 'false') return;
  legend['values'] = { signal: `${oneRow} ? reverse(${entries}) : ${entries}` };
}

/**
 * Inside a legend, right to left: a colour ramp runs from the right (its lowest value at the right, as the value
 * axes run). (A key's swatch stays at the left of its label: Vega lays out a legend's first entry from x = 0, so a
 * label drawn leftwards of its swatch would run over the next legend.)
 */
function mirrorRamp(legend: Json, scales: readonly Json[]): void {
  const scale = LEGEND_SCALES.map((channel) => legend[channel]).find((value): value is string => typeof value === 'string');
  const type = String(scales.find((candidate) => candidate['name'] === scale)?.['type'] ?? 'ordinal');
  // Vega draws a colour scale that is not of categories as a ramp unless told otherwise.
  const gradient = legend['type'] === 'gradient' || (legend['type'] === undefined && (legend['fill'] ?? legend['stroke']) === scale && CONTINUOUS.includes(type));
  // A vertical ramp reads from the bottom in either direction.
  if (gradient && legend['direction'] !== 'vertical') {
    const encode = (legend['encode'] ??= {}) as Record<string, Json>;
    const update = (part: string) => ((((encode[part] ??= {}) as Json)['update'] ??= {}) as Record<string, unknown>);
    const length = legend['gradientLength'] ?? 200; // Vega's default
    update('gradient')['fill'] = { gradient: scale, start: [1, 0], stop: [0, 0] };
    Object.assign(update('labels'), {
      x: { signal: '1 - datum.perc', mult: length },
      align: { signal: 'datum.perc <= 0 ? "right" : datum.perc >= 1 ? "left" : "center"' },
    });
  }
}

/**
 * A horizontal scale drawn right to left. A range of two ends that are not the whole width (a slope chart keeps room
 * for names on the left: `[room, width - right]`) is reflected across the width (`[width - room, right]`), so the
 * room moves to the right with the names; reversing it would leave the room where it was. Any other range is
 * reversed, which is the same reflection for `[0, width]`.
 */
function mirrorScale(scale: Json): void {
  const range = scale['range'];
  if (Array.isArray(range) && range.length === 2 && !(range[0] === 0 && isWidth(range[1]))) {
    scale['range'] = range.map((end) => ({ signal: `width - (${signalOf(end)})` }));
    return;
  }
  scale['reverse'] = not(scale['reverse']);
}

function isWidth(end: unknown): boolean {
  return end === 'width' || (typeof end === 'object' && end !== null && (end as Json)['signal'] === 'width');
}

function signalOf(end: unknown): string {
  if (typeof end === 'number') return String(end);
  if (typeof end === 'object' && end !== null && typeof (end as Json)['signal'] === 'string') return (end as Json)['signal'] as string;
  return String(end);
}

function not(reverse: unknown): unknown {
  if (reverse === undefined || reverse === null) return true;
  if (typeof reverse === 'boolean') return !reverse;
  if (typeof reverse === 'object' && typeof (reverse as Json)['signal'] === 'string') return { signal: `!(${(reverse as Json)['signal'] as string})` };
  return reverse;
}

function each(refs: Ref | Ref[], change: (ref: Ref) => Ref): Ref | Ref[] {
  return Array.isArray(refs) ? refs.map(change) : change(refs);
}

function keepTest(ref: Ref): Ref {
  return ref.test === undefined ? {} : { test: ref.test };
}

/** A value reference as one expression (value, signal or datum field, with `mult` and `offset`); undefined for group fields and scales. */
function expressionOf(ref: Ref): string | undefined {
  let base: string;
  if (ref.signal !== undefined) base = `(${ref.signal})`;
  else if (ref.value !== undefined) base = JSON.stringify(ref.value);
  else if (typeof ref.field === 'string') base = `datum[${JSON.stringify(ref.field)}]`;
  else return undefined;
  if (ref.scale !== undefined) return undefined;
  if (typeof ref.mult === 'number') base = `${base} * ${ref.mult}`;
  if (typeof ref.offset === 'number') base = `${base} + ${ref.offset}`;
  else if (ref.offset !== undefined) return undefined;
  return base;
}

/**
 * A number with its sign, separators and percent sign ("20%", "−3.5", "1,234", "٢٠٪"), to isolate inside a text:
 * beside Arabic words, bidi reordering would otherwise move its "%" or "−" to the other side.
 */
const NUMBER = '[-\u2212+]?[0-9\u0660-\u0669](?:[0-9\u0660-\u0669.,\u066b\u066c\u00a0\u202f]*[0-9\u0660-\u0669])?(?:[\u00a0\u202f]?[%\u066a\u2030])?';

/**
 * Text as one first-strong isolate (each line its own, `lineBreak`), every number in it isolated too, so a data
 * value such as "أفقر 20%" reads as written; an array of lines as it is.
 */
function isolated(ref: Ref, lineBreak?: string): Ref {
  const expression = expressionOf(ref);
  if (expression === undefined) return ref;
  let text = `replace(${expression} + '', regexp('${NUMBER}', 'g'), '${FSI}$&${PDI}')`;
  if (lineBreak) text = `replace(${text}, regexp(${JSON.stringify(lineBreak.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))}, 'g'), ${JSON.stringify(PDI + lineBreak + FSI)})`;
  return { ...keepTest(ref), signal: `isArray(${expression}) || !isValid(${expression}) || ${expression} === '' ? ${expression} : '${FSI}' + ${text} + '${PDI}'` };
}

/** Axis and legend labels as isolates, like every other drawn text. */
function isolateLabels(guide: Json): void {
  const encode = (guide['encode'] ??= {}) as Record<string, Json>;
  const labels = (encode['labels'] ??= {});
  const update = (labels['update'] ??= {}) as Record<string, Ref | Ref[]>;
  update['text'] = update['text'] ? each(update['text'], isolated) : isolated({ signal: 'datum.label' });
}

/** `scale('x', v)` → `(width - scale('x', v))` for each reversed scale, with nested parentheses respected. */
export function replaceScaleCalls(expression: string, scales: ReadonlySet<string>): string {
  let out = '';
  let index = 0;
  const call = /scale\(\s*(['"])([^'"]+)\1\s*,/g;
  for (let match = call.exec(expression); match; match = call.exec(expression)) {
    if (!scales.has(match[2]!)) continue;
    let depth = 0;
    let end = match.index + 'scale'.length;
    for (; end < expression.length; end++) {
      const char = expression[end];
      if (char === '(') depth++;
      else if (char === ')' && --depth === 0) break;
    }
    const inner = replaceScaleCalls(expression.slice(match.index + match[0].length, end), scales);
    out += `${expression.slice(index, match.index)}(width - ${match[0]}${inner}))`;
    index = end + 1;
    call.lastIndex = index;
  }
  return out + expression.slice(index);
}
