/**
 * Text that collides: the bounding boxes of every visible SVG <text> in a
 * chart, and the pairs of them that intersect. Vega hides labels it drops
 * (axis label overlap) with opacity 0: those do not count.
 */
export interface TextBox {
  readonly text: string;
  readonly box: DOMRect;
  readonly element: SVGTextElement;
}

function visible(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const opacity = node.getAttribute('opacity') ?? node.getAttribute('fill-opacity');
    if (opacity !== null && Number(opacity) === 0) return false;
    if (node.getAttribute('display') === 'none' || node.getAttribute('visibility') === 'hidden') return false;
  }
  return true;
}

export function textBoxes(svg: SVGSVGElement): TextBox[] {
  return [...svg.querySelectorAll('text')]
    .filter((t) => (t.textContent ?? '').trim() !== '' && visible(t, svg))
    .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect(), element: t }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
}

/** Pairs of text boxes that overlap by more than `tolerance` pixels in both directions. */
export function overlappingTexts(svg: SVGSVGElement, tolerance = 1): [string, string][] {
  const boxes = textBoxes(svg);
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > tolerance && dy > tolerance) pairs.push([boxes[i]!.text, boxes[j]!.text]);
    }
  }
  return pairs;
}
