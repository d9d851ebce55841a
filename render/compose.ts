/**
 * Puts the chart's text around its drawing in one standalone SVG — title,
 * subtitle, source, credit and notes — so an image sent in a newsletter or a
 * PDF carries the same words as the chart on a page. Pure: strings in,
 * string out; every text is escaped.
 */
export interface ComposeText {
  readonly title?: string | null | undefined;
  readonly subtitle?: string | null | undefined;
  readonly source?: string | null | undefined;
  readonly credit?: string | null | undefined;
  readonly notes?: string | null | undefined;
  /** What the chart shows in words (the plan's summary): the image's description, for screen readers. */
  readonly summary?: string | null | undefined;
  /** "Source:" and "Chart:" in the chart's language (i18n/); English when absent. */
  readonly labels?: { readonly source: string; readonly credit: string } | undefined;
  /** The chart's language is written right to left (Arabic): every line starts at the right edge. */
  readonly rtl?: boolean | undefined;
}

export interface ComposeStyle {
  readonly fontFamily: string;
  /** The title's font (`--lnob-title-font-family`), as the page sets its title; the body font when absent. */
  readonly titleFontFamily?: string | undefined;
  readonly text: string;
  readonly muted: string;
  readonly background: string;
}

/**
 * Where the drawing goes (share images): a box of a fixed size, with the text above and below the drawing
 * (`stacked`) or in a column at the start of the line beside it (`beside`, for a wide, short image, where text
 * above and below would leave the drawing a strip). The drawing is centred in the room left.
 */
export interface ComposeFrame {
  readonly width: number;
  readonly height: number;
  readonly layout: 'stacked' | 'beside';
  /** Room kept free at the bottom (for the logo the PNG exporters draw there). */
  readonly bottom?: number | undefined;
}

const PADDING = 16;
/** Space between the text column and the drawing in a `beside` layout. */
const GUTTER = 16;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits text into lines of at most `max` characters, at spaces where possible. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A line's own direction, as HTML's dir="auto" finds it: from its first letter that has one (Arabic, Hebrew: right to left). */
function lineDirection(line: string): 'ltr' | 'rtl' {
  const strong = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(line);
  return strong && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(strong[0]) ? 'rtl' : 'ltr';
}

interface Block {
  readonly lines: readonly string[];
  readonly size: number;
  readonly color: string;
  readonly weight: string;
  readonly font?: string | undefined;
}

/** The text as wrapped blocks: title and subtitle (`head`), source, credit and notes (`foot`), in `width` px. */
function blocks(text: ComposeText, style: ComposeStyle, width: number): { head: Block[]; foot: Block[] } {
  const perLine = (size: number) => Math.max(20, Math.floor(width / (size * 0.55)));
  const block = (content: string | null | undefined, size: number, color: string, weight = 'normal', font?: string): Block[] =>
    content ? [{ lines: wrap(content, perLine(size)), size, color, weight, font }] : [];
  const title = style.titleFontFamily && style.titleFontFamily !== style.fontFamily ? style.titleFontFamily : undefined;
  return {
    head: [...block(text.title, 20, style.text, 'bold', title), ...block(text.subtitle, 14, style.muted)],
    foot: [
      ...block(text.source ? `${text.labels?.source ?? 'Source:'} ${text.source}` : null, 12, style.muted),
      ...block(text.credit ? `${text.labels?.credit ?? 'Chart:'} ${text.credit}` : null, 12, style.muted),
      ...block(text.notes, 12, style.muted),
    ],
  };
}

/** Height of blocks set one under the other: 1.25 lines each, and a little space after each block. */
function heightOf(list: readonly Block[]): number {
  return list.reduce((sum, block) => sum + block.lines.length * block.size * 1.25 + block.size * 0.35, 0);
}

/**
 * Writes blocks from `top`, each one `<text>` with a `<tspan>` per line (the lines of one paragraph are one
 * text, as Vega writes a label of several lines). In a right-to-left chart each line starts at the right edge
 * and reads in its own direction (an English source too). Returns the markup and the y where it ends.
 */
function write(list: readonly Block[], top: number, left: number, right: number, rtl: boolean): { markup: string; bottom: number } {
  let y = top;
  const parts: string[] = [];
  for (const block of list) {
    const lines = block.lines.map((line) => {
      y += block.size * 1.25;
      const direction = lineDirection(line);
      // text-anchor follows the line's own direction: "start" of a right-to-left line is its right end.
      const place = rtl
        ? `x="${right}" text-anchor="${direction === 'rtl' ? 'start' : 'end'}" direction="${direction}" unicode-bidi="embed"`
        : `x="${left}"`;
      return `<tspan ${place} y="${y.toFixed(1)}">${escapeXml(line)}</tspan>`;
    });
    const font = block.font ? ` font-family="${escapeXml(block.font)}"` : '';
    parts.push(`<text font-size="${block.size}" font-weight="${block.weight}" fill="${escapeXml(block.color)}"${font}>${lines.join('')}</text>`);
    y += block.size * 0.35;
  }
  return { markup: parts.join(''), bottom: y };
}

