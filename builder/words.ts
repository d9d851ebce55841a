/**
 * The builder's words in English, beside its code; `words.<lang>.ts` hold the
 * kit's other languages (fr, es, pt, ar), loaded only for a builder in that language.
 */
import { englishChartWords, type ChartWords } from './chart-words.js';

export interface BuilderWords {
  readonly heading: string;
  readonly intro: string;
  readonly dataHeading: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  readonly useData: string;
  readonly fileLabel: string;
  readonly dropHint: string;
  readonly excelHint: string;
  readonly addressLabel: string;
  readonly fetch: string;
  readonly readAs: (layout: string, rows: number, columns: number) => string;
  readonly layouts: Readonly<Record<string, string>>;
  readonly problems: {
    readonly empty: string;
    readonly spreadsheet: string;
    readonly fetch: (address: string) => string;
    readonly notData: (detail: string) => string;
  };
  readonly sliceHeading: string;
  readonly pickers: { readonly 'series-code': string; readonly years: string; readonly countries: string; readonly where: (column: string) => string };
  readonly any: string;
  readonly latest: string;
  readonly chartHeading: string;
  readonly templateLegend: string;
  readonly suggested: string;
  readonly rolesLegend: string;
  readonly roleLabel: (role: string, meaning: string) => string;
  readonly none: string;
  readonly optionsLegend: string;
  readonly defaultValue: string;
  readonly annotations: string;
  readonly annotationsHint: string;
  readonly facet: string;
  readonly facetHint: string;
  readonly wordsLegend: string;
  readonly fields: {
    readonly title: string;
    readonly subtitle: string;
    readonly source: string;
    readonly 'source-url': string;
    readonly notes: string;
    readonly credit: string;
    readonly indicator: string;
  };
  readonly indicatorHint: string;
  readonly lookLegend: string;
  readonly theme: string;
  readonly goal: string;
  readonly goalNone: string;
  readonly accent: string;
  readonly palette: string;
  readonly colourHint: string;
  readonly logo: string;
  readonly logoAlt: string;
  readonly logoHint: string;
  readonly font: string;
  readonly titleFont: string;
  readonly fontHint: string;
  readonly language: string;
  readonly previewHeading: string;
  readonly desktop: string;
  readonly phone: string;
  readonly summary: string;
  readonly messages: string;
  readonly noMessages: string;
  readonly warning: string;
  readonly error: string;
  readonly outHeading: string;
  readonly kitLegend: string;
  readonly kitCdn: string;
  readonly kitSelf: string;
  readonly kitUrl: string;
  readonly kitUrlHint: string;
  readonly withPicture: string;
  readonly makeSnippet: string;
  readonly snippet: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly downloads: string;
  readonly download: { readonly png: string; readonly svg: string; readonly csv: string; readonly square: string; readonly portrait: string; readonly landscape: string };
  readonly reopenLink: string;
  readonly reopenHint: string;
  readonly makeLink: string;
  /** Kinds of chart, columns' roles, options and themes in plain words. */
  readonly chart: ChartWords;
}

