/**
 * Small multiples (`facet-column`): one small chart per country or group, with shared scales, wrapping to the
 * width. The trend is a genuine World Bank download (demo/data/README.md cites it); the others are illustrative
 * data, and say so in the chart.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { renderExample, type Example } from './real-data.stories.js';

const ILLUSTRATIVE = { source: 'Illustrative data', notes: 'Illustrative data: made-up values showing how the chart reads, not figures for any country.' };

export const SMALL_MULTIPLES: Readonly<Record<'trend' | 'progress' | 'disaggregation' | 'rankedBar', Example>> = {
  trend: {
    title: 'Trend lines, one country a panel',
    explain:
      'The World Bank download as it comes. `facet-column` names the column whose values become the panels; ' +
      '`countries` keeps four of them and `years` the years since 1990. Every panel has the same y axis.',
    attributes: {
      template: 'trend',
      src: 'demo/data/world-bank-life-expectancy.csv',
      'facet-column': 'Country Name',
      countries: 'Afghanistan; Angola; Albania; Algeria',
      years: '1990-',
      title: 'Life expectancy rose in all four countries, from very different levels',
    },
  },
  progress: {
    title: 'Progress to 2030, one verdict a panel',
    explain: 'Each panel has its own projection and its own verdict, written under its name and read in the summary.',
    attributes: {
      template: 'progress',
      'facet-column': 'region',
      'time-column': 'year',
      'value-column': 'poverty_rate',
      'target-relative': '0.5',
      'baseline-year': '2015',
      'target-label': 'Half of 2015',
      direction: 'decrease',
      title: 'Only the coast is on track to halve poverty by 2030',
      ...ILLUSTRATIVE,
    },
    csv:
      'year,region,poverty_rate\n' +
      '2012,Coast,38%\n2015,Coast,35%\n2018,Coast,29%\n2021,Coast,24%\n2024,Coast,20%\n' +
      '2012,Highlands,44%\n2015,Highlands,42%\n2018,Highlands,40%\n2021,Highlands,39%\n2024,Highlands,37%\n' +
      '2012,North,61%\n2015,North,58%\n2018,North,57%\n2021,North,56%\n2024,North,55%\n',
  },
  disaggregation: {
    title: 'Gaps between groups, one country a panel',
    explain: 'The same groups in every panel, on one value scale: the gaps can be compared from panel to panel.',
    attributes: {
      template: 'disaggregation',
      'facet-column': 'country',
      'category-column': 'level',
      'group-column': 'wealth',
      'value-column': 'completion_rate',
      title: 'The poorest children fall further behind at each level of school',
      ...ILLUSTRATIVE,
    },
    csv:
      'country,level,wealth,completion_rate\n' +
      'Country A,Primary,Poorest 20%,61%\nCountry A,Primary,Richest 20%,95%\nCountry A,Lower secondary,Poorest 20%,32%\nCountry A,Lower secondary,Richest 20%,86%\n' +
      'Country B,Primary,Poorest 20%,74%\nCountry B,Primary,Richest 20%,97%\nCountry B,Lower secondary,Poorest 20%,45%\nCountry B,Lower secondary,Richest 20%,90%\n' +
      'Country C,Primary,Poorest 20%,52%\nCountry C,Primary,Richest 20%,93%\nCountry C,Lower secondary,Poorest 20%,21%\nCountry C,Lower secondary,Richest 20%,79%\n',
  },
  rankedBar: {
    title: 'Ranked bars, one country a panel',
    explain: 'Each panel ranks its own regions; the panels are ordered as the bars are, by their highest value.',
    attributes: {
      template: 'ranked-bar',
      'facet-column': 'country',
      'category-column': 'region',
      'value-column': 'poverty_rate',
      title: 'In every country, poverty is highest in the same kind of region: the remote north',
      ...ILLUSTRATIVE,
    },
    csv:
      'country,region,poverty_rate\n' +
      'Country A,North,58%\nCountry A,Centre,34%\nCountry A,Capital,12%\n' +
      'Country B,North,71%\nCountry B,Centre,45%\nCountry B,Capital,19%\n' +
      'Country C,North,49%\nCountry C,Centre,30%\nCountry C,Capital,15%\n',
  },
};

const meta: Meta = {
  title: 'Guides/Small multiples',
  excludeStories: ['SMALL_MULTIPLES'],
  // The page's text is stories/docs/small-multiples.mdx.
  parameters: { lnob: { template: '', expect: { kind: 'page' } } },
};
export default meta;

export const Trend: StoryObj = { name: 'Trend lines', render: () => renderExample(SMALL_MULTIPLES.trend) };
export const Progress: StoryObj = { name: 'Progress to 2030', render: () => renderExample(SMALL_MULTIPLES.progress) };
export const Disaggregation: StoryObj = { name: 'Gaps between groups', render: () => renderExample(SMALL_MULTIPLES.disaggregation) };
export const RankedBar: StoryObj = { name: 'Ranked bars', render: () => renderExample(SMALL_MULTIPLES.rankedBar) };
