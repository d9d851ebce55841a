/**
 * The sample datasets the catalogue shows: every sample the kit ships
 * (templates/samples), plus a stand-in for a template that has none yet, so a
 * template that lands appears in the catalogue at once.
 */
import type { Sample } from '../templates/samples/types.js';

/** Samples shipped with the kit. */
const shipped: readonly Sample[] = [];

/**
 * Stand-ins used only while a template has no shipped sample. Figures from
 * the LNOB Partnership deck, cited.
 */
const STAND_INS: readonly Sample[] = [
  {
    id: 'nigeria-poverty-north',
    template: 'ranked-bar',
    csv: 'zone,poverty_rate\nNorth West,70%\nNorth East,69%',
    attributes: {
      title: 'Poverty is highest in the North West and North East',
      subtitle: 'Share of people below the national poverty line, Nigeria',
      'category-column': 'zone',
      'value-column': 'poverty_rate',
    },
    source: 'LNOB Partnership, national dialogue findings (Nigeria)',
    illustrative: false,
    notes: 'The deck gives the figures for these two zones only.',
  },
];

/** Every sample to show, shipped ones first. */
export function catalogueSamples(): readonly Sample[] {
  const covered = new Set(shipped.map((sample) => sample.template));
  return [...shipped, ...STAND_INS.filter((sample) => !covered.has(sample.template))];
}

export function samplesFor(template: string): readonly Sample[] {
  return catalogueSamples().filter((sample) => sample.template === template);
}
