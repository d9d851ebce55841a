import type { UiStrings } from './strings.js';

/** English: the default, bundled with the kit (the other languages load on demand). */
export const strings: UiStrings = {
  lang: 'en',
  dir: 'ltr',
  cannotShow: 'This chart cannot be shown.',
  source: 'Source:',
  credit: 'Chart:',
  table: {
    show: 'Show data as table',
    hide: 'Hide table',
    more: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
    download: 'Download all rows as CSV',
  },
  summary: {
    noData: 'No data',
    target: (year) => `${year} target`,
    onTrack: 'on track',
    offTrack: 'off track',
    highest: (name, value) => `Highest: ${name}, ${value}.`,
    lowest: (name, value) => `Lowest: ${name}, ${value}.`,
    barChart: (title, count) => `Bar chart${title ? `: ${title}` : ''}, ${count} ${count === 1 ? 'bar' : 'bars'}.`,
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
    close: 'Close',
    fileName: 'chart',
  },
};
export default strings;
