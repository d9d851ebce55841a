/**
 * `npm run bench`'s cold-load case (issue 21): one 12-bar chart on a freshly loaded page, every byte fetched over
 * the network, in a new browser context each time (no HTTP or code cache), with Chromium's network and CPU
 * throttling. Three pages draw the same chart:
 *
 * - lnob     — the snippet a site pastes: `<script type="module" src="…/dist/lnob-charts.js">`, Vega's preload line and one
 *              `<lnob-chart>` with its data inside (the standalone build, as published), written as the embed code
 *              writes it: its title, subtitle and source as HTML and the drawing's room, shown before any script;
 * - picture  — the same with the drawing as fallback picture in that room (the builder's and `--out chart.html`'s form);
 * - embed    — one file with vega-embed + Vega-Lite + Vega, drawing the same Vega-Lite spec;
 * - floor    — one file with Vega alone, drawing the spec compiled to Vega beforehand.
 *
 * The server gzips what it sends (as any CDN does). For each page it reports the requests, the bytes on the wire,
 * when the title was first rendered and when the chart was drawn and laid out (ms since navigation start), the
 * page's cumulative layout shift, and the request waterfall with its sequential depth.
 */
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Chromium's throttling profiles (Lighthouse's "slow 4G" and a 3G link), each with a slow phone's CPU. */
export const PROFILES = [
  { id: 'fast', label: 'unthrottled' },
  { id: '4g', label: 'slow 4G (150 ms RTT, 1.6 Mbps) + 4× CPU', network: { latency: 150, download: 1.6e6, upload: 750e3 }, cpu: 4 },
  { id: '3g', label: '3G (300 ms RTT, 700 kbps) + 6× CPU', network: { latency: 300, download: 700e3, upload: 700e3 }, cpu: 6 },
];
export const LOAD_METHODS = ['lnob', 'picture', 'embed', 'floor'];
const METHOD_LABELS = { lnob: '<lnob-chart>', picture: '<lnob-chart> with fallback picture', embed: 'vega-embed (one file)', floor: 'Vega alone, precompiled (the floor)' };

const TITLE = 'Poverty is highest in the North';
const SUBTITLE = 'Share of people below the national poverty line, by zone';
const SOURCE = 'National Bureau of Statistics (illustrative)';
/** Every page draws in a box this wide, as the warm cases do. */
const WIDTH = 600;
export const LOAD_WIDTH = WIDTH;
/** The chart's words, as the page's author wrote them. */
export const LOAD_WORDS = { title: TITLE, subtitle: SUBTITLE, source: SOURCE };
/** After the chart is drawn, layout shifts are still collected this long (the upgrade's and the drawing's). */
const SETTLE_MS = 500;
const LOAD_TIMEOUT = 120_000;

const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The probe every page runs first (an inline classic script in its <head>): when the title is first rendered
 * (checked each animation frame, in the page's light DOM and in the chart's shadow root), when the chart is drawn,
 * and the layout shifts.
 */
const PROBE = `<script>(() => {
  const probe = (window.loadProbe = { title: undefined, chart: undefined, visible: undefined, cls: 0, drawn() { probe.chart ??= performance.now(); } });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const shown = (el) => el.textContent.trim() === ${JSON.stringify(TITLE)} && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const look = () => {
    const shadow = document.querySelector('lnob-chart')?.shadowRoot;
    const candidates = [...document.querySelectorAll('h2, caption, [data-lnob-fallback] [role="heading"]'), ...(shadow ? shadow.querySelectorAll('[part="title"]') : [])];
    if (probe.title === undefined && candidates.some(shown)) probe.title = performance.now();
    // The chart is visible once a drawing with its bars is on screen: the fallback picture, the live chart, or the canvas.
    const pictures = [...document.querySelectorAll('svg, canvas'), ...(shadow ? shadow.querySelectorAll('svg') : [])];
    if (probe.visible === undefined && pictures.some((p) => p.querySelector?.('g.mark-rect path') && p.getClientRects().length > 0)) probe.visible = performance.now();
    if (probe.title === undefined || probe.visible === undefined) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  document.addEventListener('lnob-render', () => { void document.querySelector('lnob-chart').getBoundingClientRect().height; probe.drawn(); });
})();</script>`;

