#!/usr/bin/env node
/**
 * `npm run bench`: how long a chart takes to draw through <lnob-chart>,
 * through plain vega-embed with the same Vega-Lite spec, and from the same
 * spec precompiled to Vega (the floor any Vega chart costs), in one headless
 * Chromium, interleaved round by round, medians after warm-up.
 *
 * It builds bench/ (page.ts, cases.ts) with Vite into a temporary folder,
 * serves it on 127.0.0.1 and drives Chromium with puppeteer-core. It exits
 * non-zero only when a chart did not draw or the three ways drew different
 * SVG, never because something was slow.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_ROUNDS (measured
 * rounds, default 11, at least 9 for the figures in bench/README.md), BENCH_WARMUP
 * (default 3), BENCH_COLD_ROUNDS (fresh-page rounds, default 9; 0 skips),
 * BENCH_MEMORY (0 skips the heap figure), BENCH_CASES (ids to run, e.g.
 * `bar-1,bar-50`; see bench/cases.ts; `load` is the cold-load case),
 * BENCH_LOAD_ROUNDS (cold-load rounds per profile, default 5; 0 skips),
 * BENCH_LOAD_PROFILES (default `fast,4g,3g`), BENCH_DIST (the standalone build
 * the cold-load case serves; default: built afresh into dist/), BENCH_LOAD_KEEP
 * (a folder to keep the cold-load pages and one-file bundles in, to load or
 * profile them by hand). The cold-load case is in scripts/bench-load.js.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';
import puppeteer from 'puppeteer-core';
import { LOAD_WIDTH, LOAD_WORDS, PROFILES, runLoadCase } from './bench-load.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 11));
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 3));
const COLD_ROUNDS = Math.max(0, Number(process.env.BENCH_COLD_ROUNDS ?? 9));
const LOAD_ROUNDS = Math.max(0, Number(process.env.BENCH_LOAD_ROUNDS ?? 5));
const LOAD_PROFILES = (process.env.BENCH_LOAD_PROFILES ?? 'fast,4g,3g').split(',').map((id) => id.trim());
/** `floorCsp` is the floor drawn CSP-safe, as <lnob-chart> must: printed under the table, to explain it. */
const METHODS = ['lnob', 'embed', 'floor', 'floorCsp'];
const COLD_METHODS = ['lnob', 'embed', 'floor'];
/** The CSP-safe floor explains single charts; on the 50-chart page it would only make the bench longer. */
const methodsFor = (c) => (c.charts === 1 ? METHODS : COLD_METHODS);
const LONG_TASK_TARGET = 200;
const MEMORY = process.env.BENCH_MEMORY !== '0';
/** Issue 8: after 1,000 warm-up mounts, 500 more mounts and removals grow the heap by < 0.5 KiB each. */
const HEAP_WARM_UP = 1000;
const HEAP_MEASURED = 500;
const HEAP_TARGET = 512;
/** A drawing that takes longer than this did not happen: that is a failure, not a slow timing. */
const DRAW_TIMEOUT = 60_000;
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`FAILED: ${message}`);
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

/**
 * The page is built as a site would build the library: with the build's own
 * template precompiler (scripts/precompile-plugin.ts), so <lnob-chart> draws
 * built-in templates without running Vega-Lite in the browser.
 */
async function buildPage() {
  const outDir = mkdtempSync(join(tmpdir(), 'lnob-bench-'));
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'bench' }, join(ROOT, 'vite.config.ts'), ROOT, 'warn');
  const precompile = (loaded?.config.plugins ?? []).flat().filter((plugin) => plugin?.name === 'lnob-precompile');
  if (precompile.length !== 1) throw new Error('vite.config.ts has no lnob-precompile plugin: the bench would not draw what users get');
  await build({
    root: join(ROOT, 'bench'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: precompile,
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
  });
  return outDir;
}