/** The chart's own <svg>, nested as is at (x, y); in a frame, centred in its room. */
function place(chartSvg: string, x: number, y: number): string {
  return chartSvg.replace(/^<svg\b/, `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}"`);
}

function wrapper(width: number, height: number, text: ComposeText, style: ComposeStyle, content: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(style.fontFamily)}" role="img" aria-label="${escapeXml(text.title ?? 'Chart')}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(style.background)}"/>` +
    (text.title ? `<title>${escapeXml(text.title)}</title>` : '') +
    (text.summary ? `<desc>${escapeXml(text.summary)}</desc>` : '') +
    content +
    `</svg>`
  );
}

/** The room a frame leaves for the drawing (share images lay the chart out at exactly this size). */
export function drawingRoom(text: ComposeText, style: ComposeStyle, frame: ComposeFrame): { width: number; height: number } {
  const bottom = frame.bottom ?? 0;
  if (frame.layout === 'beside') {
    const column = columnWidth(frame.width);
    return { width: Math.floor(frame.width - column - 2 * PADDING - GUTTER), height: Math.floor(frame.height - 2 * PADDING - bottom) };
  }
  const width = frame.width - 2 * PADDING;
  const { head, foot } = blocks(text, style, width);
  const gaps = (head.length ? 8 : 0) + (foot.length ? 4 : 0);
  return { width, height: Math.floor(frame.height - 2 * PADDING - heightOf(head) - heightOf(foot) - gaps - bottom) };
}

/** The text column of a `beside` layout: about a third of the width. */
const columnWidth = (width: number) => Math.round(width * 0.34);

/** Whether the text fits a `beside` frame's column (else the frame should be `stacked`). */
export function fitsBeside(text: ComposeText, style: ComposeStyle, frame: Omit<ComposeFrame, 'layout'>): boolean {
  const { head, foot } = blocks(text, style, columnWidth(frame.width));
  const between = 12; // at least this much space between the title and the source
  return heightOf(head) + heightOf(foot) + between <= frame.height - 2 * PADDING - (frame.bottom ?? 0);
}

/**
 * The drawing with its words around it. Without a frame the image is the drawing's width plus padding, as tall
 * as it needs (the command line, the PNG and SVG downloads); in a frame it is exactly the frame's size and the
 * drawing is centred in the room the words leave (share images).
 */
export function composeSvg(chartSvg: string, chartWidth: number, chartHeight: number, text: ComposeText, style: ComposeStyle, frame?: ComposeFrame): string {
  const rtl = text.rtl === true;
  if (frame?.layout === 'beside') {
    const column = columnWidth(frame.width);
    const { head, foot } = blocks(text, style, column);
    const room = drawingRoom(text, style, frame);
    // The column at the start of the line: left, or right in a right-to-left chart; the drawing takes the rest.
    const textLeft = rtl ? frame.width - PADDING - column : PADDING;
    // The title's first line a little higher, so its letters, not its line box, line up with the drawing's top.
    const written = write(head, PADDING - 4, textLeft, textLeft + column, rtl);
    const footer = write(foot, frame.height - PADDING - (frame.bottom ?? 0) - heightOf(foot), textLeft, textLeft + column, rtl);
    const roomLeft = rtl ? PADDING : PADDING + column + GUTTER;
    const x = roomLeft + Math.max(0, (room.width - chartWidth) / 2);
    const y = PADDING + Math.max(0, (room.height - chartHeight) / 2);
    return wrapper(frame.width, frame.height, text, style, written.markup + footer.markup + place(chartSvg, x, y));
  }
  const width = frame?.width ?? chartWidth + 2 * PADDING;
  const { head, foot } = blocks(text, style, width - 2 * PADDING);
  const written = write(head, PADDING, PADDING, width - PADDING, rtl);
  const chartTop = written.bottom + (head.length ? 8 : 0);
  const room = frame ? drawingRoom(text, style, frame) : { width: chartWidth, height: chartHeight };
  const x = PADDING + Math.max(0, (room.width - chartWidth) / 2);
  const y = chartTop + Math.max(0, (room.height - chartHeight) / 2);
  const footTop = frame ? frame.height - PADDING - (frame.bottom ?? 0) - heightOf(foot) : chartTop + chartHeight + 4;
  const footer = write(foot, footTop, PADDING, width - PADDING, rtl);
  const height = frame?.height ?? Math.ceil(footer.bottom + PADDING);
  return wrapper(width, height, text, style, written.markup + place(chartSvg, x, y) + footer.markup);
}
