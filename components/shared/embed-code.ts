/**
 * The copy-and-paste snippet: the exact markup that reproduces a chart on a
 * blank page — one `<script>` from a versioned URL (with its integrity hash
 * when known) or from the organisation's own copy of the kit, and an
 * `<lnob-chart>` with the data inline. The full snippet writes the data as a
 * `<table>` by default and may carry a static SVG of the chart after it: if
 * the kit cannot load (blocked, offline, a CMS that strips scripts) readers
 * still get the numbers, and the picture. Once the element upgrades, its
 * shadow root hides both (light-DOM children are not slotted), and only a
 * `<table>` or data `<script>` is ever read as data.
 *
 * Pure and DOM-free, so the catalogue, the tests and the chart's own "copy
 * embed code" menu can share it.
 */
import { csvParseRows } from 'd3-dsv';
import { scriptUrl } from './kit-address.js';
import { escapeAttribute, escapeText, writeAttributes, type AttributeValue } from '../../core/markup.js';
import { firstPaintParts, isPlainSvg, roomPicture, type FirstPaint } from '../../render/first-paint.js';

// Writing markup safely is shared with the command line (core/markup.ts).
export { escapeAttribute, escapeText, isAttributeName, writeAttributes, type AttributeValue } from '../../core/markup.js';
export type { FirstPaint } from '../../render/first-paint.js';


/** How the data is written inside the chart. */
export type DataForm = 'script' | 'table' | 'auto';

export interface SnippetInput {
  /** Template id, e.g. `ranked-bar`. */
  readonly template: string;
  /** Other attributes, in the order they should be written. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** The data as CSV text. */
  readonly csv: string;
  /** The package version, for the script URL. */
  readonly version: string;
  /** The subresource-integrity hash of `lnob-charts.js` (`sha384-…`), when known. */
  readonly integrity?: string | null | undefined;
  /** `script` (a `<script type="text/csv">`), `table` (a `<table>`, which survives CMS filters), or `auto`: the script unless the data cannot be written safely inside one. */
  readonly dataForm?: DataForm;
  /** Leave out the `<script src>` line (e.g. a second chart on a page that already loads it). */
  readonly omitScript?: boolean;
  /** The address of a self-hosted `lnob-charts.js`: replaces the CDN URL (and its integrity hash, which is the published file's). */
  readonly kitUrl?: string | null | undefined;
  /** A static SVG of the chart (render/compose.ts), written after the data: the chart shows before, or without, any script. */
  readonly fallbackSvg?: string | null | undefined;
  /** The organisation's logo (`<img slot="logo">`), shown beside the source. */
  readonly logo?: Logo | undefined;
  /**
   * Write the title, subtitle and source as HTML inside the chart and keep the drawing's room (first-paint.ts): they
   * show while the page loads, before any script, and nothing moves when the chart is drawn. The fallback picture is
   * then the drawing alone (the words are HTML), shown in that room.
   */
  readonly firstPaint?: FirstPaint | undefined;
}

/** A logo's address (`https://…` or a path on the site) and the organisation's name, read out in its place. */
export interface Logo {
  readonly src: string;
  readonly alt: string;
}

// The CDN address lives with the kit's own address (kit-address.ts, small enough for the page's first file).
export { PACKAGE_NAME, scriptUrl } from './kit-address.js';

/**
 * The `<script type="module">` that loads the kit: from the versioned CDN URL with its integrity hash when known,
 * or from `kitUrl`, a self-hosted copy (then without integrity: the host may serve another build).
 */
export function scriptTag(version: string, integrity?: string | null, kitUrl?: string | null): string {
  const own = kitUrl?.trim();
  if (own !== undefined && own !== '' && !isKitAddress(own)) throw new Error(`"${own}" is not an address of lnob-charts.js (http:, https:, or a path on the site).`);
  const src = escapeAttribute(own || scriptUrl(version));
  const sri = integrity && !own ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${src}"${sri}></script>`;
}

/**
 * The line that starts Vega's download with the page's HTML: `chunks/vega.js` beside the kit's file (one name in
 * every build of a version). Without it Vega starts only once the kit's file has arrived and run: on a slow
 * connection the first chart waits that much longer (issue 21). `kitUrl` must have passed `scriptTag`.
 */
