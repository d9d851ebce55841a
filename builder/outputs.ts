/**
 * What the builder hands out, made by the kit's own share exports from the
 * drawn preview (its one chart plan): the snippet (script line, the data shown
 * as a `<table>`, the words and the drawing's room before any script, and optionally the drawing as fallback picture), the
 * images and the CSV. Nothing is re-derived here.
 */
import { embedCode, type ShareChrome, type ShareSource } from '../components/lnob-chart/share-export.js';
import { tokensCss, type FirstPaint } from '../components/shared/embed-code.js';
import { KIT_VERSION } from '../components/shared/kit-address.js';
import type { LnobChart } from '../components/lnob-chart/lnob-chart.js';

/** The share menu of a drawn chart: what its exports read (share-menu.ts). */
interface ShareMenu {
  readonly source: ShareSource | undefined;
  chrome(): ShareChrome;
  firstPaint(source: ShareSource): FirstPaint;
  run(action: string): Promise<void>;
}

export type Download = 'png' | 'svg' | 'csv' | 'square' | 'portrait' | 'landscape';

function menuOf(chart: LnobChart): ShareMenu {
  return (chart as unknown as { shareMenu: ShareMenu }).shareMenu;
}

/** Resolves once the chart has drawn (its view and its exports ready); rejects with its message if it cannot draw. */
export function drawn(chart: LnobChart): Promise<void> {
  if (chart.view && menuOf(chart).source) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (event: Event) => {
      chart.removeEventListener('lnob-render', done);
      chart.removeEventListener('lnob-error', done);
      if (event.type === 'lnob-render') resolve();
      else reject(new Error((event as CustomEvent<{ message: string }>).detail.message));
    };
    chart.addEventListener('lnob-render', done);
    chart.addEventListener('lnob-error', done);
  });
}

export interface SnippetChoice {
  /** The organisation's own copy of `lnob-charts.js`; empty: the CDN. */
  readonly kitUrl: string;
  /** Carry the composed SVG of the chart as fallback content. */
  readonly withPicture: boolean;
  /** Brand colours as `--lnob-*` tokens: written as a `<style>` after the chart. */
  readonly tokens: Readonly<Record<string, string>>;
}

/** The snippet for the drawn chart: exactly the share menu's "Copy embed code", with the builder's choices. */
export async function snippetOf(chart: LnobChart, choice: SnippetChoice): Promise<string> {
  await drawn(chart);
  const menu = menuOf(chart);
  const source = menu.source!;
  const chrome = menu.chrome();
  // The drawing alone: the snippet writes its words as HTML around it, in the room the chart takes (first-paint.ts).
  const picture = choice.withPicture && chart.view ? await chart.view.toSVG() : undefined;
  const attributes = [...chart.attributes].filter(({ name }) => name !== 'eager' && name !== 'style').map(({ name, value }) => ({ name, value }));
  const firstPaint = menu.firstPaint(source);
  const code = embedCode(source, attributes, chrome, undefined, { kitUrl: choice.kitUrl.trim() || undefined, version: KIT_VERSION, fallbackSvg: picture, firstPaint });
  const tokens = Object.fromEntries(Object.entries(choice.tokens).filter(([, value]) => value.trim() !== ''));
  return Object.keys(tokens).length > 0 ? `${code}\n<style>\n${tokensCss('lnob-chart', tokens)}\n</style>` : code;
}

/** A download, made by the chart's own share menu (its file names, its PNG fallbacks). */
export async function downloadFrom(chart: LnobChart, what: Download): Promise<void> {
  await drawn(chart);
  await menuOf(chart).run(what);
}
