// The catalogue as `npm start` serves it: Storybook's dev server (Vite), not the test runner's bundler. The browser
// tests render every story through web-test-runner; this one guards what they cannot see — a story that draws there
// but not in the catalogue itself (as the maps once did, over a JSON import the dev server handled differently).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The documents that live outside the catalogue. */
const REPO_DOCS = ['README.md', 'CONTRIBUTING.md', 'bench/README.md'];

/** Every file below a folder of the repository, as a path relative to it. */
function filesUnder(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(ROOT.length + 1));
}

/** The catalogue's docs pages and the story files whose text links into the catalogue. */
function catalogueSources() {
  return filesUnder('stories').filter((file) => /\.(mdx|ts)$/.test(file) && !file.startsWith('stories/templates/'));
}

/** Catalogue entries a text links to: `?path=/docs/<id>` or `?path=/story/<id>`, local (`./?path=`) or on the README's http://localhost:6006. */
function catalogueLinks(text) {
  return [...text.matchAll(/(?:\.\/|localhost:6006\/)\?path=\/(?:docs|story)\/([a-z0-9-]+--[a-z0-9-]+)/g)].map((match) => match[1]);
}

/** GitHub's anchor of a heading. */
function anchorOf(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

test('the documents outside the catalogue: the README is a front door, and their links to files and headings lead somewhere', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.ok(readme.split('\n').length <= 250, `README.md has ${readme.split('\n').length} lines: keep it to 250, the rest lives in the catalogue`);
  for (const doc of REPO_DOCS) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const anchors = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1])));
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)|<img src="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
    for (const target of targets) {
      if (/^[a-z]+:/.test(target)) continue;
      if (target.startsWith('#')) {
        assert.ok(anchors.has(target.slice(1)), `${doc}: no heading for ${target}`);
        continue;
      }
      const file = join(dirname(join(ROOT, doc)), target.split('#')[0]);
      assert.ok(existsSync(file), `${doc}: ${target} does not exist`);
    }
  }
  for (const source of catalogueSources()) {
    const text = readFileSync(join(ROOT, source), 'utf8');
    for (const match of text.matchAll(/href="(demo\/[^"#?]+)"/g)) assert.ok(existsSync(join(ROOT, match[1])), `${source}: ${match[1]} does not exist`);
  }
});

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

test('the catalogue serves stories that draw their charts, maps included, the demo page, and every page its links name', { timeout: 300_000 }, async () => {
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
    // Every link into the catalogue — from its own pages and from the README — leads to a page or story it has.
    for (const source of [...catalogueSources(), 'README.md']) {
      for (const id of catalogueLinks(readFileSync(join(ROOT, source), 'utf8'))) {
        assert.ok(index.entries[id], `${source} links to ${id}, which the catalogue does not have`);
      }
    }
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
