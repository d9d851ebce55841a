import type { ThemeTokens } from './tokens.js';

/** The system font stack: nothing is downloaded. */
export const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

const TEXT = '#1f2328';
const MUTED = '#57606a';
const BACKGROUND = '#ffffff';
/**
 * Okabe & Ito's colour-blind-safe set, ordered so the first colours are the
 * most distinct for every colour-vision type, and deepened where needed so
 * each reaches 4.5:1 against white (tested): then bars keep 3:1 as graphics
 * and a white label on any of them stays readable. Its yellow becomes an ochre
 * (#8a6d00), black a dark grey; the sky blue, too close to the blue once
 * deepened, is left out.
 */
const PALETTE = ['#0072b2', '#c35600', '#008763', '#a36186', '#8a6d00', '#7a5195', '#3d3d3d'];

/** Calm, neutral and legible. */
export const defaultTheme: ThemeTokens = {
  fontFamily: SYSTEM_FONTS,
  titleFontFamily: SYSTEM_FONTS,
  fontSize: '14px',
  titleFontSize: '20px',
  colorText: TEXT,
  colorMuted: MUTED,
  colorBackground: BACKGROUND,
  colorAccent: '#1f6fb2',
  colorHighlight: '#c2410c',
  // A grey at 3:1: quieter than the accent, yet still visible where templates draw it without an outline (lines, waffle squares).
  colorDeemphasis: '#8d959e',
  colorGrid: '#e4e7eb',
  colorAxis: MUTED,
  palette: PALETTE.join('; '),
  sequentialStart: '#deebf7',
  sequentialEnd: '#08306b',
  radius: '2px',
  spacing: '16px',
};
