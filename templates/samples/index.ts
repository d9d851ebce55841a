import type { Sample } from './types.js';
import { nigeriaPovertyNorth } from './ranked-bar.js';
import { completionByWealth } from './disaggregation.js';
import { povertyProgress } from './progress.js';
import { povertyByArea } from './trend.js';
import { urbanPoverty } from './stacked.js';
import { childrenInPoverty } from './waffle.js';
import { whoIsLeftBehind } from './survey.js';
import { nationalDialogues } from './map-dialogues.js';
import { csoCoalitions } from './map-coalitions.js';

export type { Sample } from './types.js';
export { nigeriaPovertyNorth, completionByWealth, povertyProgress, povertyByArea, urbanPoverty, childrenInPoverty, whoIsLeftBehind, nationalDialogues, csoCoalitions };

/** Every sample dataset shipped with the kit (one line per sample file: add yours here). */
export const samples: readonly Sample[] = [
  nigeriaPovertyNorth,
  completionByWealth,
  povertyProgress,
  povertyByArea,
  urbanPoverty,
  childrenInPoverty,
  whoIsLeftBehind,
  nationalDialogues,
  csoCoalitions,
];

/** The samples made for one template. */
export function samplesFor(template: string): Sample[] {
  return samples.filter((sample) => sample.template === template);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<lnob-chart>` markup that shows a sample as intended: its attributes,
 * source and notes (which say "Illustrative data" when it is), and its CSV inline.
 */
export function sampleMarkup(sample: Sample, extra: Readonly<Record<string, string>> = {}): string {
  const attributes: Record<string, string> = { template: sample.template, ...sample.attributes, source: sample.source };
  if (sample.sourceUrl) attributes['source-url'] = sample.sourceUrl;
  if (sample.notes) attributes['notes'] = sample.notes;
  Object.assign(attributes, extra);
  const text = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  return `<lnob-chart ${text}><script type="text/csv">\n${sample.csv}</script></lnob-chart>`;
}
