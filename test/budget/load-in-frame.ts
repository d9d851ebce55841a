/**
 * A fresh frame that loads the built kit (dist/lnob-charts.js) through the test server's `/slow/<ms>/` route and one
 * chart (test/budget/depth.test.ts, test/budget/template-sizes.test.ts).
 */
export interface Loaded {
  readonly name: string;
  readonly startTime: number;
  readonly responseEnd: number;
}

/** Loads the built kit and one chart in a fresh frame; resolves with the scripts it fetched once the chart has drawn. */
export async function loadInFrame(chart: string, hold: number): Promise<Loaded[]> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<script type="module" src="/slow/${hold}/dist/lnob-charts.js"></script>
${chart}</body></html>`;
  const drawn = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => {
      const win = frame.contentWindow!;
      if (win.document.querySelector('lnob-chart')?.shadowRoot?.querySelector('svg')) resolve();
      win.addEventListener('lnob-render', () => resolve());
      win.addEventListener('lnob-error', (event) => reject(new Error((event as CustomEvent).detail.message)));
    });
  });
  document.body.append(frame); // (left in the page: removing a frame while the test runner watches it upsets the runner)
  await drawn;
  return (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => /\/dist\/.*\.js$/.test(new URL(entry.name).pathname))
    .map(({ name, startTime, responseEnd }) => ({ name, startTime, responseEnd }));
}
