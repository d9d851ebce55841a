import type { View } from 'vega';
import { announcement, dataPoints, type DataPoint, type DataPoints, type PointsPlan } from '../../render/data-points.js';
import { findMark, markBox, type MarkBox, type SceneItem } from './scene-marks.js';
import type { Announcer } from './announcer.js';

/**
 * The drawing as one tab stop whose data the arrow keys walk (issue 22):
 *
 * | key | does |
 * |---|---|
 * | ← → (time charts) / ↑ ↓ (bars, rows, maps) | previous / next point of the series |
 * | ↑ ↓ (time charts) / ← → (bars with groups) | the same point in the previous / next series or group |
 * | Home / End | first / last point of the series |
 * | Page Up / Page Down | ten points back / on |
 * | a letter (maps) | the next country whose name starts with it |
 * | Escape | leaves the data: no point is current (Tab then moves on) |
 * | L | listen to the chart (sonification.ts); Space pauses |
 *
 * The points come from the chart plan (render/data-points.ts), never from the
 * SVG; the mark that draws a point is found in Vega's scenegraph by its datum
 * (scene-marks.ts), to ring it and show its tooltip. What is reached is said
 * through a polite live region (announcer.ts) in the chart's language. This module loads on the drawing's first
 * focus (keyboard-on-demand.ts), not with the page.
 */
export interface NavigationHost {
  /** The box Vega draws in: the tab stop. */
  readonly container: HTMLElement;
  readonly view: () => View | undefined;
  readonly announcer: Announcer;
  /** Shows the tooltip of `item` at a point of the page (ChartTooltip.handler), or hides it (undefined). */
  readonly tooltip: (at: { clientX: number; clientY: number } | undefined, item: SceneItem | undefined, value: unknown) => void;
  /** Another key the chart handles while the drawing has focus (L: listen); true when handled. */
  readonly otherKey?: (event: KeyboardEvent, current: DataPoint | undefined) => boolean;
  /** Called when a point becomes current (the sonification plays its tone when listening is on). */
  readonly reached?: (point: DataPoint, series: number) => void;
}

const FOCUS_RING = 'lnob-focus-ring';
const PAGE = 10;

export class KeyboardNavigation {
  private plan: PointsPlan | undefined;
  private points: DataPoints = { series: [], along: 'y', byValue: false };
  private series = 0;
  private index = -1;
  private bound: HTMLElement | undefined;

  constructor(private readonly host: NavigationHost) {}

  /** The chart's points as they are walked (ordered as drawn). */
  get data(): DataPoints {
    return this.points;
  }

  /** Rings a point without announcing it (the point sounding while the chart plays). */
  follow(series: number, index: number): void {
    if (!this.points.series[series]?.points[index]) return;
    this.series = series;
    this.index = index;
    this.show(false);
  }

  /** The current point, if any (for tests and the sonification). */
  get current(): { series: number; index: number; point: DataPoint } | undefined {
    const point = this.points.series[this.series]?.points[this.index];
    return point ? { series: this.series, index: this.index, point } : undefined;
  }

  /** The walkable data of a chart just drawn: the container becomes its tab stop. */
  set(plan: PointsPlan): void {
    this.plan = plan;
    this.points = ordered(dataPoints(plan), this.host.view());
    const box = this.host.container; // already a tab stop, named and described (keyboard-on-demand.ts, tabStop)
    if (this.bound !== box) {
      this.bound = box;
      box.addEventListener('keydown', this.keydown);
      box.addEventListener('blur', this.blur);
    }
    if (this.index >= 0) this.show(false); // drawn again (new size, new data): keep the place, redraw the ring
  }

  /** The chart is gone (an error, a removal): nothing to walk. */
  clear(): void {
    this.leave();
    this.points = { series: [], along: 'y', byValue: false };
    this.plan = undefined;
  }

  private readonly blur = () => {
    this.host.tooltip(undefined, undefined, undefined);
    this.ring(undefined);
  };

