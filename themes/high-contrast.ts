import { SYSTEM_FONTS } from './default.js';
import type { ThemeTokens } from './tokens.js';

/** Every text colour reaches 7:1 on white (WCAG 2.1 AAA, tested). */
const TEXT = '#000000';
const MUTED = '#333333';
/** Dark, saturated colours, each at least 7:1 on white (a white label on any of them stays AAA). */
const PALETTE = ['#003a70', '#a30000', '#005f28', '#6a00a8', '#7a4a00', '#000000'];

/**
 * Black on white, larger text, thick outlines. Highlighted marks are dark and
 * saturated, the others a light grey with a thick dark outline, and
 * highlighted values are bold: a highlight never rests on hue alone.
 */
export const highContrastTheme: ThemeTokens = {
  fontFamily: SYSTEM_FONTS,
  titleFontFamily: SYSTEM_FONTS,
  fontSize: '16px',
  titleFontSize: '22px',
  colorText: TEXT,
  colorMuted: MUTED,
  colorBackground: '#ffffff',
  colorAccent: '#003a70',
  colorHighlight: '#a30000',
  colorDeemphasis: '#949494',
  colorGrid: '#767676',
  colorAxis: TEXT,
  palette: PALETTE.join('; '),
  sequentialStart: '#dcdcdc',
  sequentialEnd: '#000000',
  radius: '0px',
  spacing: '16px',
};

/** How strongly this theme draws: outlines reach 4.5:1 and are 2 px wide; text reaches 7:1. */
export const HIGH_CONTRAST_SETTINGS = { markStrokeWidth: 2, lineWidth: 3.5, graphicsContrast: 4.5, textContrast: 7 } as const;
