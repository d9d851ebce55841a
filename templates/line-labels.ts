/**
 * Direct labels at the ends of lines (trend, progress) that never overlap:
 * each label's pixel position comes from the shared `y` scale, then labels
 * are pushed down, in order, until each is at least `gap` pixels below the
 * one above. The push is the running maximum
 *   y_i = i·gap + max_{j ≤ i} (p_j − j·gap)
 * of the positions p sorted top to bottom, which Vega-Lite computes with two
 * window transforms. The labels never feed the y scale's domain, so reading
 * the scale here makes no cycle. `gap` is a number of pixels or the name of a
 * signal holding one.
 */
export function dodgeLabels(gap: number | string) {
  return [
    { calculate: "scale('y', datum.value)", as: 'lnob_py' },
    { window: [{ op: 'row_number' as const, as: 'lnob_i' }], sort: [{ field: 'lnob_py', order: 'ascending' as const }] },
    { calculate: `datum.lnob_py - datum.lnob_i * ${gap}`, as: 'lnob_pa' },
    {
      window: [{ op: 'max' as const, field: 'lnob_pa', as: 'lnob_pm' }],
      sort: [{ field: 'lnob_py', order: 'ascending' as const }],
      frame: [null, 0] as [null, number],
    },
    { calculate: `datum.lnob_pm + datum.lnob_i * ${gap}`, as: 'lnob_ly' },
  ];
}

/** The pixel gap between two line-end labels: a line of small text plus a little air. */
export const LABEL_GAP = 15;

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
