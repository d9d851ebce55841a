import { css } from 'lit';

/**
 * The chart's tooltip, drawn inside its own shadow root as plain text.
 * Vega's default sets a native `title` (unthemed, slow to appear) and
 * vega-tooltip appends an element and a `<style>` to the page's <head> —
 * outside the chart, unthemed, and blocked by a strict Content-Security-
 * Policy. Values are set with `textContent`, so data can never become markup;
 * images from data are never shown. The keyboard equivalent of every tooltip
 * is the data table.
 */
export class ChartTooltip {
  readonly element: HTMLDivElement;

  constructor(private readonly box: () => HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'tooltip';
    this.element.setAttribute('part', 'tooltip');
    this.element.setAttribute('aria-hidden', 'true'); // the same words are in the data table and the marks' labels
    this.element.hidden = true;
  }

  /** A Vega tooltip handler: `view.tooltip(tooltip.handler)`. */
  readonly handler = (_handler: unknown, event: MouseEvent | undefined, _item: unknown, value: unknown): void => {
    const text = tooltipText(value);
    if (!text || !event) {
      this.hide();
      return;
    }
    const box = this.box();
    if (this.element.parentElement !== box) box.append(this.element);
    this.element.textContent = text;
    this.element.hidden = false;
    const area = box.getBoundingClientRect();
    const x = event.clientX - area.left;
    const y = event.clientY - area.top;
    // On the side with room, so it never leaves the chart.
    const { width, height } = this.element.getBoundingClientRect();
    const left = x + 12 + width > area.width ? Math.max(0, x - 12 - width) : x + 12;
    const top = y + 12 + height > area.height ? Math.max(0, y - 12 - height) : y + 12;
    this.element.style.left = `${left}px`;
    this.element.style.top = `${top}px`;
  };

  hide(): void {
    this.element.hidden = true;
  }
}

/** Vega gives a tooltip value as text, a number, or an object of field → value: one line each. */
export function tooltipText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'object') return String(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => (key.trim() ? `${key}: ${String(item)}` : String(item)))
    .join('\n');
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(280px, 80%);
    padding: 4px 8px;
    border: var(--_border-width, 1px) solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-size: 0.86em;
    line-height: 1.35;
    white-space: pre-line;
    overflow-wrap: anywhere;
    pointer-events: none;
    box-shadow: 0 1px 4px rgb(0 0 0 / 20%);
  }
  .tooltip[hidden] {
    display: none;
  }
  @media print {
    .tooltip {
      display: none;
    }
  }
`;
