import type { Config } from 'vega';
import type { ThemeSignals } from '../core/signals.js';
import { AA_GRAPHICS, AA_TEXT, ensureContrast } from './contrast.js';
import { parsePalette, toPixels, type ThemeTokens } from './tokens.js';

export interface VegaTheme {
  /** Applied when a compiled spec is parsed: axes, legends, fonts, named colour ranges. */
  readonly config: Config;
  /** Set on the view: the colours and widths marks read through the signals of `core/signals.ts`. */
  readonly signals: ThemeSignals;
  /** A stable key: equal keys mean equal config, so a parsed spec can be reused. */
  readonly key: string;
}

/** How strongly a theme draws, beyond its tokens. */
export interface ThemeSettings {
  /** Width of mark outlines (`lnob_stroke_width`), px. */
  readonly markStrokeWidth: number;
  /** Width of lines such as trends (`lnob_line_width`), px. */
  readonly lineWidth: number;
  /** Contrast an outline must reach against the background (WCAG 1.4.11: 3). */
  readonly graphicsContrast: number;
  /** Contrast a colour used for text must reach (WCAG 1.4.3: 4.5; AAA: 7). */
  readonly textContrast: number;
}

export const DEFAULT_SETTINGS: ThemeSettings = { markStrokeWidth: 1, lineWidth: 2, graphicsContrast: AA_GRAPHICS, textContrast: AA_TEXT };

/**
 * Tokens → Vega config and signals. Pure: the same tokens always give the same result.
 *
 * Besides the token colours, it derives for templates:
 * - `lnob_color_{accent,highlight,deemphasis}_stroke`: an outline for marks
 *   filled with that colour — the colour itself when it already stands out
 *   from the background, else a darker (on dark backgrounds, lighter) variant
 *   that does. The official fill stays; the outline carries the contrast.
 * - `lnob_color_{accent,highlight}_text`: the colour made readable as text.
 * - `lnob_stroke_width`, `lnob_line_width`: outline and line widths.
 */
export function themeToVega(tokens: ThemeTokens, settings: ThemeSettings = DEFAULT_SETTINGS): VegaTheme {
  const font = tokens.fontFamily;
  const fontSize = toPixels(tokens.fontSize, 14);
  const small = Math.max(11, Math.round(fontSize * 0.86));
  const palette = parsePalette(tokens.palette);
  const background = tokens.colorBackground;
  const stroke = (color: string) => ensureContrast(color, background, settings.graphicsContrast);
  const ink = (color: string) => ensureContrast(color, background, settings.textContrast);
  const config: Config = {
    background,
    padding: 4,
    text: { font, fontSize: small, fill: tokens.colorText },
    axis: {
      labelFont: font,
      labelFontSize: small,
      labelColor: tokens.colorAxis,
      titleFont: font,
      titleColor: tokens.colorText,
      domainColor: tokens.colorAxis,
      tickColor: tokens.colorAxis,
      gridColor: tokens.colorGrid,
    },
    legend: {
      labelFont: font,
      labelFontSize: small,
      labelColor: tokens.colorText,
      titleFont: font,
      titleColor: tokens.colorText,
    },
    title: { font: tokens.titleFontFamily, color: tokens.colorText },
    range: {
      category: palette.length ? palette : ['#0072b2'],
      ramp: [tokens.sequentialStart, tokens.sequentialEnd],
      heatmap: [tokens.sequentialStart, tokens.sequentialEnd],
    },
  };
  const signals: ThemeSignals = {
    lnob_color_text: tokens.colorText,
    lnob_color_muted: tokens.colorMuted,
    lnob_color_background: background,
    lnob_color_accent: tokens.colorAccent,
    lnob_color_highlight: tokens.colorHighlight,
    lnob_color_deemphasis: tokens.colorDeemphasis,
    lnob_color_grid: tokens.colorGrid,
    lnob_color_axis: tokens.colorAxis,
    lnob_color_accent_stroke: stroke(tokens.colorAccent),
    lnob_color_highlight_stroke: stroke(tokens.colorHighlight),
    lnob_color_deemphasis_stroke: stroke(tokens.colorDeemphasis),
    lnob_color_accent_text: ink(tokens.colorAccent),
    lnob_color_highlight_text: ink(tokens.colorHighlight),
    lnob_stroke_width: settings.markStrokeWidth,
    lnob_line_width: settings.lineWidth,
    lnob_radius: toPixels(tokens.radius, 2),
    lnob_text_size: small,
  };
  return { config, signals, key: JSON.stringify(config) };
}
