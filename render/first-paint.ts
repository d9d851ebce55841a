/**
 * The words and the chart's room before any script (issue 21). A snippet may carry, inside `<lnob-chart>`, the
 * title, subtitle and source as plain HTML and a box as tall as the drawing: the browser shows them while it parses
 * the page, before `lnob-charts.js` has arrived. They are laid out as the element lays out its own text (the same
 * tokens, sizes, line heights and gaps), so when the element upgrades and draws, nothing below it moves.
 *
 * Everything is light-DOM children marked `data-lnob-fallback`, styled by `style` attributes alone (no `<style>`
 * element, which CMS filters remove): once the element has its shadow root, children it does not slot are neither
 * shown nor read, so the words are never read twice. A page whose policy forbids style attributes gets the words
 * and the data table unstyled, as a snippet without them would.
 *
 * Pure and DOM-free (the command line writes it too).
 */
import { getTheme } from '../themes/index.js';
import { escapeAttribute, escapeText } from '../core/markup.js';

export interface FirstPaint {
  /** The drawing's height in px as the element drew it (the `[part=chart]` box): the room kept for it. */
  readonly chartHeight: number;
  /** The words before the source and the credit in the chart's language ("Source:", "Chart:"). */
  readonly labels?: { readonly source: string; readonly credit: string } | undefined;
  /** The SDG goal line as the chart shows it under the title ("Goal 3: Good health and well-being"), with its colour. */
  readonly goal?: { readonly label: string; readonly color: string } | undefined;
  /** The fallback picture's name for screen readers (the title, else the summary's first sentence: render/data-points.ts drawingName). */
  readonly name?: string | undefined;
  /** Without the data-table button and the share menu (`menu="none"` and `table="none"` both): no room for them. */
  readonly noActions?: boolean | undefined;
}

/** The words around the chart, as attributes give them. */
export interface FirstPaintText {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly source?: string | undefined;
  readonly credit?: string | undefined;
  readonly notes?: string | undefined;
  readonly theme?: string | undefined;
}

/** The parts, in the element's order: the header, the chart's room (for the picture), the buttons' row, the footer. */
export interface FirstPaintParts {
  readonly header: string;
  /** The room for the drawing, with `inside` (the fallback picture) in it. */
  chart(inside: string): string;
  /** The `style` of a data `<table>` standing in the chart's room itself (shown, scrolled within it). */
  readonly tableInRoom: string;
  /** The `style` of a data `<table>` beside a fallback picture: there for screen readers, out of sight. */
  readonly tableHidden: string;
  readonly actions: string;
  readonly footer: string;
}

/** `--lnob-x` with the theme's value as fallback: a token the page sets wins, as in the element. */
const token = (name: string, value: string) => `var(--lnob-${name},${value})`;

/** The element's small buttons: `min-height: 24px`, `0.86em` text with a 1.4 line height, `0.2em` padding, a 1 px border. */
const BUTTON_ROW = (fontSize: string) => `max(24px,calc(${fontSize} * 1.548 + 2px))`;

