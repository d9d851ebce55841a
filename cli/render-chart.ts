import { fail } from '../i18n/errors/core.en.js';
import { formatFromUrl, parseText } from '../data/parse.js';
import { compileSpec } from '../render/compile.js';
import { applyLayoutAndSlice } from '../data/slice.js';
import { prepareChart } from '../render/prepare.js';
import { loadStrings, vegaLocale } from '../i18n/index.js';
import { languageSignals } from '../i18n/template-strings.js';
import { getTemplate, templateIds } from '../templates/index.js';
import { readSliceOptions, type AttributeReader } from '../templates/options.js';
import { getTheme, themeToVega } from '../themes/index.js';
import { composeSvg } from './compose.js';

export interface RenderRequest {
  /** The data file's text and its name (for the format and for messages). */
  readonly data: string;
  readonly dataName: string;
  /** Chart attributes, spelled as in HTML (`template`, `title`, `value-column`, `highlight`…). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly width: number;
}

/**
 * Draws a chart to a standalone SVG in Node with the same templates, data
 * rules and theme as `<lnob-chart>` — for email newsletters, PDFs and sites
 * that strip scripts. Vega renders headless (`toSVG()`); no browser needed.
 */
export async function renderChartSvg({ data, dataName, attributes, width }: RenderRequest): Promise<string> {
  const attribute: AttributeReader = (name) => attributes[name] ?? null;
  const id = attribute('template') ?? 'ranked-bar';
  const template = getTemplate(id);
  if (!template) throw fail('unknown-template', 'unknownTemplate', id, templateIds());
  const table = parseText(data, (attribute('format') as 'csv' | 'tsv' | 'json' | null) ?? formatFromUrl(dataName), { file: dataName });
  const lang = attribute('lang') ?? 'en';
  const strings = await loadStrings(lang); // the chart's words (target label, "No data", respondents, country names)
  await template.load?.(); // on-demand data, e.g. the map's shapes
  // Real downloads (UN SDG, World Bank, Open SDG, wide) and the slice attributes, as on a page.
  const sliced = await applyLayoutAndSlice(table, readSliceOptions(template, attribute));
  const prepared = prepareChart({ template, table: sliced.table, columns: sliced.columns, attribute, lang, strings });
  const height = attribute('height') ? Number.parseFloat(attribute('height')!) : undefined;
  const ratioHeight = height === undefined && template.aspectRatio ? Math.round(width * template.aspectRatio) : undefined;
  const [vegaLite, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const { spec } = compileSpec(vegaLite, template, prepared.options, { fixedHeight: height !== undefined });
  const tokens = getTheme(attribute('theme'));
  const theme = themeToVega(tokens);
  const view = new vega.View(vega.parse(spec, theme.config, { ast: true }), {
    renderer: 'none',
    expr: (await import('vega-interpreter')).expressionInterpreter,
    locale: vegaLocale(lang) as never, // numbers and dates as the language writes them, as on a page
  });
  try {
    for (const [name, value] of Object.entries({ ...theme.signals, ...languageSignals(spec, strings), ...prepared.signals })) view.signal(name, value);
    view.data('table', prepared.rows as object[]);
    for (const [name, rows] of Object.entries((await prepared.datasets) ?? {})) view.data(name, rows as object[]);
    view.width(width);
    if (height !== undefined && Number.isFinite(height)) view.height(height);
    else if (ratioHeight !== undefined) view.height(ratioHeight);
    await view.resize().runAsync();
    const svg = await view.toSVG();
    const title = attribute('title') ?? prepared.preset?.title ?? sliced.provenance.title;
    const size = /<svg[^>]*?width="([\d.]+)"[^>]*?height="([\d.]+)"/.exec(svg);
    return composeSvg(svg, Number(size?.[1] ?? width), Number(size?.[2] ?? 300), {
      title,
      subtitle: attribute('subtitle') ?? prepared.preset?.subtitle,
      source: attribute('source') ?? sliced.provenance.source,
      credit: attribute('credit'),
      notes: attribute('notes') ?? ([prepared.preset?.notes, ...sliced.provenance.notes].filter(Boolean).join(' ') || undefined),
      labels: { source: strings.source, credit: strings.credit },
    }, { fontFamily: tokens.fontFamily, text: tokens.colorText, muted: tokens.colorMuted, background: tokens.colorBackground });
  } finally {
    view.finalize();
  }
}
