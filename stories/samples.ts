/**
 * The sample datasets the catalogue shows: every sample the kit ships
 * (each registered template folder's sample.ts, from the registry). A template gets its page as soon as it has one.
 */
import { samples } from '../templates/samples/index.js';
import type { Sample } from '../templates/samples/types.js';

/** Every sample to show. */
export function catalogueSamples(): readonly Sample[] {
  return samples;
}

export function samplesFor(template: string): readonly Sample[] {
  return samples.filter((sample) => sample.template === template);
}
