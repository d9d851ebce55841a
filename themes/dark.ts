import { SYSTEM_FONTS } from './default.js';
import type { ThemeTokens } from './tokens.js';

const BACKGROUND = '#0d1117';
const TEXT = '#e6edf3';
const MUTED = '#9da7b3';
/** Okabe & Ito's colour-blind-safe set as it is: on this background every colour reaches 4.5:1 (tested), so a label in the background colour on any of them stays readable. */
const PALETTE = ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#f0e442', '#d55e00', '#bbbbbb'];

/** Light text on a near-black background, for dark pages. */
export const darkTheme: ThemeTokens = {
  fontFamily: SYSTEM_FONTS,
  titleFontFamily: SYSTEM_FONTS,
  fontSize: '14px',
  titleFontSize: '20px',
  colorText: TEXT,
  colorMuted: MUTED,
  colorBackground: BACKGROUND,
  colorAccent: '#58a6ff',
  colorHighlight: '#f0883e',
  colorDeemphasis: '#6e7681',
  colorGrid: '#30363d',
  colorAxis: MUTED,
  palette: PALETTE.join('; '),
  sequentialStart: '#16324f',
  sequentialEnd: '#9ecbff',
  radius: '2px',
  spacing: '16px',
};
