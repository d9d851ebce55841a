/**
 * A map of a country's own areas (`shapes="…"`): the kit's first sample, poverty by Nigeria's geopolitical zone,
 * on genuine boundaries (the OSGOF/OCHA states merged into the six zones; demo/data/README.md cites them).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { renderExample } from './real-data.stories.js';

/** Relative addresses, so the static catalogue works from any folder (the demo folder is served beside it). */
export const SUBNATIONAL_EXAMPLE = {
  title: 'Poverty by geopolitical zone, on Nigeria’s own boundaries',
  explain:
    'The data names the zones; `shapes` points to a TopoJSON file of the zones, and the map is fitted to them. ' +
    'Zones with no figure in the data are drawn in the "No data" colour.',
  attributes: {
    template: 'map',
    src: 'demo/data/nigeria-poverty-by-zone.csv',
    'geo-column': 'zone',
    'value-column': 'poverty_rate',
    shapes: 'demo/data/nigeria-zones.topojson',
    'shape-key': 'zone',
    title: 'Poverty is highest in the North East and North West of Nigeria',
    subtitle: 'Relative poverty by geopolitical zone, 2010',
    source: 'National Bureau of Statistics, Nigeria Poverty Profile 2010; Leave No One Behind Partnership',
    'shapes-source': 'Boundaries: OSGOF and OCHA (HDX), states merged into zones',
  },
} as const;

const meta: Meta = {
  title: 'Guides/Maps of your own areas',
  excludeStories: ['SUBNATIONAL_EXAMPLE'],
  parameters: { lnob: { template: '', expect: { kind: 'page' } } },
};
export default meta;

export const NigeriaZones: StoryObj = {
  name: 'Nigeria by zone',
  render: () => renderExample(SUBNATIONAL_EXAMPLE),
};
