/**
 * The progress chart's words in English, beside its code (the summary, the verdicts drawn in the chart and the
 * target line's default label); the kit's other languages translate them in `words.<lang>.ts` here, loaded only for
 * a chart in that language.
 */
export interface ProgressWords {
  /** The target line's label: "2030 target". */
  readonly target: (year: number) => string;
  readonly onTrack: string;
  readonly offTrack: string;
  /** "Latest value 45% (2022)." (series null: one line) or "Rural: latest value 45% (2022)." */
  readonly latestValue: (series: string | null, value: string, year: number) => string;
  /** A series without a name. */
  readonly unnamed: string;
  /** Inside the target sentence: "half the 2015 value of 40%" (`times` is the factor, formatted). */
  readonly relativeTarget: (factor: number, times: string, year: number, value: string) => string;
  /** "2030 target: 21% (half the 2015 value of 42%)." (`label` already capitalised; `relative` from relativeTarget) */
  readonly targetIs: (label: string, value: string, relative?: string) => string;
  /** "At the rate of change since 2015, it would reach 30% by 2030: off track." */
  readonly projection: (baselineYear: number, fromFirstValue: boolean, projected: string, targetYear: number, verdict: string) => string;
  /** "Reached by 2022: on track." / "Not reached by 2022: off track." */
  readonly reached: (reached: boolean, year: number, verdict: string) => string;
  /** "No verdict: {reason}." */
  readonly noVerdict: (reason: string) => string;
  readonly reasonNoValues: string;
  readonly reasonTwoYears: (baselineYear: number) => string;
  readonly reasonGrowth: string;
  readonly noTarget: string;
  /** Drawn beside the baseline's ring: "baseline 2015". */
  readonly baseline: (year: number) => string;
  /** Drawn at the end of the projection: "30.4% by 2030" (`value` formatted with its unit). */
  readonly projectedBy: (value: string, year: number) => string;
  /** Drawn under an off-track verdict: "9.4 points short" (`amount` already in points or the unit). */
  readonly shortfall: (amount: string) => string;
  /**
   * The default label of a target relative to the baseline: "2030 target: half of 2015" (`times` is the factor,
   * formatted). Optional: a site's own language without it gets "2030 target" in its words.
   */
  readonly targetRelativeLabel?: (year: number, factor: number, times: string, baselineYear: number) => string;
  /** The label of relative targets drawn one per line (only the first is labelled): "2030 target (per line)". */
  readonly targetPerLine?: (label: string) => string;
  /** Many lines: "3 on track (Urban, Capital, …); 9 off track; 1 without a verdict." */
  readonly verdictCounts: (on: number, names: readonly string[], more: boolean, off: number, none: number) => string;
}

export const english: ProgressWords = {
  target: (year) => `${year} target`,
  onTrack: 'on track',
  offTrack: 'off track',
  latestValue: (series, value, year) => `${series === null ? 'Latest' : `${series}: latest`} value ${value} (${year}).`,
  unnamed: 'Unnamed',
  relativeTarget: (factor, times, year, value) =>
    `${factor === 0.5 ? 'half' : factor === 0.25 ? 'a quarter of' : factor === 2 ? 'twice' : `${times} times`} the ${year} value of ${value}`,
  targetIs: (label, value, relative) => `${label}: ${value}${relative ? ` (${relative})` : ''}.`,
  projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
    `At the rate of change since ${baselineYear}${fromFirstValue ? ' (no value since the baseline year, so from the first value)' : ''}, it would reach ${projected} by ${targetYear}: ${verdict}.`,
  reached: (reached, year, verdict) => `${reached ? 'Reached' : 'Not reached'} by ${year}: ${verdict}.`,
  noVerdict: (reason) => `No verdict: ${reason}.`,
  reasonNoValues: 'it has no values',
  reasonTwoYears: (baselineYear) => `it needs values from at least two years since ${baselineYear}`,
  reasonGrowth: 'a growth rate needs values above zero',
  noTarget: 'No target is set, so there is no verdict.',
  baseline: (year) => `baseline ${year}`,
  projectedBy: (value, year) => `${value} by ${year}`,
  shortfall: (amount) => `${amount} short`,
  targetRelativeLabel: (year, factor, times, baselineYear) =>
    `${year} target: ${factor === 0.5 ? `half of ${baselineYear}` : factor === 0.25 ? `a quarter of ${baselineYear}` : factor === 2 ? `twice ${baselineYear}` : `${times} × ${baselineYear}`}`,
  targetPerLine: (label) => `${label} (per line)`,
  verdictCounts: (on, names, more, off, none) =>
    `${on} on track${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''}; ${off} off track${none ? `; ${none} without a verdict` : ''}.`,
};

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends ProgressWords {}
}
