import type { Row } from '../../data/table.js';
import type { SummaryStrings } from '../../i18n/strings.js';
import type { Options } from '../types.js';
import { english } from './words.js';
import { strings as en } from '../../i18n/en.js';


/**
 * The progress verdict of the `progress` template, computed once and shared by
 * the chart (as rows of the `lnob_progress` dataset) and the text summary.
 *
 * Method (the UN SDG progress assessment, "indicators with an explicit
 * numerical target"): the compound annual growth rate between the baseline
 * (the first value at or after the baseline year, 2015 by default) and the
 * latest value is used to project the indicator to the target year; the
 * series is on track when that projection reaches the target. A compound
 * rate never projects below zero, unlike a straight line.
 */
export type Direction = 'increase' | 'decrease';

export interface ProgressSettings {
  readonly target: number | null;
  readonly targetRelative: number | null;
  readonly targetYear: number;
  readonly targetLabel: string;
  /** The page (or a preset, or the chart's language) gave the label; else it is the target's words in the chart's language. */
  readonly labelGiven?: boolean;
  readonly direction: Direction | null;
  readonly baselineYear: number;
}

export interface SeriesVerdict {
  /** The series name ('' when the chart has one series). */
  readonly series: string;
  readonly latest: { readonly year: number; readonly time: Date; readonly value: number } | null;
  readonly baseline: { readonly year: number; readonly time: Date; readonly value: number } | null;
  /** True when no value falls at or after the baseline year and the first value was used instead. */
  readonly baselineBefore: boolean;
  /** The target value for this series (absolute, or relative to its baseline), or null when there is none. */
  readonly target: number | null;
  readonly direction: Direction | null;
  /** Compound annual growth rate between baseline and latest value. */
  readonly rate: number | null;
  /** The projected value in the target year. */
  readonly projected: number | null;
  /** `on track`, `off track`, or null when it cannot be assessed (see `reason`). */
  readonly verdict: 'on track' | 'off track' | null;
  readonly reason: string | null;
  /** Yearly points of the projection, from the latest value to the target year. */
  readonly projection: readonly { readonly time: Date; readonly value: number }[];
}

export const DEFAULT_TARGET_YEAR = 2030;
export const DEFAULT_BASELINE_YEAR = 2015;
export const DEFAULT_TARGET_LABEL = '2030 target';