export function firstPaintParts(text: FirstPaintText, paint: FirstPaint): FirstPaintParts {
  const t = getTheme(text.theme);
  const fontSize = token('font-size', t.fontSize);
  const font = `font-family:${token('font-family', t.fontFamily)};font-size:${fontSize};line-height:1.4;color:${token('color-text', t.colorText)}`;
  const gap = `margin:calc(${token('spacing', t.spacing)} / 2) 0 0`;
  const muted = `color:${token('color-muted', t.colorMuted)}`;
  // Paragraphs take `font:inherit` and their own margins: a site's theme styles `p` (sizes, spacing), which would
  // change their height from the element's.
  const height = `height:${Math.max(0, Math.round(paint.chartHeight))}px`;
  const parts: string[] = [];
  // The header opens the element: no gap above it, as the element's figure has none.
  const first = (rest: string) => (parts.length === 0 ? `margin:0;${rest}` : `${gap};${rest}`);
  let header = '';
  if (text.title || text.subtitle || paint.goal) {
    const title = text.title
      ? `<div role="heading" aria-level="3" dir="auto" style="${escapeAttribute(`margin:0;font-family:${token('title-font-family', t.titleFontFamily)};font-size:${token('title-font-size', t.titleFontSize)};font-weight:700;line-height:1.25`)}">${escapeText(text.title)}</div>`
      : '';
    const subtitle = text.subtitle ? `<p dir="auto" style="margin:0.2em 0 0;font:inherit;${muted}">${escapeText(text.subtitle)}</p>` : '';
    // The goal line: its square in the goal's colour beside the words, as the element draws it (lnob-chart.styles.ts).
    const goal = paint.goal
      ? `<p dir="auto" style="${escapeAttribute(`display:flex;align-items:center;gap:0.45em;margin:0.35em 0 0;font:inherit;font-size:calc(${fontSize} * 0.86);font-weight:600`)}"><span style="${escapeAttribute(`flex:none;width:0.9em;height:0.9em;border-radius:${token('radius', t.radius)};background:${cssColor(paint.goal.color)}`)}"></span>${escapeText(paint.goal.label)}</p>`
      : '';
    header = `<div data-lnob-fallback="header" style="${escapeAttribute(first(font))}">${title}${subtitle}${goal}</div>`;
    parts.push(header);
  }
  const room = first(`${font};${height}`);
  parts.push(room);
  const actions = paint.noActions ? '' : `<div data-lnob-fallback="actions" aria-hidden="true" style="${escapeAttribute(`${gap};height:${BUTTON_ROW(fontSize)}`)}"></div>`;
  const labels = paint.labels ?? { source: 'Source:', credit: 'Chart:' };
  const lines = [
    text.source ? `${labels.source} ${text.source}` : '',
    text.credit ? `${labels.credit} ${text.credit}` : '',
    text.notes ?? '',
  ].filter((line) => line.trim() !== '');
  const footer = lines.length
    ? `<div data-lnob-fallback="footer" style="${escapeAttribute(`${gap};${font};font-size:calc(${fontSize} * 0.86);${muted}`)}">${lines.map((line) => `<p dir="auto" style="margin:0;font:inherit">${escapeText(line)}</p>`).join('')}</div>`
    : '';
  return {
    header,
    // The drawing places its own text, left to right even in a right-to-left page, as the element's chart box does.
    chart: (inside) => `<div data-lnob-fallback="chart" dir="ltr" style="${escapeAttribute(`${room};overflow:hidden`)}">${inside}</div>`,
    tableInRoom: `display:block;box-sizing:border-box;${room};overflow:auto;border-collapse:collapse`,
    tableHidden: 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap',
    actions,
    footer,
  };
}

/** A colour written into a style: a hex colour as the goals' table has, else nothing that could end the declaration. */
function cssColor(color: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(color) ? color : 'currentColor';
}

/**
 * Whether a drawing is a plain SVG: no script, no embedded HTML, no event handler, no `javascript:` link. Text and
 * attribute values are looked at only as text (a chart of markup-like labels draws them escaped, and is plain).
 */
export function isPlainSvg(svg: string): boolean {
  const body = svg.trim().replace(/^<\?xml[^>]*>\s*/, '');
  if (!/^<svg\b/.test(body)) return false;
  if (/(?:href|src)\s*=\s*["']?\s*(?:javascript|data:text\/html)/i.test(body)) return false;
  // Tags alone: the text between them and the values of attributes are never markup.
  const tags = body.replace(/>[^<]*</g, '><').replace(/"[^"]*"|'[^']*'/g, '""');
  return !/<script|<foreignObject|<iframe|<embed|<object|\son[a-z]+\s*=/i.test(tags);
}

/**
 * A drawing made to fill the chart's room: the element's own SVG (no title or source in it: those are the HTML
 * words around it), scaled to the room's width and height, named for screen readers by its title. Anything that
 * could run is refused, as for every fallback picture.
 */
export function roomPicture(svg: string, name: string): string {
  const body = svg.trim().replace(/^<\?xml[^>]*>\s*/, '');
  if (!isPlainSvg(body)) {
    throw new Error('The fallback picture must be a plain SVG drawing (no scripts, event handlers or embedded HTML).');
  }
  return body.replace(/^<svg\b[^>]*>/, (open) => {
    // Drawn at one width, shown at any: the drawing scales down to the room's width (a phone), never up.
    const width = /\swidth="([\d.]+)"/.exec(open)?.[1];
    const height = /\sheight="([\d.]+)"/.exec(open)?.[1];
    const viewBox = !/\sviewBox=/.test(open) && width && height ? ` viewBox="0 0 ${width} ${height}" style="max-width:${width}px"` : '';
    const kept = open
      .replace(/\s(width|height|style|role|aria-label|aria-roledescription|aria-hidden)="[^"]*"/g, '')
      .replace(/^<svg\b/, `<svg width="100%" height="100%"${viewBox} preserveAspectRatio="xMinYMin meet" role="img" aria-label="${escapeAttribute(name)}"`);
    return kept;
  });
}

