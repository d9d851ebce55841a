import type { OptionDef } from '../types.js';

/** The map's options for a page's own boundaries: none changes the spec, so the world's compiled spec serves them too. */
export const SHAPES_OPTIONS: readonly OptionDef[] = [
  {
    attribute: 'shapes',
    type: 'string',
    structural: false,
    description:
      'Address of a GeoJSON or TopoJSON file of the areas to draw instead of the world — a country’s states, regions or ' +
      'counties (geoBoundaries, HDX and national statistics offices publish them). The map is fitted to the areas and ' +
      'names them as the file does; the `geo` column names the areas. Host the file on your own site, as for `src`.',
  },
  {
    attribute: 'shape-key',
    type: 'string',
    structural: false,
    description:
      'Which property of the areas in `shapes` matches the `geo` column (for example `shapeName`, `ADM1_EN` or a code ' +
      'such as `shapeISO`). Without it the chart tries the usual ones and tells the page which it used (`lnob-warning`).',
  },
  {
    attribute: 'shapes-source',
    type: 'string',
    structural: false,
    description: 'Where the boundaries in `shapes` come from, shown under the map (e.g. "Boundaries: geoBoundaries, CC BY 4.0").',
  },
];
