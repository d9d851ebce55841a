/**
 * Names above their bars: the phone layout of a category axis (bars, rows of dots, stacked bars).
 *
 * Beside its bar a name gets a column of about a third of the width, in up to two lines (`categoryAxisLabels` in
 * spec-helpers.ts). Where that column would make any name shorter than itself (it would need a third line), every
 * name moves above its bar instead, as the Financial Times and Datawrapper draw bars on phones: one line the
 * width of the chart (two only if the name is wider than the chart), the bar below it across the whole plot, its
 * value after it. The row grows by the name's lines (the band's step is a signal), and each mark of the row moves
 * down into the room under the name (`rowOffset`). Right to left, the axis is mirrored like any other
 * (render/mirror-spec.ts): the names start at the right edge and the bars grow leftwards below them.
 *
 * The choice reads the width the page gives the chart (`lnob_view_width`, set by the renderer), not the plot's
 * width, which Vega narrows by the names' column while it lays the chart out: a choice made on the plot's width
 * would flip between its two passes.
 */
import type { LabelForm } from './labels.js';

/** Pixels a character takes at most on average in a label (a bit more than the mean, so a line is not underestimated). */
const WIDE_CHAR_PX = 7;
/** Room between a name's lines and its bar, and between a bar and the next row's name. */
const NAME_GAP = 3;
const ROW_GAP = 12;

/** Signals the rule reads, with the values a chart of short names (or one drawn without the renderer) has. */
export const NAME_SIGNAL_DEFAULTS = {
  /** The width the page gives the chart (px); 0 when not given, then the plot's width stands in. */
  lnob_view_width: 0,
  /** The narrowest two-line form (index of LABEL_CHARS) at which no category name is shortened; 7 when none. */
  lnob_label_fit: 0,
  /** The number of characters of the longest category name. */
  lnob_name_chars: 0,
};

/** The chart's own width (less the view's padding): stable while Vega fits the axes in. A small multiple's is its panel's (render/facet-spec.ts). */
export const FRAME_WIDTH = 'lnob_frame_width';

/** The index of the two-line form (labels.ts) of `px` pixels a line. */
export const formIndex = (px: string, charPx = 6.3) => `clamp(floor(log((${px}) / ${10 * charPx}) / log(1.3)), 0, 6)`;

/**
 * The names' column limit (an expression of `width`, e.g. `max(80, width * 0.35)`) read at the frame's width, so the
 * names drawn are the ones Vega measured when it made room for them.
 */
export const atFrame = (limit: string) => limit.replace(/(?<![\w.$])width(?![\w$])/g, FRAME_WIDTH);

/** Height of the names' lines above a bar (a signal: the longest name's lines, one or two, as the row was made for). */
const NAME_BLOCK = 'lnob_name_block';

/**
 * The params of the rule, for a template whose names' column is `limit` px (an expression of `width`). The axis's
 * expressions read these signals by name, so each long expression is written once in the compiled spec.
 */
export function nameParams(limit: string): { name: string; value?: unknown; expr?: string }[] {
  return [
    ...Object.entries(NAME_SIGNAL_DEFAULTS).map(([name, value]) => ({ name, value })),
    { name: 'lnob_frame_width', expr: 'lnob_view_width > 0 ? lnob_view_width - 8 : width' },
    // Beside: the names' column (px) and the form that fits it; above: the form of a name wider than the chart.
    { name: 'lnob_name_column', expr: atFrame(limit) },
    { name: 'lnob_beside_form', expr: formIndex('lnob_name_column') },
    { name: 'lnob_above_form', expr: formIndex(FRAME_WIDTH, WIDE_CHAR_PX) },
    { name: 'lnob_names_above', expr: 'lnob_label_fit > lnob_beside_form' },
    // One line, or two where the longest name is wider than the chart.
    { name: NAME_BLOCK, expr: `(lnob_name_chars * ${WIDE_CHAR_PX} > ${FRAME_WIDTH} ? 2 : 1) * (lnob_text_size + 3)` },
  ];
}

