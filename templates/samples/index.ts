import { templateFolder, templateIds } from '../index.js';
import type { ChooserQuestion, Sample } from './types.js';

export type { Sample } from './types.js';

/**
 * What the catalogue shows of every registered template folder (its `sample.ts`), in catalogue order. The samples
 * load here, not with the templates, so a page that draws charts never downloads them.
 */
const entries = await Promise.all(
  templateIds().flatMap((id) => {
    const folder = templateFolder(id);
    return folder ? [folder.catalogue().then((module) => module.catalogue)] : [];
  }),
);

/** Every sample dataset shipped with the kit, in catalogue order. */
export const samples: readonly Sample[] = entries.flatMap((entry) => entry.samples);

/** The templates that answer a question of the "Which chart?" page, in catalogue order. */
export function templatesAnswering(question: ChooserQuestion): string[] {
  return entries.filter((entry) => entry.question === question).map((entry) => entry.template);
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
