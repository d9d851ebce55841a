/**
 * An SVG as the snapshots keep it: only what a reader sees, written the same way on every run and machine.
 * - accessibility (`aria-*`, `role`, `<title>`, `<desc>`) is left out, so an accessibility change elsewhere
 *   does not touch the snapshots (the a11y tests hold it);
 * - ids that count up across a page (Vega's `clip12`, gradients) are numbered in order of appearance;
 * - numbers in attributes are rounded to 0.1 px (sub-pixel noise from text measuring is not a change);
 * - one element per line, indented, attributes sorted, so a change reads as a short line diff.
 */
const DROPPED_ATTRIBUTE = /^(aria-.*|role|focusable|tabindex|xmlns:xlink)$/;
const DROPPED_ELEMENTS = new Set(['title', 'desc']);

const round = (value: string) => value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (number) => {
  const rounded = Math.round(Number(number) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
});

export function normaliseSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed SVG: ${error.textContent}`);
  const ids = new Map<string, string>();
  for (const element of doc.querySelectorAll('[id]')) ids.set(element.id, `id${ids.size + 1}`);
  const renumber = (value: string) => value.replace(/#([\w-]+)/g, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole));
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    if (DROPPED_ELEMENTS.has(element.localName)) return;
    const attributes = [...element.attributes]
      .filter((attribute) => !DROPPED_ATTRIBUTE.test(attribute.name))
      .map((attribute) => {
        let value = attribute.name === 'id' ? (ids.get(attribute.value) ?? attribute.value) : renumber(attribute.value);
        if (attribute.name !== 'href' || !value.startsWith('data:')) value = round(value);
        else value = `data:… (${value.length} characters)`; // an embedded logo: its bytes are not the layout
        return `${attribute.name}="${escape(value)}"`;
      })
      .sort();
    const open = `${'  '.repeat(depth)}<${element.localName}${attributes.length ? ' ' + attributes.join(' ') : ''}`;
    const children = [...element.children];
    const text = children.length ? '' : (element.textContent ?? '');
    if (!children.length) {
      lines.push(text ? `${open}>${escape(text)}</${element.localName}>` : `${open}/>`);
      return;
    }
    lines.push(`${open}>`);
    for (const child of children) walk(child, depth + 1);
    lines.push(`${'  '.repeat(depth)}</${element.localName}>`);
  };
  walk(doc.documentElement, 0);
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