/**
 * The step of a row: `step` beside, or the names' lines, the mark (`markHeight` px) and the gap to the next row
 * above. (Vega-Lite types a step as a number; a signal is compiled as the step's update, `y_step`.)
 */
export function rowStep(step: number, markHeight: number | string): { step: number } {
  return { step: { signal: `lnob_names_above ? ${NAME_BLOCK} + (${markHeight}) + ${NAME_GAP + ROW_GAP} : ${step}` } as unknown as number };
}

/** A mark's height: `markHeight` px under its name (a number, or an expression such as one of the text size), the band's own beside it. */
export const rowMarkHeight = (markHeight: number) => ({ expr: `lnob_names_above ? ${markHeight} : bandwidth('y')` });

/** Moves a mark centred on its row down into the room under its name (and nowhere when names are beside). */
export const rowOffset = (markHeight: number | string) => ({
  expr: `lnob_names_above ? -bandwidth('y') / 2 + ${NAME_BLOCK} + ${NAME_GAP} + (${markHeight}) / 2 : 0`,
});

/**
 * The category axis's labels for both layouts (the template declares `nameParams`). Beside: the two-line form that
 * fits the column, centred on its bar. Above: the whole name from the plot's start edge, on one line (two where it
 * is wider than the chart).
 */
export function nameAxisLabels(form: (index: string) => string, halfLine: number) {
  const beside = form('lnob_beside_form');
  // On one line where the longest name's does (lnob_name_block): the row's height was made for it.
  const above = `length(datum.value) * ${WIDE_CHAR_PX} <= ${FRAME_WIDTH} ? datum.value : ${form('lnob_above_form')}`;
  return {
    labelExpr: `lnob_names_above ? (${above}) : ${beside}`,
    labelLimit: { expr: `lnob_names_above ? ${FRAME_WIDTH} : lnob_name_column * 1.3` },
    labelAlign: { expr: "lnob_names_above ? 'left' : 'right'" },
    // Above: the name's last line just over its bar, so a short name in a row made for two lines keeps to its bar.
    labelBaseline: { expr: "lnob_names_above ? 'bottom' : 'middle'" },
    labelPadding: { expr: 'lnob_names_above ? 0 : 6' },
    // (Vega writes a name's further lines below its first whatever the baseline: two lines start a line higher.)
    labelOffset: {
      expr: `lnob_names_above ? -bandwidth('y') / 2 + ${NAME_BLOCK} - (length(datum.value) * ${WIDE_CHAR_PX} <= ${FRAME_WIDTH} ? 0 : lnob_text_size + 2) : isArray(${beside}) ? ${-halfLine} : 0`,
    },
  };
}

/**
 * The value axis's gridlines, drawn only while the names are beside the bars. Above the bars, a name stands across
 * the plot where the gridlines run, and a line through its letters is hard to read (the high-contrast theme's grid
 * is as dark as text); the values are written on the marks, so the chart reads without the grid, as Datawrapper's
 * bars on phones do.
 */
export const GRID_BESIDE_NAMES = { gridOpacity: { expr: 'lnob_names_above ? 0 : 1' } };

/** For the names' signals: the narrowest form at which no name is shortened, and the longest name's length. */
export function nameFit(names: readonly string[], lookup: Readonly<Record<string, readonly LabelForm[]>>): { lnob_label_fit: number; lnob_name_chars: number } {
  const whole = (name: string, form: LabelForm | undefined) => form === undefined || (Array.isArray(form) ? form.join(' ') : form) === name.trim().replace(/\s+/g, ' ');
  let fit = 0;
  for (; fit < 7; fit++) if (names.every((name) => whole(name, lookup[name]?.[fit]))) break;
  return { lnob_label_fit: fit, lnob_name_chars: Math.max(0, ...names.map((name) => [...name].length)) };
}