/** Reads the template's options (spellings are shared with the SDG indicator presets). */
export function progressSettings(options: Options): ProgressSettings {
  const number = (name: string): number | null => {
    const value = options[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  const direction = options['direction'];
  const targetYear = number('target-year') ?? DEFAULT_TARGET_YEAR;
  const label = options['target-label'];
  return {
    target: number('target'),
    targetRelative: number('target-relative'),
    targetYear,
    targetLabel: typeof label === 'string' && label.trim() !== '' ? label.trim() : targetYear === 2030 ? DEFAULT_TARGET_LABEL : `${targetYear} target`,
    labelGiven: typeof label === 'string' && label.trim() !== '',
    direction: direction === 'increase' || direction === 'decrease' ? direction : null,
    baselineYear: number('baseline-year') ?? DEFAULT_BASELINE_YEAR,
  };
}

interface Point {
  readonly time: Date;
  readonly year: number;
  readonly value: number;
}

/** Fractional year of a UTC date, so that monthly data projects correctly. */
function yearOf(time: Date): number {
  const year = time.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (time.getTime() - start) / (end - start);
}

/** One verdict per series (a single one, named '', without a `series` column), in order of first appearance. */
export function progressVerdicts(rows: readonly Row[], settings: ProgressSettings): SeriesVerdict[] {
  const bySeries = new Map<string, Point[]>();
  for (const row of rows) {
    const series = row['series'] === null || row['series'] === undefined ? '' : String(row['series']);
    if (!bySeries.has(series)) bySeries.set(series, []);
    const time = row['time'];
    const value = row['value'];
    if (!(time instanceof Date) || Number.isNaN(time.getTime()) || typeof value !== 'number' || !Number.isFinite(value)) continue;
    bySeries.get(series)!.push({ time, year: yearOf(time), value });
  }
  return [...bySeries].map(([series, points]) => verdictOf(series, points, settings));
}

function verdictOf(series: string, unsorted: Point[], settings: ProgressSettings): SeriesVerdict {
  const points = [...unsorted].sort((a, b) => a.year - b.year);
  const empty = {
    series, latest: null, baseline: null, baselineBefore: false, target: null, direction: null,
    rate: null, projected: null, verdict: null, projection: [],
  } as const;
  if (points.length === 0) return { ...empty, reason: 'it has no values' };
  const latest = points[points.length - 1]!;
  const fromBaseline = points.find((p) => p.year >= settings.baselineYear);
  const baseline = fromBaseline ?? points[0]!;
  const baselineBefore = fromBaseline === undefined;
  const target =
    settings.target ?? (settings.targetRelative !== null ? settings.targetRelative * baseline.value : null);
  const direction: Direction | null =
    settings.direction ?? (target === null ? null : target < baseline.value ? 'decrease' : 'increase');
  const base = {
    series,
    latest: { year: Math.floor(latest.year), time: latest.time, value: latest.value },
    baseline: { year: Math.floor(baseline.year), time: baseline.time, value: baseline.value },
    baselineBefore,
    target,
    direction,
  };
  const none = (reason: string | null) => ({ ...base, rate: null, projected: null, verdict: null, reason, projection: [] });
  if (target === null) return none(null);
  const span = latest.year - baseline.year;
  if (span <= 0) return none(`it needs values from at least two years since ${settings.baselineYear}`);
  if (latest.year >= settings.targetYear) {
    // Nothing to project: the target year is already observed.
    return { ...base, rate: null, projected: latest.value, verdict: meets(latest.value, target, direction!), reason: null, projection: [] };
  }
  let rate: number;
  if (baseline.value > 0 && latest.value > 0) rate = Math.pow(latest.value / baseline.value, 1 / span) - 1;
  else if (baseline.value > 0 && latest.value === 0) rate = -1; // already at zero: it stays there
  else if (baseline.value === 0 && latest.value === 0) rate = 0;
  else return none('a growth rate needs values above zero');
  const projectAt = (year: number) => (rate === -1 ? 0 : latest.value * Math.pow(1 + rate, year - latest.year));
  const projected = projectAt(settings.targetYear);
  const projection: { time: Date; value: number }[] = [{ time: latest.time, value: latest.value }];
  for (let year = Math.floor(latest.year) + 1; year < settings.targetYear; year++) {
    projection.push({ time: new Date(Date.UTC(year, 0, 1)), value: projectAt(year) });
  }
  projection.push({ time: new Date(Date.UTC(settings.targetYear, 0, 1)), value: projected });
  return { ...base, rate, projected, verdict: meets(projected, target, direction!), reason: null, projection };
}

function meets(value: number, target: number, direction: Direction): 'on track' | 'off track' {
  // A tiny tolerance so that a projection equal to the target up to rounding counts as reaching it.
  const tolerance = 1e-9 * Math.max(1, Math.abs(target));
  return (direction === 'increase' ? value >= target - tolerance : value <= target + tolerance) ? 'on track' : 'off track';
}

/** The target line's label: the one given, else "2030 target" in the chart's words. */
export function targetLabel(settings: ProgressSettings, words: { readonly target?: ((year: number) => string) | undefined } | undefined): string {
  return settings.labelGiven ? settings.targetLabel : (words?.target ?? english.target)(settings.targetYear);
}

/** Rows of the `lnob_progress` dataset: projections, target lines, verdicts, line-end names and the baseline. */
export function progressRows(verdicts: readonly SeriesVerdict[], settings: ProgressSettings, rows: readonly Row[], strings?: SummaryStrings): object[] {
  const times = rows.map((row) => row['time']).filter((t): t is Date => t instanceof Date && !Number.isNaN(t.getTime()));
  if (times.length === 0) return [];
  const first = new Date(Math.min(...times.map((t) => t.getTime())));
  const targetTime = new Date(Date.UTC(settings.targetYear, 0, 1));
  const several = verdicts.filter((v) => v.latest).length > 1;
  // One target line, unless targets are relative to each series' own baseline.
  const shared = settings.target !== null;
  const out: object[] = [];
  // The words drawn in the chart, English where the chart's language has none.
  const words = { ...english, points: en.summary.points, ...strings };
  let baselineShown = false;
  for (const v of verdicts) {
    if (!v.latest) continue;
    const firstTarget = !out.some((row) => (row as { kind: string }).kind === 'target');
    if (v.target !== null && (!shared || firstTarget)) {
      // Relative targets differ per series: each gets its line, drawn in its colour; only the first is labelled.
      const plain = targetLabel(settings, words);
      // One line's relative target says what it is relative to: "2030 target: half of 2015".
      const relative = !settings.labelGiven && settings.targetRelative !== null && !several && words.targetRelativeLabel;
      const drawn = relative ? relative(settings.targetYear, settings.targetRelative!, String(settings.targetRelative), settings.baselineYear) : plain;
      const label = firstTarget ? (shared || !several ? drawn : (words.targetPerLine ?? english.targetPerLine!)(plain)) : '';
      const end = targetTime.getTime() > v.latest.time.getTime() ? targetTime : v.latest.time;
      const full = several && !shared ? `${plain}: ${v.series}` : drawn;
      // Its label goes on the side of the line away from where the data starts, so no line strikes it through.
      const below = v.baseline !== null && v.baseline.value > v.target;
      out.push({ kind: 'target', series: v.series, time: first, value: v.target, label, full, own: !shared && several, below });
      out.push({ kind: 'target', series: v.series, time: end, value: v.target, label, full, own: !shared && several, below });
    }
    for (const point of v.projection) out.push({ kind: 'projection', series: v.series, time: point.time, value: point.value });
    const name = several ? shorten(v.series || words.unnamed, 16) : '';
    if (v.verdict) {
      const end = v.projection[v.projection.length - 1] ?? { time: v.latest.time, value: v.latest.value };
      const word = verdictWord(v.verdict, strings);
      const label = name ? `${name}: ${word}` : word;
      // One line: its numbers are written out, the projected value above the verdict and the shortfall under it.
      const shortfall = v.verdict === 'off track' && v.target !== null ? Math.abs(end.value - v.target) : null;
      const numbers = several
        ? {}
        : {
            projectedWords: v.projection.length ? words.projectedBy('{v}', settings.targetYear) : '',
            shortfall,
            shortfallWords: words.shortfall('{v}'),
            pointsWords: words.points('{v}'),
          };
      out.push({ kind: 'verdict', series: v.series, time: end.time, value: end.value, label, full: several ? `${v.series}: ${word}` : label, verdict: v.verdict, ...numbers });
    } else if (name) {
      out.push({ kind: 'end', series: v.series, time: v.latest.time, value: v.latest.value, label: name, full: v.series });
    }
    if (v.target !== null && v.baseline && !baselineShown) {
      baselineShown = true;
      // Beside its ring, on the side the line leaves empty: above a falling line, below a rising one.
      const falling = v.latest.value < v.baseline.value;
      // Over a long run of years the baseline sits among the end's labels (projection, verdict): its ring stays, its
      // words go (the summary names the baseline year).
      const span = targetTime.getTime() - first.getTime();
      const crowded = span > 0 && (targetTime.getTime() - v.baseline.time.getTime()) / span < 0.2;
      out.push({ kind: 'baseline', series: v.series, time: v.baseline.time, value: v.baseline.value, label: crowded ? '' : words.baseline(v.baseline.year), falling });
    }
    if (!several && v.latest.time.getTime() !== v.baseline?.time.getTime()) {
      // The latest value, written at its point (one line only: with several, the tooltip has them).
      const falling = v.baseline !== null && v.latest.value < v.baseline.value;
      out.push({ kind: 'latest', series: v.series, time: v.latest.time, value: v.latest.value, falling, baselineTime: v.baseline?.time ?? v.latest.time, targetTime });
    }
  }
  return out;
}

/** "on track" / "off track" in the chart's language (English without strings). */
export function verdictWord(verdict: 'on track' | 'off track' | null, strings?: SummaryStrings): string {
  if (!verdict || !strings) return verdict ?? '';
  return verdict === 'on track' ? strings.onTrack : strings.offTrack;
}

/** Cuts a name to `max` characters with an ellipsis in the middle, so a verdict after it is never cut off. */
export function shorten(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  // Cut in the middle, so names that differ only at the end stay distinct.
  const head = Math.ceil((max - 1) * 0.55);
  return `${chars.slice(0, head).join('').trimEnd()}…${chars.slice(chars.length - (max - 1 - head)).join('').trimStart()}`;
}
