/** What the cold-load bench's vega-embed and floor pages share: the spec written into the page, and the end mark. */

/** The spec the runner wrote into the page as `<script type="application/json" id="spec">`. */
export function pageSpec(): object {
  return JSON.parse(document.getElementById('spec')!.textContent!) as object;
}

export function chartBox(): HTMLElement {
  return document.getElementById('chart')!;
}

/** Tells the page's probe (scripts/bench-load.js) that the chart is drawn, once the page is laid out. */
export function drawn(view: { finalize(): void }): void {
  void chartBox().getBoundingClientRect().height;
  (window as unknown as { loadProbe: { drawn(): void } }).loadProbe.drawn();
  void view;
}
