/**
 * A sample big-number card for `<lnob-stat>`, used by the catalogue, the demo
 * and the tests. Same honesty rule as the chart samples (types.ts): every
 * figure comes from `source`, or the card is marked `illustrative` and its
 * notes say so, visibly. A card states a figure as the source words it —
 * never a sum or rounding the source does not make.
 */
export interface StatSample {
  /** Unique id, e.g. `stat-national-dialogues`. */
  readonly id: string;
  /** Attributes that reproduce the card (value, unit, label, change…), as written in HTML. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Data for a sparkline, as CSV text (optional). */
  readonly csv?: string;
  /** Where the figure comes from, as shown in the card's source line. */
  readonly source: string;
  readonly sourceUrl?: string;
  /** True when any figure is not from the cited source: the notes must then say "Illustrative data". */
  readonly illustrative: boolean;
  readonly notes?: string;
}

/** The deck the seed figures come from, cited as the chart samples cite it. */
export const LNOB_DECK = 'Leave No One Behind Partnership, partnership deck (“What’s happened so far”)';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Script content is raw text (the card does not decode entities): it only must not end the script early. */
const scriptText = (value: string) => {
  if (/<\/script/i.test(value)) throw new Error('sample data must not contain "</script"');
  return value;
};

/** The `<lnob-stat>` markup that shows a sample as intended: attributes, source, notes and inline CSV. */
export function statMarkup(sample: StatSample, extra: Readonly<Record<string, string>> = {}): string {
  const attributes: Record<string, string> = { ...sample.attributes, source: sample.source };
  if (sample.sourceUrl) attributes['source-url'] = sample.sourceUrl;
  if (sample.notes) attributes['notes'] = sample.notes;
  Object.assign(attributes, extra);
  const text = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const data = sample.csv ? `\n  <script type="text/csv">\n${scriptText(sample.csv)}  </script>\n` : '';
  return `<lnob-stat ${text}>${data}</lnob-stat>`;
}