export const english: BuilderWords = {
  heading: 'Make a chart',
  intro: 'Paste a table, choose a chart, copy the code to your site. Everything stays in this browser: nothing is sent anywhere.',
  dataHeading: '1. Your data',
  pasteLabel: 'Paste your table',
  pasteHint: 'Copy the cells in your spreadsheet (with the header row) and paste them here, or paste CSV text.',
  useData: 'Use this data',
  fileLabel: 'Or choose a CSV or TSV file',
  dropHint: 'You can also drop a file on this section.',
  excelHint: 'Excel and other workbooks: save the sheet as CSV first (Excel: File → Save As → CSV UTF-8), then choose that file.',
  addressLabel: 'Or the address of a published Google Sheet (File → Share → Publish to web → CSV) or a CSV file',
  fetch: 'Fetch',
  readAs: (layout, rows, columns) => `Read as ${layout}: ${rows} rows, ${columns} columns.`,
  layouts: {
    tidy: 'a plain table',
    wide: 'a table with one column per year',
    'un-sdg': 'a UN SDG Global Database export',
    'world-bank': 'a World Bank download',
    'open-sdg': 'an Open SDG national platform file',
    sdmx: 'an SDMX file (UNICEF, ILO, WHO…)',
    owid: 'an Our World in Data download',
    eurostat: 'a Eurostat download',
  },
  problems: {
    empty: 'There is nothing to read yet: paste a table with a header row.',
    spreadsheet: 'This is a workbook, which the builder cannot read. In Excel: File → Save As → CSV UTF-8, then choose the CSV file.',
    fetch: (address) => `The data could not be fetched from ${address}. Check the address, and that the sheet is published to the web as CSV.`,
    notData: (detail) => `This could not be read as a table. ${detail}`,
  },
  sliceHeading: 'Which part of the file to show',
  pickers: { 'series-code': 'Series', years: 'Year', countries: 'Countries and areas', where: (column) => column },
  any: '(as the file says)',
  latest: '(latest available)',
  chartHeading: '2. Chart',
  templateLegend: 'Kind of chart',
  suggested: 'Suggested for your data',
  rolesLegend: 'Which column is which',
  roleLabel: (role, meaning) => `${role}: ${meaning}`,
  none: '(none)',
  optionsLegend: 'Options of this chart',
  defaultValue: '(default)',
  annotations: 'Events and call-outs marked on the chart',
  annotationsHint: 'Each “place or year: text”, separated by ; e.g. 2015: SDGs adopted; 2020: COVID-19',
  facet: 'One small chart for each value of',
  facetHint: 'Small multiples: a panel per country or group, on the same scales.',
  wordsLegend: 'Words around the chart',
  fields: {
    title: 'Title',
    subtitle: 'Subtitle',
    source: 'Source',
    'source-url': 'Source link (https://…)',
    notes: 'Notes',
    credit: 'Chart by',
    indicator: 'SDG indicator (search by number or name)',
  },
  indicatorHint: 'An indicator fills in the official name, unit, goal colour and 2030 target.',
  lookLegend: 'Look',
  theme: 'Theme',
  goal: 'SDG goal colour',
  goalNone: '(none)',
  accent: 'Brand colour (e.g. #0a6e4f)',
  palette: 'Brand colours for groups (separated by ;)',
  colourHint: 'Leave empty to keep the theme’s colours.',
  logo: 'Logo address (https://… or /…)',
  logoAlt: 'Name of the organisation (read out for the logo)',
  logoHint: 'Shown under the chart beside the source, and in the images.',
  font: 'Font of the text (as your site names it, e.g. Lato, Arial)',
  titleFont: 'Font of the title',
  fontHint: 'Your site must load the font; leave empty to use the theme’s fonts.',
  language: 'Language of the chart',
  previewHeading: '3. Preview',
  desktop: 'On a computer',
  phone: 'On a phone (360 px)',
  summary: 'What the chart says (read by screen readers)',
  messages: 'Notes on your data',
  noMessages: 'No problems found.',
  warning: 'Note',
  error: 'Problem',
  outHeading: '4. Put it on your site',
  kitLegend: 'Where your site loads the chart kit from',
  kitCdn: 'From the public CDN (jsDelivr)',
  kitSelf: 'From our own copy of the kit',
  kitUrl: 'Address of lnob-charts.js on your site',
  kitUrlHint: 'Copy the dist/ folder of the kit to your site, then write the address of dist/lnob-charts.js, e.g. /kit/lnob-charts.js.',
  withPicture: 'Also include a picture of the chart (shown before the kit loads, and where scripts are not allowed)',
  makeSnippet: 'Make the code',
  snippet: 'Code to paste into your page',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  downloads: 'Downloads',
  download: { png: 'Image (PNG)', svg: 'Image (SVG)', csv: 'Data (CSV)', square: 'Social: square', portrait: 'Social: portrait', landscape: 'Social: landscape' },
  reopenLink: 'Link to reopen this chart in the builder',
  reopenHint: 'The chart and its data are inside the link itself: keep it to change the chart later.',
  makeLink: 'Make the link',
  chart: englishChartWords,
};
