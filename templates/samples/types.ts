/**
 * A sample dataset shipped with the kit, used by the catalogue, the demo and
 * the tests. Honesty rule: every figure comes from `source` (a cited public
 * source, usually the LNOB Partnership deck), or the sample is marked
 * `illustrative` and the chart says so in its notes, visibly.
 */
export interface Sample {
  /** Unique id, e.g. `nigeria-poverty-by-zone`. */
  readonly id: string;
  /** The template it is made for. */
  readonly template: string;
  /** The data as CSV text (inline, so it works in stories, tests and the demo alike). */
  readonly csv: string;
  /** Attributes that reproduce the intended chart (title, role columns, options…), as written in HTML. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Where the numbers come from, as shown in the chart's source line. */
  readonly source: string;
  readonly sourceUrl?: string;
  /** True when any figure is not from the cited source: the chart's notes must then say "Illustrative data". */
  readonly illustrative: boolean;
  /** Notes shown under the chart (e.g. "Partial list: the deck names 9 of the 30 dialogues."). */
  readonly notes?: string;
}

/** The questions of the catalogue's "Which chart?" page (`stories/chooser.ts`); each template answers one. */
export type ChooserQuestion =
  | 'Who is left behind?'
  | 'Are we on track for 2030?'
  | 'What changed over time?'
  | 'Where?'
  | 'How big a share?'
  | 'Who ranks highest and lowest?';

/** What the catalogue shows of a template: its folder's `sample.ts` exports one as `catalogue`. */
export interface TemplateCatalogue {
  readonly template: string;
  /** The question on the "Which chart?" page that leads to it. */
  readonly question: ChooserQuestion;
  /** Its samples; the first is its page's main story. */
  readonly samples: readonly Sample[];
}
