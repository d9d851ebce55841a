import { basename } from 'node:path';
import { writeAttributes } from '../core/markup.js';
import { firstPaintParts, roomPicture } from '../render/first-paint.js';
import type { ChartPlan } from '../render/plan.js';
import { drawingName } from '../render/data-points.js';

/** What the command line reads itself, never an attribute of the chart. */
const OWN_OPTIONS = new Set(['out', 'width', 'scale', 'shapes']);

/**
 * The room a drawing takes in the element: Vega's SVG sits on a line of text, so the box is a little taller than the
 * drawing (the descent under the line's baseline). Measured in Chromium with the kit's default 14 px text.
 */
const BASELINE_GAP = 4;

/**
 * `--out chart.html`: the `<lnob-chart>` a page pastes after the kit's script line, reading the data file the
 * command line drew (`src`, as named on the command line: put the file beside the page), with its words and the
 * drawing itself as fallback content (render/first-paint.ts): the page shows the chart with the HTML, before any
 * script, and the live chart replaces it without moving anything. Every word and value is escaped.
 */
export function chartHtml(attributes: Readonly<Record<string, string>>, dataName: string, plan: ChartPlan, drawing: { svg: string; height: number }): string {
  const { title, subtitle, source, credit, notes } = plan.text;
  const element: Record<string, string | undefined> = { template: plan.template.id, src: basename(dataName) };
  for (const [name, value] of Object.entries(attributes)) if (!OWN_OPTIONS.has(name) && name !== 'template') element[name] = value;
  // The words the chart shows, wherever they came from (the page, the file, a preset): the fallback says the same.
  Object.assign(element, { title, subtitle, source, credit, notes });
  const parts = firstPaintParts(
    { title, subtitle, source, credit, notes, theme: attributes['theme'] },
    {
      chartHeight: drawing.height + BASELINE_GAP,
      labels: { source: plan.strings.source, credit: plan.strings.credit },
      name: drawingName(plan),
      goal: plan.text.goal && { label: plan.text.goal.label, color: plan.text.goal.color },
    },
  );
  const body = [parts.header, parts.chart(roomPicture(drawing.svg, drawingName(plan))), parts.actions, parts.footer].filter(Boolean);
  return `<lnob-chart${writeAttributes(element)}>\n${body.map((line) => `  ${line}`).join('\n')}\n</lnob-chart>\n`;
}
