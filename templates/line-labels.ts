/**
 * Direct labels at the ends of lines (trend, progress) that never overlap and stay as near their lines as they
 * can: each label's pixel position p comes from the shared `y` scale. Pushing labels down, in order, until each
 * is at least `gap` pixels below the one above is the running maximum
 *   down_i = i·gap + max_{j ≤ i} (p_j − j·gap)
 * of the positions sorted top to bottom; pushing them up from the bottom is the running minimum
 *   up_i = i·gap + min_{j ≥ i} (p_j − j·gap).
 * Both keep the gaps, and so does their mean, which moves a crowded group of labels both ways around its lines
 * instead of only downwards (six close lines no longer drift below their ends); it is then kept inside the plot.
 * Vega-Lite computes it with window transforms. The labels never feed the y scale's domain, so reading the scale
 * here makes no cycle. `gap` is a number of pixels or the name of a signal holding one.
 */
export function dodgeLabels(gap: number | string) {
  const byPosition = [{ field: 'lnob_py', order: 'ascending' as const }];
  return [
    { calculate: "scale('y', datum.value)", as: 'lnob_py' },
    { window: [{ op: 'row_number' as const, as: 'lnob_i' }], sort: byPosition },
    { joinaggregate: [{ op: 'count' as const, as: 'lnob_n' }] },
    { calculate: `datum.lnob_py - datum.lnob_i * ${gap}`, as: 'lnob_pa' },
    { window: [{ op: 'max' as const, field: 'lnob_pa', as: 'lnob_pm' }], sort: byPosition, frame: [null, 0] as [null, number] },
    { window: [{ op: 'min' as const, field: 'lnob_pa', as: 'lnob_pn' }], sort: byPosition, frame: [0, null] as [number, null] },
    {
      calculate: `clamp((datum.lnob_pm + datum.lnob_pn) / 2 + datum.lnob_i * ${gap}, (datum.lnob_i - 1) * ${gap}, height - (datum.lnob_n - datum.lnob_i) * ${gap})`,
      as: 'lnob_ly',
    },
  ];
}

/** A label moved further than this from its line's end (px) gets a leader line to it, and stands a little further off. */
const NUDGED = 5;
const nudged = `abs(datum.lnob_ly - datum.lnob_py) > ${NUDGED}`;

/** How far a line-end label stands from its line's end: further when it has a leader line. */
export const END_LABEL_DX = { expr: `${nudged} ? 18 : 8` } as const;

/**
 * Leader lines from a line's end to its label where the label had to move away from it (after `dodgeLabels`):
 * a layer for the labels' data, drawn in the muted colour from just past the end's dot to just before the label.
 */
export function leaderLines<T>(labelTransforms: readonly T[]) {
  return {
    transform: [...labelTransforms, { filter: nudged } as T],
    mark: {
      type: 'rule' as const,
      xOffset: 5,
      x2Offset: 16,
      y: { expr: 'datum.lnob_py' },
      y2: { expr: 'datum.lnob_ly' },
      stroke: { expr: 'lnob_color_muted' },
      strokeWidth: 1,
      aria: false,
    },
    encoding: { x2: { field: 'time' } },
  };
}

/** The gap between two line-end labels: a line of the theme's small text (`lnob_text_size`, 12 px) plus a little air. */
export const LABEL_GAP = '(17 * lnob_text_size / 12)';

/** Time axis: year ticks for years-only data, labels formatted by the `lnob_time_format` signal. */
export const TIME_AXIS = {
  title: null,
  domain: false,
  labelOverlap: true,
  labelFlush: true,
  labelPadding: 4,
  tickCount: { expr: 'lnob_time_ticks' },
  labelExpr: 'utcFormat(datum.value, lnob_time_format)',
  grid: false,
} as const;

/**
 * Signals for the time axis from the rows' dates (UTC): `%Y` and yearly ticks
 * when every date is the 1st of January, else month or day labels.
 * `extraYear` widens the span (progress projects to the target year).
 */
export function timeSignals(times: readonly Date[], extraYear?: number): { lnob_time_format: string; lnob_time_ticks: unknown } {
  const valid = times.filter((t) => !Number.isNaN(t.getTime()));
  const yearsOnly = valid.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1 && t.getUTCHours() === 0);
  const monthsOnly = valid.every((t) => t.getUTCDate() === 1 && t.getUTCHours() === 0);
  const years = valid.map((t) => t.getUTCFullYear());
  if (extraYear !== undefined) years.push(extraYear);
  const span = years.length ? Math.max(...years) - Math.min(...years) : 0;
  if (yearsOnly) {
    const step = span <= 5 ? 1 : span <= 10 ? 2 : span <= 25 ? 5 : span <= 50 ? 10 : 20;
    return { lnob_time_format: '%Y', lnob_time_ticks: { interval: 'year', step } };
  }
  return { lnob_time_format: monthsOnly ? '%b %Y' : '%-d %b %Y', lnob_time_ticks: 5 };
}

/** Beyond this many lines, only the highlighted ones (or the highest and lowest few) are named at their ends. */
export const MAX_END_LABELS = 12;