export function vegaPreloadTag(version: string, kitUrl?: string | null): string {
  const kit = kitUrl?.trim() || scriptUrl(version);
  return `<link rel="modulepreload" href="${escapeAttribute(kit.replace(/[?#].*$/, '').replace(/[^/]*$/, 'chunks/vega.js'))}">`;
}

/** An address a page can load a script from: `https://…`, `http://…`, `//…`, or a path (`/kit/lnob-charts.js`, `../dist/…`). Never `javascript:` or `data:`. */
export function isKitAddress(address: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  return (scheme === undefined || scheme === 'http' || scheme === 'https') && !/[\s"<>]/.test(address);
}

/**
 * The full snippet: the script line and Vega's preload line, then the chart with its data (a `<table>` unless asked
 * otherwise) and its fallback picture.
 */
export function chartSnippet(input: SnippetInput): string {
  const chart = chartMarkup(input.template, input.attributes ?? {}, input.csv, input.dataForm ?? 'table', input.fallbackSvg, input.logo, input.firstPaint);
  if (input.omitScript) return chart;
  return `${scriptTag(input.version, input.integrity, input.kitUrl)}\n${vegaPreloadTag(input.version, input.kitUrl)}\n${chart}`;
}

/** Just the `<lnob-chart>` element with its data (and a static SVG of the chart after it, when given). */
export function chartMarkup(
  template: string,
  attributes: Readonly<Record<string, AttributeValue>>,
  csv: string,
  dataForm: DataForm = 'auto',
  fallbackSvg?: string | null,
  logo?: Logo,
  firstPaint?: FirstPaint,
): string {
  return elementMarkup('lnob-chart', { template, ...withoutKey(attributes, 'template') }, csv, dataForm, fallbackSvg, logo, firstPaint);
}

/** A `<lnob-stat>` big-number card, with its data (for a sparkline) when it has any. */
export function statMarkup(attributes: Readonly<Record<string, AttributeValue>>, csv?: string | null, dataForm: DataForm = 'auto'): string {
  return elementMarkup('lnob-stat', attributes, csv ?? '', dataForm);
}

/** The full snippet for a `<lnob-stat>` card. */
export function statSnippet(input: Omit<SnippetInput, 'template' | 'csv'> & { readonly csv?: string | null }): string {
  const card = statMarkup(input.attributes ?? {}, input.csv, input.dataForm ?? 'table');
  return input.omitScript ? card : `${scriptTag(input.version, input.integrity, input.kitUrl)}\n${card}`;
}

/** An element of the kit with its attributes and, when there is data, the data inside it. */
function elementMarkup(
  tag: 'lnob-chart' | 'lnob-stat',
  attributes: Readonly<Record<string, AttributeValue>>,
  csv: string,
  dataForm: DataForm,
  fallbackSvg?: string | null,
  logo?: Logo,
  firstPaint?: FirstPaint,
): string {
  const attrs = writeAttributes(attributes);
  // A long start tag is easier to read and edit with one attribute per line.
  const open = attrs.length + tag.length + 2 <= MAX_LINE ? `<${tag}${attrs}>` : `<${tag}\n${writeAttributes(attributes, '\n  ').slice(1)}\n>`;
  const picture = fallbackSvg?.trim() ? fallbackPicture(fallbackSvg) : '';
  const logoImage = logo && isKitAddress(logo.src.trim()) ? `<img slot="logo" src="${escapeAttribute(logo.src.trim())}" alt="${escapeAttribute(logo.alt)}">` : '';
  if (csv.trim() === '' && !picture && !logoImage) return `${open}</${tag}>`;
  const form = dataForm === 'auto' ? (canInlineAsScript(csv) ? 'script' : 'table') : dataForm;
  if (form === 'script' && !canInlineAsScript(csv)) {
    throw new Error('This data cannot be written inside a <script> (it contains "</script" or "<!--"): use the table form.');
  }
  if (firstPaint) return `${open}\n${indent(firstPaintBody(attributes, csv, form, fallbackSvg, firstPaint, logoImage), '  ')}\n</${tag}>`;
  // The data first: the element reads its first data child, and the picture after it is never taken for data.
  const data = csv.trim() === '' ? '' : form === 'script' ? csvScript(csv) : csvTable(csv);
  const body = [data, logoImage, picture].filter(Boolean).join('\n');
  return `${open}\n${indent(body, '  ')}\n</${tag}>`;
}

/**
 * The children of a chart written for first paint, in the element's own order: the words, the drawing's room (the
 * picture in it, or else the data table standing in it), the buttons' row and the source. Only the `<table>` or data
 * `<script>` is read as data; every other child carries `data-lnob-fallback`.
 */
function firstPaintBody(
  attributes: Readonly<Record<string, AttributeValue>>,
  csv: string,
  form: 'script' | 'table',
  fallbackSvg: string | null | undefined,
  paint: FirstPaint,
  logoImage: string,
): string {
  const word = (name: string) => (typeof attributes[name] === 'string' ? (attributes[name] as string) : undefined);
  const parts = firstPaintParts(
    { title: word('title'), subtitle: word('subtitle'), source: word('source'), credit: word('credit'), notes: word('notes'), theme: word('theme') },
    { ...paint, noActions: paint.noActions ?? (attributes['menu'] === 'none' && attributes['table'] === 'none') },
  );
  const picture = fallbackSvg?.trim() ? roomPicture(fallbackSvg, paint.name || word('title') || '') : '';
  const hasData = csv.trim() !== '';
  const data = !hasData ? '' : form === 'script' ? csvScript(csv) : csvTable(csv, picture ? parts.tableHidden : parts.tableInRoom);
  // The table stands in the drawing's room when there is no picture; a data <script> shows nothing, so the room is empty.
  const room = picture || !hasData || form === 'script' ? parts.chart(picture) : '';
  return [parts.header, room, data, parts.actions, parts.footer, logoImage].filter(Boolean).join('\n');
}

/**
 * A static SVG as fallback content: the kit's own composed drawing, made to
 * shrink with a narrow page. Anything that could run (a script, an event
 * handler, embedded HTML) is refused rather than cleaned: this picture is the
 * kit's output, so such content means something went wrong.
 */
export function fallbackPicture(svg: string): string {
  const body = svg.trim().replace(/^<\?xml[^>]*>\s*/, '');
  if (!isPlainSvg(body)) {
    throw new Error('The fallback picture must be a plain SVG drawing (no scripts, event handlers or embedded HTML).');
  }
  return body.replace(/^<svg\b/, '<svg style="max-width:100%;height:auto"');
}

const MAX_LINE = 100;

/**
 * The data as a `<script type="text/csv">`. Script content is raw text (the
 * chart does not decode entities), so it is written as is; it must not hold
 * `</script` or `<!--`, which would end or confuse the script element.
 */
export function csvScript(csv: string): string {
  const body = trimLines(csv);
  return `<script type="text/csv">\n${indent(body, '  ')}\n</script>`;
}

/**
 * The data as a `<table>`: header row first, every cell escaped as text. It
 * survives CMS filters that remove `<script>`, and is what readers without
 * JavaScript see.
 */
export function csvTable(csv: string, style?: string): string {
  const rows = csvParseRows(trimLines(csv)).filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header = [], ...body] = rows;
  const tr = (cells: readonly string[], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${escapeText(cell)}</${tag}>`).join('')}</tr>`;
  const lines = [style ? `<table style="${escapeAttribute(style)}">` : '<table>', `  <thead>${tr(header, 'th')}</thead>`, '  <tbody>', ...body.map((row) => `    ${tr(row, 'td')}`), '  </tbody>', '</table>'];
  return lines.join('\n');
}

/** Can this text sit inside a `<script>` element unchanged? */
export function canInlineAsScript(text: string): boolean {
  return !/<\/script|<!--/i.test(text);
}


/**
 * The CSS a designer copies: `--lnob-*` tokens on a selector. A `;` inside a
 * value would end the declaration, so palette lists are written space-separated.
 */
export function tokensCss(selector: string, tokens: Readonly<Record<string, string>>): string {
  const lines = Object.entries(tokens)
    .filter(([name, value]) => /^--lnob-[a-z-]+$/.test(name) && value.trim() !== '')
    .map(([name, value]) => `  ${name}: ${value.trim().replace(/\s*;\s*/g, ' ').replace(/[{}<>]/g, '')};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _omit, ...rest } = record;
  return rest;
}

function trimLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const margin = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^\s*/.exec(line)![0].length));
  return lines.map((line) => line.slice(Number.isFinite(margin) ? margin : 0)).join('\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}
