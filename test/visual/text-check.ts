import { overlappingTexts, textBoxes } from '../templates/overlap.js';

/**
 * What must hold on every snapshot and share image (issue 20, part 4): no two texts overlap, no text is cut by
 * the edge of its drawing, and no label is shortened until it reads like another. Measured in the page, with
 * the bundled font (test/visual/font.ts), on the drawing as it is composed.
 */
export type TextProblemKind = 'overlap' | 'clipped' | 'alike';

export interface TextProblem {
  readonly kind: TextProblemKind;
  readonly detail: string;
}

/** Pixels two boxes may share, or a text may pass an edge, before it counts (anti-aliasing, font ascent). */
const TOLERANCE = 1.5;

/**
 * The box an <svg> draws in, in page pixels. A nested one's own getBoundingClientRect is the box of what it holds
 * (Chromium), not of its viewport, which clips: that comes from its x, y, width and height in its parent.
 */
function viewport(frame: SVGSVGElement): DOMRect {
  const parent = frame.parentNode;
  if (!(parent instanceof SVGGraphicsElement)) return frame.getBoundingClientRect();
  const matrix = parent.getScreenCTM();
  if (!matrix) return frame.getBoundingClientRect();
  const [x, y, width, height] = [frame.x, frame.y, frame.width, frame.height].map((length) => length.baseVal.value) as [number, number, number, number];
  const from = new DOMPoint(x, y).matrixTransform(matrix);
  const to = new DOMPoint(x + width, y + height).matrixTransform(matrix);
  return new DOMRect(from.x, from.y, to.x - from.x, to.y - from.y);
}

export function textProblems(svg: SVGSVGElement): TextProblem[] {
  const problems: TextProblem[] = overlappingTexts(svg, TOLERANCE).map(([a, b]) => ({ kind: 'overlap', detail: `"${a}" overlaps "${b}"` }));
  const boxes = textBoxes(svg);
  for (const { text, box, element } of boxes) {
    // A text is drawn only inside its own <svg> (a nested one clips what passes its edges) and the image's.
    for (let frame = element.ownerSVGElement; frame; frame = frame.parentElement?.closest('svg') ?? null) {
      const edge = viewport(frame);
      const out = Math.max(edge.left - box.left, box.right - edge.right, edge.top - box.top, box.bottom - edge.bottom);
      if (out > TOLERANCE) {
        problems.push({ kind: 'clipped', detail: `"${text}" passes the edge of its drawing by ${out.toFixed(1)} px` });
        break;
      }
    }
  }
  const shown = boxes.map(({ text }) => text.trim());
  for (const [i, text] of shown.entries()) {
    if (text.includes('…') && shown.indexOf(text) !== i) problems.push({ kind: 'alike', detail: `two labels shortened to "${text}"` });
  }
  return problems;
}
