/**
 * Years on maps and rankings: a map and ranked bars drawn from genuine downloads that hold several years for each
 * place (demo/data/README.md cites them), with the year control a chart shows by itself for such files.
 * The text of the page is stories/docs/years.mdx.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { renderExample, type Example } from './real-data.stories.js';

/** Relative addresses, so the static catalogue works from any folder (the demo folder is served beside it). */
export const YEAR_EXAMPLES = {
  rankedBar: {
    title: 'Ranked bars, year by year',
    explain:
      'Eurostat’s SDG indicator 8.10 as downloaded (real GDP per capita, 2000–2019). The file has a value for every year, so the chart ' +
      'shows the latest and a year control: drag the slider, use the arrow keys, or press Play to watch the ranking change.',
    attributes: {
      src: 'demo/data/eurostat-sdg-08-10-gdp-per-capita.tsv',
      where: 'unit=CLV10_EUR_HAB',
      countries: 'DE; FR; IT; ES; PT; EL; RO; BG; LT; EE; LV; SK',
      title: 'Real GDP per person',
      subtitle: 'Euros per inhabitant, chain-linked volumes (2010)',
      source: 'Eurostat, sdg_08_10',
    },
  },
  map: {
    title: 'A map, year by year',
    explain:
      'The World Health Organization’s life expectancy at birth, as downloaded (France, Kenya and Nigeria in 2000, 2015 and 2016). ' +
      '`where` picks women; `year` chooses the first year shown (the latest without it).',
    attributes: {
      template: 'map',
      src: 'demo/data/who-gho-life-expectancy-by-sex.csv',
      'geo-column': 'COUNTRY',
      'value-column': 'Numeric',
      'time-column': 'YEAR',
      where: 'SEX=FMLE',
      year: '2000',
      title: 'Women’s life expectancy at birth',
      subtitle: 'Years',
      source: 'World Health Organization, Global Health Observatory (WHOSIS_000001)',
    },
  },
} as const satisfies Record<string, Example>;

const meta: Meta = {
  title: 'Guides/Years on maps and rankings',
  excludeStories: ['YEAR_EXAMPLES'],
  parameters: { lnob: { template: '', expect: { kind: 'page' } } },
};
export default meta;

export const RankedBarYears: StoryObj = { name: 'Ranked bars by year', render: () => renderExample(YEAR_EXAMPLES.rankedBar) };
export const MapYears: StoryObj = { name: 'Map by year', render: () => renderExample(YEAR_EXAMPLES.map) };
