/**
 * The copy-and-paste snippet: the exact markup that reproduces a chart on a
 * blank page — one `<script>` from a versioned URL (with its integrity hash
 * when known) and an `<lnob-chart>` with the data inline.
 *
 * Pure and DOM-free, so the catalogue, the tests and the chart's own "copy
 * embed code" menu can share it.
 */
import { csvParseRows } from 'd3-dsv';

/** An attribute value as the catalogue holds it: `true` writes a bare attribute; `false`, `null`, `undefined` and `''` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

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
}

export const PACKAGE_NAME = 'lnob-charts';

/** The versioned CDN URL of the standalone bundle. */
export function scriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/lnob-charts.js`;
}

/** The `<script type="module">` that loads the kit, with its integrity hash when known. */
export function scriptTag(version: string, integrity?: string | null): string {
  const src = escapeAttribute(scriptUrl(version));
  const sri = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${src}"${sri}></script>`;
}

/** The full snippet: the script line, then the chart. */
export function chartSnippet(input: SnippetInput): string {
  const chart = chartMarkup(input.template, input.attributes ?? {}, input.csv, input.dataForm ?? 'auto');
  return input.omitScript ? chart : `${scriptTag(input.version, input.integrity)}\n${chart}`;
}

/** Just the `<lnob-chart>` element with its data. */
export function chartMarkup(template: string, attributes: Readonly<Record<string, AttributeValue>>, csv: string, dataForm: DataForm = 'auto'): string {
  return elementMarkup('lnob-chart', { template, ...withoutKey(attributes, 'template') }, csv, dataForm);
}

/** A `<lnob-stat>` big-number card, with its data (for a sparkline) when it has any. */
export function statMarkup(attributes: Readonly<Record<string, AttributeValue>>, csv?: string | null, dataForm: DataForm = 'auto'): string {
  return elementMarkup('lnob-stat', attributes, csv ?? '', dataForm);
}

/** The full snippet for a `<lnob-stat>` card. */
export function statSnippet(input: Omit<SnippetInput, 'template' | 'csv'> & { readonly csv?: string | null }): string {
  const card = statMarkup(input.attributes ?? {}, input.csv, input.dataForm ?? 'auto');
  return input.omitScript ? card : `${scriptTag(input.version, input.integrity)}\n${card}`;
}

/** An element of the kit with its attributes and, when there is data, the data inside it. */
function elementMarkup(tag: 'lnob-chart' | 'lnob-stat', attributes: Readonly<Record<string, AttributeValue>>, csv: string, dataForm: DataForm): string {
  const attrs = writeAttributes(attributes);
  // A long start tag is easier to read and edit with one attribute per line.
  const open = attrs.length + tag.length + 2 <= MAX_LINE ? `<${tag}${attrs}>` : `<${tag}\n${writeAttributes(attributes, '\n  ').slice(1)}\n>`;
  if (csv.trim() === '') return `${open}</${tag}>`;
  const form = dataForm === 'auto' ? (canInlineAsScript(csv) ? 'script' : 'table') : dataForm;
  if (form === 'script' && !canInlineAsScript(csv)) {
    throw new Error('This data cannot be written inside a <script> (it contains "</script" or "<!--"): use the table form.');
  }
  const data = form === 'script' ? csvScript(csv) : csvTable(csv);
  return `${open}\n${indent(data, '  ')}\n</${tag}>`;
}

const MAX_LINE = 100;

/** ` name="value"` pairs, escaped, each after `separator`; booleans as bare attributes. */
export function writeAttributes(attributes: Readonly<Record<string, AttributeValue>>, separator = ' '): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!isAttributeName(name)) throw new Error(`"${name}" is not a valid attribute name.`);
    if (value === null || value === undefined || value === false || value === '') continue;
    out += value === true ? `${separator}${name}` : `${separator}${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

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
export function csvTable(csv: string): string {
  const rows = csvParseRows(trimLines(csv)).filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header = [], ...body] = rows;
  const tr = (cells: readonly string[], tag: 'th' | 'td') => `<tr>${cells.map((cell) => `<${tag}>${escapeText(cell)}</${tag}>`).join('')}</tr>`;
  const lines = ['<table>', `  <thead>${tr(header, 'th')}</thead>`, '  <tbody>', ...body.map((row) => `    ${tr(row, 'td')}`), '  </tbody>', '</table>'];
  return lines.join('\n');
}

/** Can this text sit inside a `<script>` element unchanged? */
export function canInlineAsScript(text: string): boolean {
  return !/<\/script|<!--/i.test(text);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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

/** A name the embed code can write: lower-case letters, digits and `-`, starting with a letter. */
export function isAttributeName(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name);
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
