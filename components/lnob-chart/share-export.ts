/**
 * What the share menu makes: PNG, SVG, CSV, social-media images and the embed
 * code. Loaded on demand (the first time a reader opens the menu), so none of
 * it weighs on a page that only shows charts. Files are built in the page and
 * handed over as Blob URLs; the only requests are for the page's own web
 * fonts, read again (usually from the browser's cache) to go into PNGs.
 */
import { csvFormatRows } from 'd3-dsv';
import { withPageFonts } from './font-embed.js';
import { composeSvg, drawingRoom, escapeXml, fitsBeside, type ComposeFrame, type ComposeText, type ComposeStyle } from '../../render/compose.js';
import { chartSnippet, isAttributeName, type AttributeValue, type FirstPaint } from '../shared/embed-code.js';
import type { Row } from '../../data/table.js';
import type { ChartPlan, Frame, TableModel } from '../../render/plan.js';
import { renderHeadless, type HeadlessResult, type ViewRequest } from '../../render/view.js';
import { PANEL_FIELD } from '../../render/facet-fields.js';

/** Everything the exports need, handed over by the element after each render. */
export interface ShareSource {
  /** The chart's plan: its template, options and rows (the table's columns are the names a reader knows). */
  readonly plan: ChartPlan;
  /** The on-page chart's theme, size and renderer: images at other sizes are planned in the same frame. */
  readonly frame: Frame;
  /** The request the on-page view was drawn from (spec, config, signals, rows, locale). */
  readonly request: ViewRequest;
  /** Words before the source and the credit in the chart's language. */
  readonly labels: { readonly source: string; readonly credit: string };
  /** The file name when the chart has no title. */
  readonly fallbackName: string;
}

/** The chart's text and colours as the page shows them. */
export interface ShareChrome {
  readonly text: ComposeText;
  readonly style: ComposeStyle;
  /** The organisation's logo (the chart's `slot="logo"` image), drawn under the source in PNG images. */
  readonly logo?: HTMLImageElement | undefined;
  /** Right-to-left chart: the logo goes at the left end. */
  readonly rtl?: boolean | undefined;
}

/** The logo's height in the image's layout pixels (doubled in the file), and the space kept for it. */
const LOGO_HEIGHT = 28;
const LOGO_SPACE = LOGO_HEIGHT + 10;
const PAD = 16;

export interface SocialPreset {
  readonly id: 'square' | 'portrait' | 'landscape';
  readonly width: number;
  readonly height: number;
}

export const SOCIAL_PRESETS: readonly SocialPreset[] = [
  { id: 'square', width: 1080, height: 1080 },
  { id: 'portrait', width: 1080, height: 1350 },
  { id: 'landscape', width: 1200, height: 675 },
];

/**
 * Social images are laid out as a phone shows them: the image's shorter side is 360 layout px, drawn at 3×
 * (1080 px) or 1.875× (675 px). So the smallest text the chart writes (12 px) is 36 px of a 1080 px image and
 * 22.5 px of a 675 px one: 3% of the image's shorter side or more, readable when a feed shows the post at
 * phone width. When long words would leave the drawing less than 45% of the image, the layout grows (up to
 * 432 px: text still 2.8%). A wide, short image (1200×675) sets its words in a column beside the drawing,
 * which keeps the image's full height.
 */
const SOCIAL_LAYOUT_SIDES = [360, 396, 432] as const;
const MIN_DRAWING_SHARE = 0.45;

/** A file name from the chart's title: lower case, words joined by `-`, accents dropped, other scripts kept. */
export function fileName(title: string | null | undefined, fallback: string, extension: string): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é → e, but Arabic, Cyrillic and CJK letters stay
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || fallback}.${extension}`;
}

/** A number as data: full precision, `.` decimal mark, no grouping. */
function writeValue(value: Row[string], unit: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}${unit ?? ''}` : '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    if (iso.endsWith('-01-01T00:00:00.000Z')) return iso.slice(0, 4);
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

