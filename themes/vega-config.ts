import type { Config } from 'vega';
import { parsePalette, toPixels, type ThemeTokens } from './tokens.js';

export interface VegaTheme {
  /** Applied when a compiled spec is parsed: axes, legends, fonts, named colour ranges. */
  readonly config: Config;
  /** Set on the view: the colours marks read through `lnob_color_*` signals. */
  readonly signals: Readonly<Record<string, unknown>>;
  /** A stable key: equal keys mean equal config, so a parsed spec can be reused. */
  readonly key: string;
}

/** Tokens → Vega config and signals. Pure: the same tokens always give the same result. */
export function themeToVega(tokens: ThemeTokens): VegaTheme {
  const font = tokens.fontFamily;
  const fontSize = toPixels(tokens.fontSize, 14);
  const small = Math.max(11, Math.round(fontSize * 0.86));
  const palette = parsePalette(tokens.palette);
  const config: Config = {
    background: tokens.colorBackground,
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
  const signals = {
    lnob_color_text: tokens.colorText,
    lnob_color_muted: tokens.colorMuted,
    lnob_color_background: tokens.colorBackground,
    lnob_color_accent: tokens.colorAccent,
    lnob_color_highlight: tokens.colorHighlight,
    lnob_color_deemphasis: tokens.colorDeemphasis,
    lnob_color_grid: tokens.colorGrid,
    lnob_color_axis: tokens.colorAxis,
    lnob_radius: toPixels(tokens.radius, 2),
  };
  return { config, signals, key: JSON.stringify(config) };
}
