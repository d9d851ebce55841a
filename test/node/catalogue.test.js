// The catalogue as `npm start` serves it: Storybook's dev server (Vite), not the test runner's bundler. The browser
// tests render every story through web-test-runner; this one guards what they cannot see — a story that draws there
// but not in the catalogue itself (as the maps once did, over a JSON import the dev server handled differently).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

/** A port nothing listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForIndex(base, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/index.json`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the catalogue did not start within the time allowed');
}

test('the catalogue serves stories that draw their charts, maps included, and the demo page', { timeout: 300_000 }, async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['storybook', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ci', '--no-open', '--quiet'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  let browser;
  try {
    const index = await waitForIndex(base, Date.now() + 180_000);
    const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    const pick = (pattern) => stories.find((entry) => pattern.test(entry.id));
    const chosen = [pick(/ranked-bar/), pick(/map/), pick(/trend/)].filter(Boolean);
    assert.equal(chosen.length, 3, `stories found: ${stories.map((s) => s.id).join(', ')}`);

    browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const drawn = () => {
      const chart = document.querySelector('lnob-chart');
      return !!chart?.shadowRoot?.querySelector('svg path') || !!chart?.shadowRoot?.querySelector('[role="alert"]:not([hidden])');
    };
    for (const story of chosen) {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(drawn, { timeout: 120_000 });
      const failed = await page.evaluate(() => document.querySelector('lnob-chart').shadowRoot.querySelector('[role="alert"]:not([hidden])')?.textContent ?? '');
      assert.equal(failed.trim(), '', `${story.id} shows an error instead of its chart`);
    }
    // The demo page beside the catalogue loads only the built bundle (npm test builds it first).
    await page.goto(`${base}/demo/index.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(drawn, { timeout: 60_000 });
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    try {
      process.kill(-server.pid, 'SIGTERM'); // the whole group: npx, storybook and its workers
    } catch {
      // already gone
    }
    if (server.exitCode !== null && server.exitCode !== 0 && stderr) console.error(stderr.slice(-2000));
  }
});