const head = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<link rel="icon" href="data:,"><title>${escapeHtml(title)}</title>${PROBE}` +
  `<style>body { margin: 8px; font-family: system-ui, sans-serif; } main { width: ${WIDTH}px; }</style></head>`;

/** The rows as CSV, as a campaigner's snippet carries them. */
const csv = (rows) => ['category,value', ...rows.map((row) => `${row.category},${row.value}`)].join('\n');

/**
 * The page a site makes with the kit: the script line, Vega's preload line and one chart with its data inside (as
 * the catalogue's snippet writes them, components/shared/embed-code.ts).
 */
function lnobPage(markup) {
  return (
    `${head('lnob-chart')}<body><main>\n<script type="module" src="/dist/lnob-charts.js"></script>\n` +
    `<link rel="modulepreload" href="/dist/chunks/vega.js">\n${markup}\n<p>Text after the chart.</p></main></body></html>`
  );
}

/** The chart with attributes only, as snippets were written before issue 21 (for a page without `snippets`). */
const attributesOnly = (rows) =>
  `<lnob-chart template="ranked-bar" title="${escapeHtml(TITLE)}" subtitle="${escapeHtml(SUBTITLE)}" source="${escapeHtml(SOURCE)}">\n` +
  `<script type="text/csv">\n${csv(rows)}\n</script>\n</lnob-chart>`;

/** The page a site makes with vega-embed or Vega: the words in HTML, the spec in the page, one script. */
function vegaPage(script, spec) {
  return (
    `${head(script)}<body><main>\n<h2>${escapeHtml(TITLE)}</h2><p>${escapeHtml(SUBTITLE)}</p>\n<div id="chart"></div>\n` +
    `<p>Source: ${escapeHtml(SOURCE)}</p>\n<script type="application/json" id="spec">${JSON.stringify(spec).replace(/</g, '\\u003c')}</script>\n` +
    `<script type="module" src="/load/${script}.js"></script>\n<p>Text after the chart.</p></main></body></html>`
  );
}

/** vega-embed and the floor, each bundled into one minified file (bench/load/). */
async function buildOneFiles(root, outDir) {
  for (const name of ['embed', 'floor']) {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 10_000,
        rollupOptions: { input: join(root, 'bench/load', `${name}.ts`), output: { entryFileNames: `${name}.js`, codeSplitting: false } },
      },
    });
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Serves `/load/*` from the bench's own files and `/dist/*` from the kit's build, gzipped when the browser asks. */
function serve(loadDir, distDir) {
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://x');
    const [base, rest] = pathname.startsWith('/dist/') ? [distDir, pathname.slice(6)] : pathname.startsWith('/load/') ? [loadDir, pathname.slice(6)] : [];
    const file = base && normalize(join(base, decodeURIComponent(rest)));
    if (!file || !file.startsWith(base + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * One load of one page in a fresh browser context, throttled as `profile` says. Resolves with the probe's figures,
 * the requests (from the DevTools protocol: start, end, bytes on the wire) and what was drawn.
 */
async function loadOnce(browser, url, profile, fail) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    page.on('pageerror', (error) => fail(`uncaught error in ${url}: ${error.message}`));
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) {
      const { latency, download, upload } = profile.network;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: download / 8, uploadThroughput: upload / 8 });
    }
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => requests.set(requestId, { url: request.url, start: timestamp }));
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const r = requests.get(requestId);
      if (r) r.status = response.status;
    });
    cdp.on('Network.loadingFinished', ({ requestId, timestamp, encodedDataLength }) => {
      const r = requests.get(requestId);
      if (r) Object.assign(r, { end: timestamp, bytes: encodedDataLength });
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => window.loadProbe?.chart !== undefined, { timeout: LOAD_TIMEOUT, polling: 50 });
    await new Promise((done) => setTimeout(done, SETTLE_MS * (profile.cpu ?? 1)));
    const probe = await page.evaluate(() => {
      const shadow = document.querySelector('lnob-chart')?.shadowRoot;
      const svg = shadow ? shadow.querySelector('svg') : document.querySelector('#chart svg, svg');
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        title: window.loadProbe.title,
        chart: window.loadProbe.chart,
        visible: window.loadProbe.visible,
        cls: window.loadProbe.cls,
        marks: svg ? svg.querySelectorAll('g.mark-rect path').length : 0,
        // Where performance.now() starts, on the DevTools protocol's clock (its timestamps are in seconds).
        navigationStart: navigation.startTime,
      };
    });
    const list = [...requests.values()].filter((r) => r.end !== undefined && !r.url.startsWith('data:'));
    const origin = Math.min(...list.map((r) => r.start));
    const waterfall = list
      .map((r) => ({ name: new URL(r.url).pathname.replace(/^\/(dist|load)\//, ''), start: (r.start - origin) * 1000, end: (r.end - origin) * 1000, bytes: r.bytes }))
      .sort((a, b) => a.start - b.start);
    return { ...probe, requests: waterfall.length, bytes: waterfall.reduce((sum, r) => sum + r.bytes, 0), waterfall, depth: sequentialDepth(waterfall) };
  } finally {
    await context.close();
  }
}

/**
 * How many requests the page made one after another: a request that started after another had arrived is counted
 * as waiting for it (the HTML is depth 0). An upper bound of the true chain: a request may start late for another
 * reason, but one that depends on another always starts after it.
 */
export function sequentialDepth(waterfall) {
  const depths = [];
  for (const [i, r] of waterfall.entries()) {
    let depth = 0;
    for (const [j, q] of waterfall.entries()) if (j !== i && q.end <= r.start + 0.5) depth = Math.max(depth, depths[j] + 1);
    depths[i] = i === 0 ? 0 : depth;
  }
  return Math.max(0, ...depths);
}

const median = (values) => {
  const sorted = [...values].filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs the cold-load case: `rounds` loads of each page under each profile, taking turns. `specs` are the Vega-Lite
 * and Vega specs of the same chart (from the warm bench page), `rows` its data. Returns the printed report's lines.
 */
export async function runLoadCase({ browser, root, distDir, specs, rows, snippets, rounds, profiles, fail, progress }) {
  if (!existsSync(join(distDir, 'lnob-charts.js'))) throw new Error(`${distDir}/lnob-charts.js is missing: run \`npm run build\` first`);
  const loadDir = mkdtempSync(join(tmpdir(), 'lnob-bench-load-'));
  const server = await serve(resolve(loadDir), resolve(distDir));
  const base = `http://127.0.0.1:${server.address().port}/load/`;
  try {
    await buildOneFiles(root, loadDir);
    writeFileSync(join(loadDir, 'lnob.html'), lnobPage(snippets?.words ?? attributesOnly(rows)));
    writeFileSync(join(loadDir, 'picture.html'), lnobPage(snippets?.picture ?? attributesOnly(rows)));
    writeFileSync(join(loadDir, 'embed.html'), vegaPage('embed', specs.vegaLite));
    writeFileSync(join(loadDir, 'floor.html'), vegaPage('floor', specs.vega));
    const results = [];
    for (const profile of profiles) {
      progress(`fresh page loads, ${profile.label}: ${rounds} rounds`);
      const byMethod = Object.fromEntries(LOAD_METHODS.map((m) => [m, []]));
      for (let round = 0; round < rounds; round++) {
        for (const method of LOAD_METHODS.map((_, i) => LOAD_METHODS[(i + round) % LOAD_METHODS.length])) {
          const result = await loadOnce(browser, `${base}${method}.html`, profile, fail);
          if (result.marks !== rows.length) fail(`cold load (${profile.id}) through ${method} drew ${result.marks} bars, not ${rows.length}`);
          byMethod[method].push(result);
        }
      }
      results.push({ profile, byMethod });
    }
    return report(results);
  } finally {
    await new Promise((done) => server.close(done));
    if (process.env.BENCH_LOAD_KEEP) cpSync(loadDir, process.env.BENCH_LOAD_KEEP, { recursive: true });
    rmSync(loadDir, { recursive: true, force: true });
  }
}

const seconds = (ms) => (ms === undefined ? '—' : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

function report(results) {
  const lines = [];
  const header = ['one 12-bar chart, fresh page', 'requests', 'depth', 'KiB (gzip)', 'title', 'chart visible', 'chart', 'CLS', '÷ vega-embed', '÷ floor'];
  const table = [];
  for (const { profile, byMethod } of results) {
    const medians = Object.fromEntries(
      LOAD_METHODS.map((m) => {
        const runs = byMethod[m];
        return [m, { requests: median(runs.map((r) => r.requests)), depth: median(runs.map((r) => r.depth)), bytes: median(runs.map((r) => r.bytes)), title: median(runs.map((r) => r.title)), visible: median(runs.map((r) => r.visible)), chart: median(runs.map((r) => r.chart)), cls: median(runs.map((r) => r.cls)) }];
      }),
    );
    for (const m of LOAD_METHODS) {
      const x = medians[m];
      table.push([
        `${profile.label} — ${METHOD_LABELS[m]}`,
        String(x.requests),
        String(x.depth),
        (x.bytes / 1024).toFixed(0),
        seconds(x.title),
        seconds(x.visible),
        seconds(x.chart),
        x.cls.toFixed(3),
        (x.chart / medians.embed.chart).toFixed(2),
        (x.chart / medians.floor.chart).toFixed(2),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  lines.push(line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...table.map(line));
  // The waterfall of the middle <lnob-chart> load of each profile (the median one by time to chart).
  for (const { profile, byMethod } of results) {
    const runs = [...byMethod.lnob].sort((a, b) => a.chart - b.chart);
    const run = runs[runs.length >> 1];
    lines.push('', `Waterfall of a <lnob-chart> load, ${profile.label} (ms from the first request; sequential depth ${run.depth}; chart drawn at ${seconds(run.chart)}):`);
    for (const r of run.waterfall) lines.push(`  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${(r.bytes / 1024).toFixed(1).padStart(6)} KiB  ${r.name}`);
  }
  return lines;
}
