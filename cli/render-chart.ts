import { provideShapes } from '../data/geo/shapes.js';
import { formatFromUrl, parseBytes, parseText } from '../data/parse.js';
import { loadStrings } from '../i18n/index.js';
import { composeSvg } from '../render/compose.js';
import { planChart, planTemplate, type ChartPlan } from '../render/plan.js';
import { chartTheme } from '../render/theme.js';
import { renderHeadless } from '../render/view.js';
import type { AttributeReader } from '../templates/options.js';

export interface RenderRequest {
  /** The data file's bytes (decoded as the element decodes a download: UTF-8, UTF-16, else Windows-1252) or its text, and its name (for the format and for messages). */
  readonly data: Uint8Array | string;
  readonly dataName: string;
  /** Chart attributes, spelled as in HTML (`template`, `title`, `value-column`, `highlight`…). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly width: number;
  /** The bytes of the boundaries file the `shapes` attribute names (a map of a country's own areas), read by the caller. */
  readonly shapes?: Uint8Array | undefined;
}

export interface RenderedChart {
  /** The standalone SVG: the drawing with its title, source, credit and notes, and the summary as its description. */
  readonly svg: string;
  readonly plan: ChartPlan;
  /** The drawing alone (no words around it), for the fallback picture of `--out chart.html`. */
  readonly drawing: { readonly svg: string; readonly width: number; readonly height: number };
}

/**
 * Draws a chart to a standalone SVG in Node through the same chart plan as
 * `<lnob-chart>` (render/plan.ts) — for email newsletters, PDFs and sites
 * that strip scripts. Vega renders headless (`toSVG()`); no browser needed.
 */
export async function renderChart({ data, dataName, attributes, width, shapes }: RenderRequest): Promise<RenderedChart> {
  const attribute: AttributeReader = (name) => attributes[name] ?? null;
  await planTemplate(attribute); // an unknown template is the first thing to say (and its code loads before its words)
  const format = (attribute('format') as 'csv' | 'tsv' | 'json' | null) ?? formatFromUrl(dataName);
  const table = typeof data === 'string' ? parseText(data, format, { file: dataName }) : parseBytes(data, format, { file: dataName });
  const shapesFile = attribute('shapes')?.trim();
  if (shapesFile && shapes) provideShapes(shapesFile, shapes);
  const lang = attribute('lang') ?? 'en';
  const strings = await loadStrings(lang);
  const plan = await planChart({ table, attribute, lang, strings });
  const theme = chartTheme({ name: attribute('theme'), goal: plan.goal });
  const height = Number.parseFloat(attribute('height') ?? '');
  const request = await plan.request({ theme, width, height: Number.isFinite(height) && height > 0 ? height : undefined });
  const chart = await renderHeadless(request);
  const { title, subtitle, source, credit, notes } = plan.text;
  const svg = composeSvg(
    chart.svg,
    chart.width,
    chart.height,
    { title, subtitle, source, credit, notes, summary: plan.summary, labels: { source: strings.source, credit: strings.credit }, rtl: strings.dir === 'rtl' },
    { fontFamily: theme.tokens.fontFamily, titleFontFamily: theme.tokens.titleFontFamily, text: theme.tokens.colorText, muted: theme.tokens.colorMuted, background: theme.tokens.colorBackground },
  );
  return { svg, plan, drawing: chart };
}
