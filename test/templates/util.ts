import type { LnobChart } from '../../index.js';
import { svgOf } from '../helpers.js';

/** Markup for a chart with inline CSV; attributes as written in HTML. */
export function chartMarkup(template: string, csv: string, attributes: Record<string, string> = {}): string {
  const text = Object.entries({ template, eager: '', ...attributes })
    .map(([name, value]) => (value === '' ? name : `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join(' ');
  return `<lnob-chart ${text}><script type="text/csv">\n${csv}\n</script></lnob-chart>`;
}

/** The drawn items of one kind of mark (Vega draws rects, symbols and lines as paths, text as text). */
export function marks(chart: LnobChart, type: 'rect' | 'symbol' | 'line' | 'rule' | 'text'): Element[] {
  const item = type === 'text' ? 'text' : type === 'rule' ? 'line' : 'path';
  return [...svgOf(chart).querySelectorAll(`g.mark-${type}.role-mark ${item}`)];
}

/** The text of every text mark (labels drawn by the template, not axis or legend text). */
export function markTexts(chart: LnobChart): string[] {
  return marks(chart, 'text').map((t) => {
    // A label on several lines is one <text> with a <tspan> per line: read it with spaces between lines.
    const lines = [...t.querySelectorAll('tspan')];
    return lines.length ? lines.map((line) => line.textContent ?? '').join(' ') : (t.textContent ?? '');
  });
}

export function summaryOf(chart: LnobChart): string {
  return chart.shadowRoot!.querySelector('#summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** A CSV from a header and rows (cells quoted when they hold a comma or quote). */
export function csv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n');
}

export const LONG_NAME =
  'The Autonomous Region of a Very Long Official Name Including Several Districts and Their Surrounding Rural Municipalities';
export const NON_ASCII = ["Côte d'Ivoire", 'الأردن', 'مصر العربية', 'São Tomé and Príncipe'];

/** A logger that records every warning and error (Vega-Lite and Vega share the interface). */
export function recorder(messages: string[]) {
  const logger = {
    level: (..._: unknown[]) => logger,
    error: (...args: unknown[]) => (messages.push(`error: ${args.join(' ')}`), logger),
    warn: (...args: unknown[]) => (messages.push(`warn: ${args.join(' ')}`), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
