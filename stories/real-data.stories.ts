/**
 * Real downloads, unedited: one worked example per format (UN SDG Global
 * Database, World Bank, Open SDG), each a chart drawn from the file as it was
 * downloaded, with the two or three attributes a campaigner writes. The files
 * are genuine exports, trimmed (demo/data/README.md cites them).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import './code-panel.js';

export interface Example {
  readonly title: string;
  readonly explain: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Inline data, for a format shown without a file. */
  readonly csv?: string;
}

/** Relative addresses, so the static catalogue works from any folder (the demo folder is served beside it). */
export const REAL_DATA_EXAMPLES: Readonly<Record<string, Example>> = {
  unSdg: {
    title: 'UN SDG Global Database export',
    explain: 'Indicator 4.2.2 by sex, as downloaded. `where` picks the girls, `years` the year; the file itself gives the title, the source and the notes.',
    attributes: { src: 'demo/data/un-sdg-pre-primary-by-sex.csv', where: 'Sex=FEMALE', years: '2010', aggregates: 'exclude' },
  },
  worldBank: {
    title: 'World Bank indicator download',
    explain: 'The API download with its metadata lines and one column per year. `countries` picks the countries (names or ISO codes); each shows its latest year.',
    attributes: { src: 'demo/data/world-bank-life-expectancy.csv', countries: 'Albania; AGO; Algeria; Egypt, Arab Rep.; Afghanistan' },
  },
  wide: {
    title: 'Any table with one column per year',
    explain:
      'A spreadsheet laid out with years across (illustrative figures): the chart turns the years into a time axis by itself, keeping the other columns. ' +
      'A Google Sheet published to the web as CSV (File → Share → Publish to web → CSV) works the same way with `src`.',
    attributes: { template: 'trend', title: 'Illustrative data', notes: 'Illustrative data: made-up values.' },
    csv: 'area,2015,2018,2021,2024\nRural,48.2,45.0,42.9,40.1\nUrban,31.5,27.8,24.0,21.2\n',
  },
  openSdg: {
    title: 'Open SDG indicator file (national reporting platform)',
    explain: 'Kyrgyzstan’s indicator 1.2.1 file. Without a filter the chart draws the headline series (the rows with every breakdown empty) over time.',
    attributes: { template: 'trend', src: 'demo/data/open-sdg-kg-poverty-1-2-1.csv' },
  },
};

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function exampleMarkup(example: Example): string {
  const attributes = Object.entries(example.attributes)
    .map(([name, value]) => `${name}="${escape(value)}"`)
    .join(' ');
  const data = example.csv ? `\n  <script type="text/csv">\n${example.csv}  </script>\n` : '';
  return `<lnob-chart ${attributes}>${data}</lnob-chart>`;
}

/** An example as the catalogue shows it: what it shows, the chart, and its code to copy. */
export function renderExample(example: Example): HTMLElement {
  const frame = document.createElement('section');
  frame.style.maxWidth = '720px';
  const intro = document.createElement('p');
  intro.textContent = example.explain;
  const holder = document.createElement('template');
  holder.innerHTML = exampleMarkup(example).replace('<lnob-chart ', '<lnob-chart eager ');
  const panel = document.createElement('lnob-code-panel') as HTMLElement & { code: string };
  panel.code = exampleMarkup(example);
  frame.append(intro, holder.content, panel);
  return frame;
}

const meta: Meta = {
  title: 'Guides/Real data downloads',
  // Named exports are stories, except these helpers (the tests use them).
  excludeStories: ['REAL_DATA_EXAMPLES', 'exampleMarkup', 'renderExample'],
  // The page's text is stories/docs/real-data.mdx.
  parameters: { lnob: { template: '', expect: { kind: 'page' } } },
};
export default meta;

export const UnSdg: StoryObj = { name: 'UN SDG Global Database', render: () => renderExample(REAL_DATA_EXAMPLES['unSdg']!) };
export const WorldBank: StoryObj = { name: 'World Bank', render: () => renderExample(REAL_DATA_EXAMPLES['worldBank']!) };
export const OpenSdg: StoryObj = { name: 'Open SDG', render: () => renderExample(REAL_DATA_EXAMPLES['openSdg']!) };
export const Wide: StoryObj = { name: 'Years across (wide)', render: () => renderExample(REAL_DATA_EXAMPLES['wide']!) };