  private readonly keydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.host.otherKey?.(event, this.current?.point)) {
      event.preventDefault();
      return;
    }
    const count = this.points.series[this.series]?.points.length ?? 0;
    if (count === 0 && !this.points.series.length) return;
    const alongX = this.points.along === 'x';
    const next = alongX ? 'ArrowRight' : 'ArrowDown';
    const previous = alongX ? 'ArrowLeft' : 'ArrowUp';
    const nextSeries = alongX ? 'ArrowDown' : 'ArrowRight';
    const previousSeries = alongX ? 'ArrowUp' : 'ArrowLeft';
    const fresh = this.index < 0;
    switch (event.key) {
      case next:
        this.move(this.series, fresh ? 0 : this.index + 1);
        break;
      case previous:
        this.move(this.series, fresh ? 0 : this.index - 1);
        break;
      case nextSeries:
        this.moveSeries(fresh ? 0 : this.series + 1);
        break;
      case previousSeries:
        this.moveSeries(fresh ? 0 : this.series - 1);
        break;
      case 'Home':
        this.move(this.series, 0);
        break;
      case 'End':
        this.move(this.series, count - 1);
        break;
      case 'PageDown':
        this.move(this.series, fresh ? 0 : this.index + PAGE);
        break;
      case 'PageUp':
        this.move(this.series, fresh ? 0 : this.index - PAGE);
        break;
      case 'Escape':
        if (fresh) return;
        this.leave();
        break;
      default:
        if (!this.points.byValue || event.key.length !== 1 || !/\p{L}/u.test(event.key)) return;
        this.jumpTo(event.key);
    }
    event.preventDefault();
  };

  private move(series: number, index: number): void {
    const count = this.points.series[series]?.points.length ?? 0;
    if (count === 0) return;
    this.series = series;
    this.index = Math.max(0, Math.min(count - 1, index));
    this.show(true);
  }

  /** The same place in another series: the same category, or the nearest time. */
  private moveSeries(series: number): void {
    const all = this.points.series;
    if (all.length === 0) return;
    const target = Math.max(0, Math.min(all.length - 1, series));
    const here = all[this.series]?.points[this.index];
    const points = all[target]!.points;
    let index = points.findIndex((p) => here && sameMatch(p, here));
    if (index < 0) index = Math.min(Math.max(this.index, 0), points.length - 1);
    this.move(target, index);
  }

  /** Maps: the next country (after the current one) whose name starts with the letter typed. */
  private jumpTo(letter: string): void {
    const points = this.points.series[this.series]?.points ?? [];
    const start = this.index + 1;
    const lower = letter.toLocaleLowerCase(this.plan?.lang);
    for (let step = 0; step < points.length; step++) {
      const i = (start + step) % points.length;
      if (points[i]!.name.toLocaleLowerCase(this.plan?.lang).startsWith(lower)) return this.move(this.series, i);
    }
  }

  private leave(): void {
    this.index = -1;
    this.host.tooltip(undefined, undefined, undefined);
    this.ring(undefined);
  }

  /** Rings the current point's mark, shows its tooltip and (when `say`) announces it. */
  private show(say: boolean): void {
    const current = this.current;
    const view = this.host.view();
    if (!current || !this.plan) return;
    const item = view ? findMark(view, current.point.match) : undefined;
    const box = view && item ? markBox(view, item) : undefined;
    this.ring(box);
    const text = announcement(this.plan, this.points, current.series, current.index);
    if (box && item) {
      const svg = this.host.container.querySelector('svg, canvas')!.getBoundingClientRect();
      this.host.tooltip({ clientX: svg.left + box.x + box.width / 2, clientY: svg.top + box.y + box.height / 2 }, item, item.tooltip ?? text);
    } else this.host.tooltip(undefined, undefined, undefined);
    if (say) {
      this.host.announcer.say(text);
      this.host.reached?.(current.point, current.series);
    }
  }

  /**
   * The focus ring, drawn in the SVG over the mark: a ring in the theme's text colour (≥ 4.5:1 on the background,
   * so ≥ 3:1 for WCAG 2.4.11) with a halo in the background colour, so it stands apart from any mark colour.
   */
  private ring(box: MarkBox | undefined): void {
    const svg = this.host.container.querySelector('svg');
    svg?.querySelector(`.${FOCUS_RING}`)?.remove();
    if (!svg || !box) return;
    const view = this.host.view();
    const colour = (name: string, fallback: string) => {
      try {
        return String(view?.signal(name) ?? fallback);
      } catch {
        return fallback;
      }
    };
    const ns = 'http://www.w3.org/2000/svg';
    const group = document.createElementNS(ns, 'g');
    group.setAttribute('class', FOCUS_RING);
    group.setAttribute('aria-hidden', 'true');
    group.setAttribute('pointer-events', 'none');
    // Around the mark, kept inside the drawing (the SVG clips what lies outside it).
    const pad = 3;
    const [width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').slice(2).map(Number);
    const x1 = Math.max(2, box.x - pad);
    const y1 = Math.max(2, box.y - pad);
    const x2 = Math.min((width || Infinity) - 2, box.x + Math.max(box.width, 0) + pad);
    const y2 = Math.min((height || Infinity) - 2, box.y + Math.max(box.height, 0) + pad);
    for (const [stroke, strokeWidth] of [
      [colour('lnob_color_background', '#ffffff'), 5],
      [colour('lnob_color_text', '#1a1a1a'), 2.5],
    ] as const) {
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', String(x1));
      rect.setAttribute('y', String(y1));
      rect.setAttribute('width', String(Math.max(0, x2 - x1)));
      rect.setAttribute('height', String(Math.max(0, y2 - y1)));
      rect.setAttribute('rx', '3');
      rect.setAttribute('fill', 'none');
      rect.setAttribute('stroke', stroke);
      rect.setAttribute('stroke-width', String(strokeWidth));
      group.append(rect);
    }
    svg.append(group);
  }
}

function sameMatch(a: DataPoint, b: DataPoint): boolean {
  const keys = Object.keys(a.match).filter((key) => key !== 'group' && key !== 'series');
  return keys.length > 0 && keys.every((key) => +(a.match[key] as number) === +(b.match[key] as number) || a.match[key] === b.match[key]);
}

/**
 * Bars and rows in the order they are drawn, top to bottom (the template's `sort`), found by their marks; maps keep
 * value order, time charts time order. Countries are named as the map names them (in the chart's language).
 */
function ordered(points: DataPoints, view: View | undefined): DataPoints {
  if (!view) return points;
  if (points.byValue) {
    return {
      ...points,
      series: points.series.map((series) => ({
        ...series,
        points: series.points.flatMap((point) => {
          const item = findMark(view, point.match);
          if (!item) return [];
          const { lnob_name: name, lnob_label: label } = item.datum as { lnob_name?: unknown; lnob_label?: unknown };
          // A highlight map has no values: its label ("National dialogue held") says what the colour means.
          const extra = point.value === null && typeof label === 'string' && label ? label : point.extra;
          return [{ ...point, name: typeof name === 'string' && name ? name : point.name, extra }];
        }),
      })),
    };
  }
  if (points.along === 'x') return points;
  return {
    ...points,
    series: points.series.map((series) => {
      const top = new Map(series.points.map((point) => [point, positionOf(view, point)]));
      return { ...series, points: [...series.points].sort((a, b) => top.get(a)! - top.get(b)!) };
    }),
  };
}

function positionOf(view: View, point: DataPoint): number {
  const item = findMark(view, point.match);
  return item ? markBox(view, item).y : Infinity;
}