/** A plain number as the kit writes it (`-3.5`, `1e-7`, `70%`): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?%?$/;

/**
 * A cell or header that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front, as
 * OWASP recommends against "CSV injection": the reader sees the text, nothing
 * runs. Plain numbers (`-3.5`) are left as they are.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * The data shown as CSV, with the original column names, values as numbers
 * (`.` decimals, no thousands separators). `withUnits` writes `70%` for a
 * column read as percentages (the embed code, so the chart reads the same).
 * `forSpreadsheets` (the download) neutralises cells a spreadsheet would run
 * as formulas (`neutraliseFormula`); the embed code, read by the chart, keeps
 * them as they are.
 */
export function dataCsv(table: Pick<TableModel, 'roles' | 'columns' | 'units' | 'rows'>, withUnits = false, forSpreadsheets = !withUnits): string {
  const roles = table.roles.filter((role) => table.columns[role.name] !== undefined);
  const safe = forSpreadsheets ? neutraliseFormula : (cell: string) => cell;
  const header = roles.map((role) => safe(table.columns[role.name]!));
  const body = table.rows.map((row) => roles.map((role) => safe(writeValue(row[role.name] ?? null, withUnits ? table.units[role.name] : undefined))));
  return csvFormatRows([header, ...body]);
}

/** The composed SVG: the chart's own drawing with its title, subtitle, source, credit and notes around it. */
export function composeChart(
  chart: Pick<HeadlessResult, 'svg' | 'width' | 'height'>,
  chrome: ShareChrome,
  labels: ShareSource['labels'],
  frame?: ComposeFrame,
): { svg: string; width: number; height: number } {
  const text = shareText(chrome, labels);
  if (frame) return { svg: composeSvg(chart.svg, chart.width, chart.height, text, chrome.style, frame), width: frame.width, height: frame.height };
  let svg = composeSvg(chart.svg, chart.width, chart.height, text, chrome.style);
  const size = /^<svg[^>]*?\swidth="([\d.]+)"\s+height="([\d.]+)"/.exec(svg)!;
  const width = Number(size[1]);
  let height = Number(size[2]);
  if (usableLogo(chrome.logo)) {
    // Room under the text for the logo, which the PNG exporters draw there.
    const grown = height + LOGO_SPACE;
    svg = svg.replace(/^(<svg[^>]*?\sheight=")[\d.]+("[^>]*?\sviewBox="0 0 [\d.]+ )[\d.]+"/, `$1${grown}$2${grown}"`);
    height = grown;
  }
  return { svg, width, height };
}

/** The words around the drawing, with "Source:" and "Chart:" in the chart's language, in one line of notes. */
function shareText(chrome: ShareChrome, labels: ShareSource['labels']): ComposeText {
  return {
    ...chrome.text,
    rtl: chrome.rtl,
    // composeSvg writes "Source: " and "Chart: " itself: give it the words of the chart's language instead.
    source: undefined,
    credit: undefined,
    notes: [chrome.text.source ? `${labels.source} ${chrome.text.source}` : '', chrome.text.credit ? `${labels.credit} ${chrome.text.credit}` : '', chrome.text.notes ?? '']
      .filter(Boolean)
      .join('  ·  ') || undefined,
  };
}

/** The on-page chart as a standalone SVG with its text (and, with `withLogo`, the logo drawn in; PNGs draw it themselves). */
export async function exportSvg(
  source: ShareSource,
  chrome: ShareChrome,
  view: { toSVG(): Promise<string>; width(): number; height(): number },
  withLogo = false,
): Promise<{ svg: string; width: number; height: number }> {
  const drawing = await view.toSVG();
  const size = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(drawing);
  const chart = { svg: drawing, width: size ? Number(size[1]) : view.width(), height: size ? Number(size[2]) : view.height() };
  const composed = composeChart(chart, chrome, source.labels);
  return withLogo ? withLogoImage(composed, chrome) : composed;
}

/** A composed SVG with the logo drawn in the room kept for it (a data URL, so the file stands alone). */
function withLogoImage(composed: { svg: string; width: number; height: number }, chrome: ShareChrome): { svg: string; width: number; height: number } {
  const logo = chrome.logo;
  if (!usableLogo(logo)) return composed;
  const logoWidth = (logo.naturalWidth / logo.naturalHeight) * LOGO_HEIGHT;
  const x = chrome.rtl ? PAD : composed.width - PAD - logoWidth;
  const y = composed.height - LOGO_SPACE;
  const image = `<image href="${escapeXml(logoHref(logo))}" x="${x}" y="${y}" width="${logoWidth}" height="${LOGO_HEIGHT}"/>`;
  return { ...composed, svg: composed.svg.replace(/<\/svg>$/, `${image}</svg>`) };
}

/**
 * True once this page's Content-Security-Policy refused the drawing as an image (`img-src` without `blob:`, e.g.
 * `default-src 'self'`): the browser reports that once, and from then on images go straight to the SVG fallback.
 */
let imagesRefused = false;

/** The page's policy does not let the kit turn its drawing into a PNG (an image from a `blob:` URL). */
export class ImagesBlocked extends Error {
  override readonly name = 'ImagesBlocked';
}

/** A PNG, or, where the page's policy blocks it, the same picture as SVG (`fallback: 'svg'`). */
export interface ImageFile {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly fallback?: 'svg';
}

/** The SVG a blocked PNG falls back to: the same composition, logo included. */
function svgFallback(composed: { svg: string; width: number; height: number }, chrome: ShareChrome): ImageFile {
  const file = withLogoImage(composed, chrome);
  return { blob: new Blob([file.svg], { type: 'image/svg+xml' }), width: file.width, height: file.height, fallback: 'svg' };
}

/** The logo as a data URL, so the SVG file stands alone; its address when another site's image cannot be read. */
function logoHref(logo: HTMLImageElement): string {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = logo.naturalWidth;
    canvas.height = logo.naturalHeight;
    canvas.getContext('2d')!.drawImage(logo, 0, 0);
    return canvas.toDataURL('image/png');
  } catch {
    return logo.currentSrc || logo.src;
  }
}

