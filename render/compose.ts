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
  readonly text: string;
  readonly muted: string;
  readonly background: string;
}

const PADDING = 16;

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

export function composeSvg(chartSvg: string, chartWidth: number, chartHeight: number, text: ComposeText, style: ComposeStyle): string {
  const width = chartWidth + 2 * PADDING;
  const perLine = (size: number) => Math.max(20, Math.floor(chartWidth / (size * 0.55)));
  const parts: string[] = [];
  let y = PADDING;
  const block = (content: string | null | undefined, size: number, color: string, weight = 'normal') => {
    if (!content) return;
    for (const line of wrap(content, perLine(size))) {
      y += size * 1.25;
      // In a right-to-left chart each line starts at the right edge, and reads in its own direction (an English source too).
      const place = text.rtl ? `x="${width - PADDING}" text-anchor="end" direction="${lineDirection(line)}"` : `x="${PADDING}"`;
      parts.push(
        `<text ${place} y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(color)}">${escapeXml(line)}</text>`,
      );
    }
    y += size * 0.35;
  };
  block(text.title, 20, style.text, 'bold');
  block(text.subtitle, 14, style.muted);
  const chartTop = y + (text.title || text.subtitle ? 8 : 0);
  y = chartTop + chartHeight + 4;
  block(text.source ? `${text.labels?.source ?? 'Source:'} ${text.source}` : null, 12, style.muted);
  block(text.credit ? `${text.labels?.credit ?? 'Chart:'} ${text.credit}` : null, 12, style.muted);
  block(text.notes, 12, style.muted);
  const height = Math.ceil(y + PADDING);
  // The chart's own <svg> nests as is, placed below the title.
  const chart = chartSvg.replace(/^<svg\b/, `<svg x="${PADDING}" y="${chartTop.toFixed(1)}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(style.fontFamily)}" role="img" aria-label="${escapeXml(text.title ?? 'Chart')}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(style.background)}"/>` +
    (text.title ? `<title>${escapeXml(text.title)}</title>` : '') +
    (text.summary ? `<desc>${escapeXml(text.summary)}</desc>` : '') +
    parts.join('') +
    chart +
    `</svg>`
  );
}
