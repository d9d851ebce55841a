import type { SharedWords, SummaryStrings, UiStrings } from './strings.js';
import { englishTemplateWords } from './words.js';

const shared: SharedWords = {
  highest: (name, value) => `Highest: ${name}, ${value}.`,
  lowest: (name, value) => `Lowest: ${name}, ${value}.`,
  noValues: 'No values to show.',
  percentagePoints: (amount) => `${amount} percentage points`,
  points: (amount) => `${amount} points`,
  lineChart: (title, lines, from, to) =>
    `Line chart${title ? `: ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'line' : 'lines'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
};

/** English: the default, bundled with the kit (the other languages load on demand). */
export const strings: UiStrings = {
  lang: 'en',
  dir: 'ltr',
  cannotShow: 'This chart cannot be shown.',
  cannotShowCard: 'This card cannot be shown.',
  source: 'Source:',
  credit: 'Chart:',
  stat: {
    since: (when) => `since ${when}`,
    up: (change) => `Up ${change}`,
    down: (change) => `Down ${change}`,
    noChange: (change) => `No change: ${change}`,
    trend: (from, to) => `Trend: from ${from} to ${to}.`,
    inYear: (value, when) => `${value} in ${when}`,
  },
  period: (years, latest) => (latest ? `Latest data, ${years}.` : `Data from ${years}.`),
  choices: {
    bothSexes: 'both sexes',
    allAges: 'all ages',
    allAreas: 'all areas (urban and rural)',
    allWealth: 'all wealth groups',
    allOf: (column) => `all ${column}`,
    separator: ', ',
    headline: (columns) => `Totals, not broken down by ${columns}.`,
    globalFigures: 'Figures compiled for global reporting (Reporting Type G).',
    latestYear: (year) => `Latest available year: ${year}.`,
    latestYears: (years) => `Each value is the latest available year (${years}; the year differs from one row to another).`,
    differentYears: (years) => `The values are from different years (${years}).`,
  },
  table: {
    show: 'Show data as table',
    hide: 'Hide table',
    more: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
    download: 'Download all rows as CSV',
  },
  /** The shared words above and every registered template's English (`templates/<id>/words.ts`). */
  get summary(): SummaryStrings {
    return { ...englishTemplateWords(), ...shared };
  },
  menu: {
    button: 'Share',
    label: 'Share or download this chart',
    png: 'Download image (PNG)',
    svg: 'Download vector image (SVG)',
    csv: 'Download data (CSV)',
    square: 'Image for social media: square',
    portrait: 'Image for social media: portrait',
    landscape: 'Image for social media: landscape',
    embed: 'Copy embed code',
    copied: 'Copied',
    copyYourself: 'Copy this code to put the chart on your page',
    imageBlocked: "This site's security policy blocks image downloads; here is the SVG instead.",
    close: 'Close',
    fileName: 'chart',
  },
  years: {
    year: 'Year',
    play: 'Play',
    pause: 'Pause',
    next: 'Next year',
    shown: (year) => `Year shown: ${year}.`,
    caption: (title, year) => `${title}, ${year}`,
  },
  a11y: {
    chart: 'interactive chart',
    keys: 'Use the arrow keys to move through the data, Home and End for the first and last, Escape to leave, L to listen.',
    keysMap: 'Use the arrow keys to move through the countries, from the highest value, or type a letter to find a country by name; Escape to leave.',
    marks: { rect: 'bar', symbol: 'point', line: 'line', shape: 'country', text: 'value' },
    position: (index, count) => `${index} of ${count}`,
    highest: 'highest',
    lowest: 'lowest',
    at: (value, when) => `${value} in ${when}`,
    line: (name, from, to, change, lowest, highest) => `${name}: from ${from} to ${to}, ${change}; lowest ${lowest}, highest ${highest}.`,
    up: (amount) => `up ${amount}`,
    down: (amount) => `down ${amount}`,
    unchanged: 'unchanged',
    gap: (amount) => `gap: ${amount}`,
    projected: (when, value) => `projected for ${when}: ${value}`,
    target: (value) => `target: ${value}`,
    listen: 'Listen to the chart',
    listening: 'Playing the chart as sound. Space pauses, Escape stops.',
    paused: 'Paused.',
    stopped: 'Stopped.',
    toneOn: 'Sound on: each point you move to plays its tone.',
    toneOff: 'Sound off.',
    speed: (times) => `Speed: ×${times}`,
  },
};
export default strings;