function usableLogo(logo: HTMLImageElement | undefined): logo is HTMLImageElement {
  return !!logo && logo.complete && logo.naturalWidth > 0 && logo.naturalHeight > 0;
}

/**
 * A PNG of the composed SVG with the logo drawn in the room kept for it
 * (bottom, at the end of the line). A logo from another site that does not
 * allow it (no CORS) would make the canvas unreadable: then the image is made
 * without it rather than not at all.
 */
async function composedPng(composed: { svg: string; width: number; height: number }, pixelWidth: number, pixelHeight: number, scale: number, chrome: ShareChrome): Promise<Blob> {
  const logo = chrome.logo;
  if (!usableLogo(logo)) return svgToPng(composed.svg, pixelWidth, pixelHeight, scale, chrome.style.background);
  const logoWidth = (logo.naturalWidth / logo.naturalHeight) * LOGO_HEIGHT;
  const rtl = chrome.rtl === true;
  const place = { image: logo, x: rtl ? PAD : composed.width - PAD - logoWidth, y: composed.height - LOGO_SPACE, width: logoWidth, height: LOGO_HEIGHT };
  try {
    return await svgToPng(composed.svg, pixelWidth, pixelHeight, scale, chrome.style.background, place);
  } catch (error) {
    if ((error as Error).name !== 'SecurityError') throw error;
    return svgToPng(composed.svg, pixelWidth, pixelHeight, scale, chrome.style.background);
  }
}

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
  background: string,
  logo?: { image: CanvasImageSource; x: number; y: number; width: number; height: number },
): Promise<Blob> {
  if (imagesRefused) throw new ImagesBlocked('This page does not allow blob: images.');
  // The page's web fonts go into the picture: an SVG drawn as an image cannot reach them.
  const url = URL.createObjectURL(new Blob([await withPageFonts(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch {
      // The kit's own SVG, made a moment ago, does not load: the page's policy refused it (img-src without blob:).
      imagesRefused = true;
      throw new ImagesBlocked('This page does not allow blob: images.');
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width);
    canvas.height = Math.round(height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, image.naturalWidth || width / scale, image.naturalHeight || height / scale);
    if (logo) context.drawImage(logo.image, logo.x, logo.y, logo.width, logo.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The on-page chart with its text as a PNG at 2× resolution; where the page's policy blocks images made in the page
 * (`img-src` without `blob:`), the same picture as SVG (`fallback: 'svg'`), so the reader still gets a file.
 */
export async function exportPng(source: ShareSource, chrome: ShareChrome, view: Parameters<typeof exportSvg>[2]): Promise<ImageFile> {
  const composed = await exportSvg(source, chrome, view);
  const width = composed.width * 2;
  const height = composed.height * 2;
  try {
    return { blob: await composedPng(composed, width, height, 2, chrome), width, height };
  } catch (error) {
    if (!(error instanceof ImagesBlocked)) throw error;
    return svgFallback(composed, chrome);
  }
}

/**
 * The chart laid out again for a social-media post: the words placed for the image's shape (above and below
 * the drawing, or beside it in a wide image), then a headless view drawn through the chart's plan at exactly
 * the room they leave, so axes, labels and bars fit the preset instead of being stretched. A drawing that keeps
 * its own size (a waffle's grid) is scaled up to fill its room, and centred.
 */
export async function layoutSocial(source: ShareSource, chrome: ShareChrome, preset: SocialPreset): Promise<{ svg: string; width: number; height: number; chart: HeadlessResult; scale: number }> {
  const text = shareText(chrome, source.labels);
  const frameFor = (side: number): ComposeFrame & { scale: number } => {
    const scale = Math.min(preset.width, preset.height) / side;
    const box = { width: Math.round((preset.width / scale) * 100) / 100, height: Math.round((preset.height / scale) * 100) / 100, bottom: usableLogo(chrome.logo) ? LOGO_SPACE : 0 };
    const wide = box.width / box.height > 1.4 && fitsBeside(text, chrome.style, box);
    return { ...box, layout: wide ? 'beside' : 'stacked', scale };
  };
  // The first layout that leaves the drawing enough room: at least MIN_DRAWING_SHARE of the image, and its own
  // height as a page would draw it at that width (rows sized by step keep room for their labels).
  let frame = frameFor(SOCIAL_LAYOUT_SIDES.at(-1)!);
  for (const side of SOCIAL_LAYOUT_SIDES) {
    const candidate = frameFor(side);
    const room = drawingRoom(text, chrome.style, candidate);
    if (room.height < MIN_DRAWING_SHARE * candidate.height) continue;
    const natural = await renderHeadless(await source.plan.request({ ...source.frame, width: room.width - 2 * CROP_MARGIN, height: undefined }));
    if (natural.height <= room.height - 2 * CROP_MARGIN) {
      frame = candidate;
      break;
    }
  }
  const room = drawingRoom(text, chrome.style, frame);
  // Drawn a margin smaller than its room, so fillRoom's margin around what it draws still fits.
  const request = await source.plan.request({ ...source.frame, width: room.width - 2 * CROP_MARGIN, height: Math.max(80, room.height - 2 * CROP_MARGIN) });
  const chart = await renderHeadless({ ...request, aspectRatio: undefined });
  const composed = composeChart(fillRoom(chart, room), chrome, source.labels, frame);
  return { ...composed, chart, scale: frame.scale };
}

/** Space kept around what a drawing draws: Vega bounds a text by its font size, the font draws a little beyond. */
const CROP_MARGIN = 8;

/** Drawings never grow more than this to fill their room: a small one stays a small one, only larger. */
const MAX_GROWTH = 2.5;

/**
 * The drawing cropped to what it draws and fitted into its room, centred: a chart that fills its view stays as
 * it is; one that keeps its own size (a waffle, a map held by its height) grows to fill the room.
 */
function fillRoom(chart: HeadlessResult, room: { width: number; height: number }): Pick<HeadlessResult, 'svg' | 'width' | 'height'> {
  const content = chart.content;
  if (!content) return chart;
  const pad = CROP_MARGIN;
  const width = content.x2 - content.x1 + 2 * pad;
  const height = content.y2 - content.y1 + 2 * pad;
  const grow = Math.max(1, Math.min(MAX_GROWTH, room.width / width, room.height / height));
  const out = { width: Math.floor(width * grow), height: Math.floor(height * grow) };
  const viewBox = `${(content.x1 - pad).toFixed(1)} ${(content.y1 - pad).toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`;
  const svg = chart.svg.replace(/^<svg\b[^>]*>/, (open) =>
    open
      .replace(/\swidth="[\d.]+"/, ` width="${out.width}"`)
      .replace(/\sheight="[\d.]+"/, ` height="${out.height}"`)
      .replace(/\sviewBox="[^"]*"/, ` viewBox="${viewBox}"`),
  );
  return { svg, ...out };
}

/** A social-media image at the preset's size; the same layout as SVG where the page's policy blocks images (see exportPng). */
export async function exportSocial(source: ShareSource, chrome: ShareChrome, preset: SocialPreset): Promise<ImageFile & { chart: HeadlessResult }> {
  const laid = await layoutSocial(source, chrome, preset);
  try {
    const blob = await composedPng(laid, preset.width, preset.height, laid.scale, chrome);
    return { blob, width: preset.width, height: preset.height, chart: laid.chart };
  } catch (error) {
    if (!(error instanceof ImagesBlocked)) throw error;
    return { ...svgFallback(laid, chrome), chart: laid.chart };
  }
}

/**
 * Documented attributes the embed code leaves out: those that choose or slice (the year control's too)
 * the data file (the copy carries the data shown instead), and `menu` and `table` (the
 * partner decides). Role columns (`*-column`) are written from the plan.
 */
const DATA_ATTRIBUTES = new Set(['src', 'format', 'layout', 'where', 'series-code', 'countries', 'years', 'year', 'year-control', 'aggregates', 'decimal', 'menu', 'table']);

/** The `<lnob-chart>` attributes the kit documents: Lit's, the role columns, the slice attributes, every template's options, `lang`. */
function documentedAttributes(): readonly string[] {
  return (customElements.get('lnob-chart') as { observedAttributes?: readonly string[] } | undefined)?.observedAttributes ?? [];
}

/**
 * The `<lnob-chart>` markup that reproduces this chart: its documented
 * attributes (an allow-list: `documented`, by default the element's observed
 * attributes), the text the page or the file gave it, and the data shown
 * inline (CSV with `.` decimals, so `decimal="."`). Anything else the page put
 * on its element — `id`, `class`, `style`, `slot`, `data-*`, `aria-*`, event
 * handlers (`on…`), other libraries' attributes — stays on that page.
 */
export function embedCode(
  source: ShareSource,
  attributes: readonly { name: string; value: string }[],
  chrome: ShareChrome,
  documented: Iterable<string> = documentedAttributes(),
  kit: { readonly kitUrl?: string | undefined; readonly version?: string | undefined; readonly fallbackSvg?: string | undefined; readonly firstPaint?: FirstPaint | undefined } = {},
): string {
  const allowed = new Set(documented);
  const out: Record<string, AttributeValue> = {};
  for (const { name, value } of attributes) {
    if (!allowed.has(name) || !isAttributeName(name) || name.startsWith('on') || DATA_ATTRIBUTES.has(name) || name.endsWith('-column')) continue;
    out[name] = value === '' ? true : value;
  }
  // Text that came from the data file or a preset, so the copy reads the same without them.
  for (const key of ['title', 'subtitle', 'source', 'credit', 'notes'] as const) {
    const text = chrome.text[key];
    if (out[key] === undefined && text) out[key] = text;
  }
  const { table } = source.plan;
  for (const role of table.roles) {
    const column = table.columns[role.name];
    // Small multiples carry their panels' column as a role of the table (render/facets.ts): it is `facet-column`.
    if ((role.name as string) === PANEL_FIELD) out['facet-column'] = column;
    else if (column !== undefined && column !== role.name) out[`${role.name}-column`] = column;
  }
  // A language the chart inherited from its page: the copy keeps it (its titles and notes are written in it).
  if (out['lang'] === undefined && source.request.localeKey) out['lang'] = source.request.localeKey;
  out['decimal'] = '.';
  // A percentage the file said in its units column (UN SDG `PERCENT`), not in its cells: written into the cells, so
  // the copy, which has no units column, still reads `72.8%`.
  const units = table.units.value === undefined && source.plan.unit === '%' ? { ...table.units, value: '%' } : table.units;
  // The script line (a partner's page has no kit yet) and the data as a table: if the kit cannot load, readers still get the numbers.
  return chartSnippet({
    template: source.plan.template.id,
    attributes: out,
    csv: dataCsv({ ...table, units }, true, false),
    version: kit.version ?? '0.0.0',
    kitUrl: kit.kitUrl,
    dataForm: 'table',
    fallbackSvg: kit.fallbackSvg,
    firstPaint: kit.firstPaint,
    logo: chrome.logo?.getAttribute('src') ? { src: chrome.logo.getAttribute('src')!, alt: chrome.logo.alt } : undefined,
  });
}

/** Hands a file to the reader: a Blob URL and a temporary `<a download>`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