/** The standalone bundle as published (dist/lnob-charts.js and its chunks), built afresh for the cold-load case. */
async function buildStandalone() {
  progress('building the standalone bundle (dist/lnob-charts.js)');
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    await build({ root: ROOT, mode: 'standalone', logLevel: 'warn' });
  } finally {
    process.chdir(cwd);
  }
  return join(ROOT, 'dist');
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function openPage(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('pageerror', (error) => fail(`uncaught error in the page: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') console.error(`  [page ${message.type()}] ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.lnobBench?.ready === true, { timeout: 30_000 });
  return page;
}

/** Used JS heap after two garbage collections (DevTools protocol: precise, unlike performance.memory). */
async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function measureHeap(page) {
  const cdp = await page.createCDPSession();
  try {
    await page.evaluate((n) => window.lnobBench.churn('bar-1', n), HEAP_WARM_UP);
    const before = await usedHeap(cdp);
    await page.evaluate((n) => window.lnobBench.churn('bar-1', n), HEAP_MEASURED);
    const after = await usedHeap(cdp);
    return { before, after, perMount: (after - before) / HEAP_MEASURED };
  } finally {
    await cdp.detach();
  }
}

async function measure(page, caseId, method) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${caseId} through ${method} did not draw within ${DRAW_TIMEOUT / 1000} s`)), DRAW_TIMEOUT);
  });
  try {
    return await Promise.race([page.evaluate((id, m) => window.lnobBench.measure(id, m), caseId, method), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every way of drawing a case must give the same SVG: the same marks and the same number of elements. */
function checkCounts(label, reference, method, result) {
  if (result.marks !== reference.marks || result.nodes !== reference.nodes) {
    fail(
      `${label}: ${method} drew ${result.marks} marks in ${result.nodes} SVG elements, ` +
        `<lnob-chart> drew ${reference.marks} marks in ${reference.nodes} — they are not the same chart`,
    );
    return false;
  }
  return true;
}

const medianParts = (parts) => Object.fromEntries(['before', 'renderer', 'after'].map((k) => [k, median(parts.map((p) => p[k]))]));

const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : (a / b).toFixed(2));

function printTable(rows) {
  const header = ['case', 'lnob-chart', 'vega-embed', 'precompiled Vega', 'lnob/embed', 'lnob/floor'];
  const body = rows.map((r) => [r.label, ms(r.lnob), ms(r.embed), ms(r.floor), ratio(r.lnob, r.embed), ratio(r.lnob, r.floor)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

const started = Date.now();
const progress = (what) => console.log(`  ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s  ${what}`);

async function main() {
  console.log(`Building the bench page…`);
  const dir = await buildPage();
  const server = await serve(dir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROME_FLAGS, protocolTimeout: DRAW_TIMEOUT * 2 });
  const rows = [];
  let loadReport;
  const longTasks = {};
  let heapGrowth;
  const breakdowns = [];
  try {
    const version = await browser.version();
    console.log(`${version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; ${WARMUP} warm-up + ${ROUNDS} measured rounds, interleaved`);
    const page = await openPage(browser, url);
    const cases = await page.evaluate(() => window.lnobBench.cases());
    const only = process.env.BENCH_CASES?.split(',').map((id) => id.trim());
    const runnable = cases.filter((c) => !c.missing && (!only || only.includes(c.id)));
    const runLoad = LOAD_ROUNDS > 0 && (!only || only.includes('load'));
    for (const c of cases) if (c.missing) console.log(`Skipped "${c.label}": template "${c.missing}" is not registered yet.`);

    for (const c of runnable) {
      const problems = await page.evaluate((id) => window.lnobBench.verify(id), c.id);
      for (const problem of problems) fail(`${c.label}: the vega-embed spec is not the chart <lnob-chart> draws — ${problem}`);
    }

    // Warm: the page has drawn each case before, as on a page whose second and later charts draw.
    const times = new Map(runnable.map((c) => [c.id, Object.fromEntries(METHODS.map((m) => [m, []]))]));
    const tasks = new Map(runnable.map((c) => [c.id, Object.fromEntries(METHODS.map((m) => [m, []]))]));
    progress(`${WARMUP + ROUNDS} rounds of ${runnable.length} cases`);
    const reference = new Map();
    const parts = new Map(runnable.map((c) => [c.id, []]));
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const c of runnable) {
        for (const method of rotate(methodsFor(c), round)) {
          const result = await measure(page, c.id, method);
          if (!reference.has(c.id) && method === 'lnob') reference.set(c.id, result);
          if (reference.has(c.id) && !checkCounts(c.label, reference.get(c.id), method, result)) continue;
          if (round < WARMUP) continue;
          times.get(c.id)[method].push(result.ms);
          if (result.breakdown) parts.get(c.id).push(result.breakdown);
          tasks.get(c.id)[method].push(result.longestTask);
        }
      }
      if (failures.length) break;
    }
    for (const c of runnable) {
      const t = times.get(c.id);
      rows.push({ label: c.label, ...Object.fromEntries(METHODS.map((m) => [m, t[m].length ? median(t[m]) : undefined])) });
      if (c.charts > 1 || c.reportLongestTask) longTasks[c.label] = tasks.get(c.id);
    }
    for (const c of runnable.filter((c) => parts.get(c.id).length)) breakdowns.push({ label: c.label, ...medianParts(parts.get(c.id)) });
    if (MEMORY && runnable.some((c) => c.id === 'bar-1') && !failures.length) {
      progress(`heap: ${HEAP_WARM_UP + HEAP_MEASURED} mounts and removals`);
      // On a page of its own, so the other cases' data and caches do not blur the figure.
      const heapPage = await openPage(browser, url);
      heapGrowth = await measureHeap(heapPage);
      await heapPage.close();
    }
    await page.close();

    // Cold: each drawing on a fresh page, as the first chart a reader's page draws (nothing compiled or cached yet).
    const cold = runnable.find((c) => c.charts === 1 && c.id === 'bar-1');
    if (cold && COLD_ROUNDS > 0 && !failures.length) {
      progress(`fresh pages: ${COLD_ROUNDS} rounds`);
      const coldTimes = Object.fromEntries(COLD_METHODS.map((m) => [m, []]));
      const coldParts = [];
      // The specs come from a page that has drawn the case already, so making them warms up nothing on the fresh page.
      const specsPage = await openPage(browser, url);
      const specs = await specsPage.evaluate((id) => window.lnobBench.exportSpecs(id), cold.id);
      await specsPage.close();
      for (let round = 0; round < COLD_ROUNDS; round++) {
        for (const method of rotate(COLD_METHODS, round)) {
          const fresh = await openPage(browser, url);
          if (method !== 'lnob') await fresh.evaluate((id, s) => window.lnobBench.useSpecs(id, s), cold.id, specs);
          const result = await measure(fresh, cold.id, method);
          await fresh.close();
          if (reference.has(cold.id) && !checkCounts(`${cold.label} (first on the page)`, reference.get(cold.id), method, result)) continue;
          coldTimes[method].push(result.ms);
          if (result.breakdown) coldParts.push(result.breakdown);
        }
      }
      if (coldParts.length) breakdowns.splice(1, 0, { label: `${cold.label}, first on a fresh page`, ...medianParts(coldParts) });
      rows.splice(1, 0, {
        label: `${cold.label}, first on a fresh page`,
        ...Object.fromEntries(COLD_METHODS.map((m) => [m, coldTimes[m].length ? median(coldTimes[m]) : undefined])),
      });
    }

    // Cold load: a page loaded over a throttled network, with every byte fetched (scripts/bench-load.js).
    if (runLoad && !failures.length) {
      const distDir = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : await buildStandalone();
      const specsPage = await openPage(browser, url);
      const specs = await specsPage.evaluate((id) => window.lnobBench.exportSpecs(id), 'bar-1');
      const chartRows = specs.vegaLite[0].datasets.table.map(({ category, value }) => ({ category, value }));
      // The chart as the embed code writes it, words and room for first paint, with and without its fallback picture.
      const snippets = await specsPage.evaluate((r, a, w) => window.lnobBench.firstPaintMarkup(r, a, w), chartRows, LOAD_WORDS, LOAD_WIDTH);
      await specsPage.close();
      const profiles = PROFILES.filter((p) => LOAD_PROFILES.includes(p.id));
      loadReport = await runLoadCase({ browser, root: ROOT, distDir, specs: { vegaLite: specs.vegaLite[0], vega: specs.vega[0] }, rows: chartRows, snippets, rounds: LOAD_ROUNDS, profiles, fail, progress });
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  }

  if (loadReport) {
    console.log(`\nThe first chart on a freshly loaded page, every byte over the network (medians of ${LOAD_ROUNDS} loads; times from navigation start; depth: requests made one after another after the HTML):\n`);
    for (const line of loadReport) console.log(line);
  }

  if (rows.length) {
    console.log(`\nMedian time from the first line of work until every chart is drawn and laid out (${ROUNDS} rounds${COLD_ROUNDS ? `; fresh-page row: ${COLD_ROUNDS} rounds` : ''}):\n`);
    printTable(rows);
  }
  const csp = rows.filter((r) => r.floorCsp !== undefined);
  if (csp.length) {
    console.log(
      `\nThe floor drawn CSP-safe, as <lnob-chart csp="strict"> draws (vega-interpreter instead of \`new Function\`): ` +
        csp.map((r) => `${r.label} ${ms(r.floorCsp)} (lnob/that ${ratio(r.lnob, r.floorCsp)})`).join('; ') +
        '.',
    );
  }
  if (breakdowns.length) {
    console.log(`\nWhere one <lnob-chart>'s time goes (medians; before the renderer: the element's own work — Lit, data, the text around the chart, theme, measuring | the renderer: its turn, Vega | after: what follows the drawing, and the page's layout):`);
    for (const b of breakdowns) console.log(`  ${b.label}: ${ms(b.before)} | ${ms(b.renderer)} | ${ms(b.after)}`);
  }
  for (const [label, byMethod] of Object.entries(longTasks)) {
    const worst = (m) => (byMethod[m].length ? Math.max(...byMethod[m]) : 0);
    const verdict = worst('lnob') <= LONG_TASK_TARGET ? 'within' : 'OVER';
    console.log(
      `\nLongest main-thread task, ${label}: <lnob-chart> ${worst('lnob').toFixed(0)} ms (median of rounds ${median(byMethod.lnob).toFixed(0)} ms; ` +
        `${verdict} the ${LONG_TASK_TARGET} ms target), vega-embed ${worst('embed').toFixed(0)} ms, precompiled Vega ${worst('floor').toFixed(0)} ms` +
        ` (0 = no task over 50 ms).`,
    );
  }
  if (heapGrowth) {
    const { before, after, perMount } = heapGrowth;
    console.log(
      `\nHeap: after ${HEAP_WARM_UP} warm-up mounts of a 12-bar <lnob-chart>, ${HEAP_MEASURED} more mounts and removals took the JS heap ` +
        `from ${(before / 1024).toFixed(0)} KiB to ${(after / 1024).toFixed(0)} KiB: ${perMount.toFixed(0)} bytes per mount ` +
        `(${perMount < HEAP_TARGET ? 'within' : 'OVER'} the ${HEAP_TARGET}-byte target).`,
    );
  }
  console.log(`\nBench took ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadavg()[0].toFixed(1)} (figures from a busy machine are noisier; the ratios, measured in turns, less so).`);
  if (failures.length) {
    console.error(`\n${failures.length} failure(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
