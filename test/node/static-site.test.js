// The published catalogue: the one folder `npm run build-storybook` writes (storybook-static/), served by a plain
// static file server as any host would. It must carry the kit, its zip and (when the project has one) the builder;
// open on a start page with a picture of every template; look like the kit, not like a developer's Storybook; draw a
// docs page's charts without scrolling; and give code that draws on a page of another site, loading the kit from
// this one. The build takes minutes, so this test checks the folder when it is there and is skipped when it is not
// (build it with `npm run build-storybook`, or set LNOB_BUILD_SITE=1 to have the test build it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SITE = join(ROOT, 'storybook-static');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

if (process.env.LNOB_BUILD_SITE === '1') {
  const built = spawnSync('npm', ['run', 'build-storybook'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build-storybook failed');
}
const present = existsSync(join(SITE, 'index.html'));

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.zip': 'application/zip', '.csv': 'text/csv', '.woff2': 'font/woff2', '.png': 'image/png', '.webp': 'image/webp' };

/** A static file server, as GitHub Pages is: files only, and other sites may load them (CORS). */
function serve(folder) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(folder, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A blank page of another site: its own server (another port, so another origin) with nothing but the pasted code. */
function otherSite(html) {
  const server = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every chart of the page drew its marks, or (an error-case story) shows its message. */
const chartsDone = () => {
  const charts = [...document.querySelectorAll('lnob-chart')];
  return charts.length > 0 && charts.every((chart) => chart.shadowRoot?.querySelector('svg g.role-mark > *, [role="alert"]:not([hidden])'));
};

test('the static catalogue', { skip: !present && 'storybook-static/ is not built (npm run build-storybook)', timeout: 600_000 }, async (t) => {
  const server = await serve(SITE);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  t.after(async () => {
    await browser.close();
    server.close();
  });
  const index = await (await fetch(`${base}/index.json`)).json();
  const entries = Object.values(index.entries);
  /** A template's story, by the template's id (its story file is stories/templates/<nn>-<id>.stories.ts). */
  const storyOf = (template, name = 'sample') => entries.find((entry) => entry.type === 'story' && entry.importPath.endsWith(`-${template}.stories.ts`) && entry.id.endsWith(`--${name}`));
  const docsOf = (template) => entries.find((entry) => entry.type === 'docs' && entry.importPath.endsWith(`-${template}.stories.ts`));

  await t.test('carries the kit, its zip and the builder beside the catalogue', async () => {
    const kit = await fetch(`${base}/dist/lnob-charts.js`);
    assert.equal(kit.status, 200);
    const kitBytes = new Uint8Array(await kit.arrayBuffer());
    const zip = await fetch(`${base}/download/lnob-charts-${version}.zip`);
    assert.equal(zip.status, 200, 'the kit’s zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const folder = `lnob-charts-${version}`;
    assert.deepEqual(files[`${folder}/lnob-charts.js`], kitBytes, 'the zip’s lnob-charts.js is the site’s');
    for (const name of ['README.md', 'LICENSE', 'NOTICE.md']) assert.ok(files[`${folder}/${name}`], `the zip has ${name}`);
    // Every chunk the kit imports is in the zip, beside it.
    // (Named as the kit loads them: `./chunks/…` in an import, `chunks/…` in its map of what each part needs.)
    const chunks = [...new TextDecoder().decode(kitBytes).matchAll(/["'](?:\.\/)?chunks\/([\w.-]+\.js)["']/g)].map((match) => match[1]);
    assert.ok(chunks.length > 0);
    for (const chunk of chunks) assert.ok(files[`${folder}/chunks/${chunk}`], `the zip has chunks/${chunk}`);
    assert.equal((await fetch(`${base}/demo/index.html`)).status, 200, 'the demo page');
    if (existsSync(join(ROOT, 'builder-dist', 'index.html'))) assert.equal((await fetch(`${base}/builder/`)).status, 200, 'the builder');
  });

  await t.test('opens on a start page with a picture of every template, the zip linked, in the kit’s name', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => /lnob-charts$/.test(document.title), { timeout: 60_000 });
    const frame = await (await page.waitForSelector('#storybook-preview-iframe')).contentFrame();
    await frame.waitForSelector('.lnob-gallery img', { timeout: 60_000 });
    const gallery = await frame.$$eval('.lnob-gallery a', (links) =>
      links.map((a) => ({ href: a.href, src: a.querySelector('img').src, alt: a.querySelector('img').alt, name: a.textContent.trim() })),
    );
    // Pictures of the builder, each with words for those who cannot see it.
    const shots = await frame.$$eval('.lnob-builder-shots img', (images) => images.map((image) => ({ src: image.src, alt: image.alt })));
    assert.ok(shots.length >= 3, 'pictures of the builder on the start page');
    for (const shot of shots) {
      assert.equal((await fetch(shot.src)).status, 200, shot.src);
      assert.ok(shot.alt.length > 20, `the builder's picture ${shot.src} has words for those who cannot see it`);
    }
    const templates = entries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Templates/') && entry.title !== 'Templates/What each chart draws');
    assert.equal(gallery.length, templates.length, `pictures: ${gallery.map((g) => g.name).join(', ')}`);
    for (const picture of gallery) {
      // The pictures load lazily: ask for each as the browser will when it is scrolled to.
      const image = await fetch(picture.src);
      assert.equal(image.status, 200, picture.src);
      assert.equal(image.headers.get('content-type'), 'image/svg+xml');
      assert.match(await image.text(), /^<svg /);
      assert.match(picture.alt, /\w+ chart|map|Survey|pyramid/i, 'the picture’s alt text is the chart’s summary');
      const id = new URL(picture.href).searchParams.get('path').replace(/^\/docs\//, '');
      assert.ok(index.entries[id], `${picture.name} links to ${id}`);
    }
    const download = await frame.$eval('a[download]', (a) => a.href);
    assert.equal(download, `${base}/download/lnob-charts-${version}.zip`);
    if (existsSync(join(ROOT, 'builder-dist', 'index.html'))) {
      assert.equal(await frame.$eval('.lnob-actions a[href$="builder/"]', (a) => a.href), `${base}/builder/`, 'the start page links the builder');
    }
    // Storybook's developer panels are gone.
    const story = storyOf('ranked-bar');
    await page.goto(`${base}/?path=/story/${story.id}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.innerText.includes('Controls'), { timeout: 60_000 });
    const tabs = await page.$$eval('[role="tab"]', (elements) => elements.map((element) => element.textContent.trim()));
    assert.ok(!tabs.some((tab) => /^(Actions|Interactions)/.test(tab)), `panel tabs: ${tabs.join(', ')}`);
    const controls = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(controls, /\brenderer\b/);
    await page.close();
  });

  await t.test('shows every template on a phone and as its three share images in the design notes', async () => {
    const notes = entries.find((entry) => entry.type === 'docs' && entry.title === 'Design/Design notes');
    assert.ok(notes, 'the design notes page');
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=${notes.id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForSelector('.lnob-design-shots img', { timeout: 60_000 });
    const shots = await page.$$eval('.lnob-design-shots img', (images) => images.map((image) => ({ src: image.src, alt: image.alt })));
    const templates = entries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Templates/') && entry.title !== 'Templates/What each chart draws');
    assert.equal(shots.length, templates.length * 4, 'a phone picture and three share images per template');
    for (const shot of shots) {
      const image = await fetch(shot.src);
      assert.equal(image.status, 200, shot.src);
      assert.equal(image.headers.get('content-type'), 'image/webp', shot.src);
      assert.match(shot.alt, /^(On a phone|Share image).+\. \S+/, `the picture ${shot.src} says what it shows`);
    }
    await page.close();
  });

  await t.test('draws every chart of a template’s docs page without scrolling', async () => {
    const docs = docsOf('ranked-bar');
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForFunction(chartsDone, { timeout: 120_000 });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.ok((await page.$$eval('lnob-chart', (charts) => charts.length)) > 3);
    await page.close();
  });

  await t.test('gives code that loads the kit from this site and draws on another site’s page, for the reader’s own data too', async () => {
    const story = storyOf('disaggregation');
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(chartsDone, { timeout: 120_000 });
    const code = await page.$eval('lnob-code-panel', (panel) => panel.code);
    assert.ok(code.includes(`src="${base}/dist/lnob-charts.js"`), code.split('\n')[0]);
    assert.ok(code.includes('source="Illustrative data"'));
    // The reader pastes their own data into the controls (the same message the controls panel sends).
    const theirs = 'category,group,value\nKenya,Girls,81%\nKenya,Boys,78%\nUganda,Girls,52%\nUganda,Boys,56%';
    await page.evaluate(
      (storyId, csv) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs: { csv } }),
      story.id,
      theirs,
    );
    await page.waitForFunction(() => document.querySelector('lnob-code-panel')?.code.includes('Kenya'), { timeout: 60_000 });
    const own = await page.$eval('lnob-code-panel', (panel) => panel.code);
    assert.doesNotMatch(own, /source=|notes=|-column=/);
    await page.close();

    const other = await otherSite(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner’s page</title></head><body>\n${own}\n</body></html>`);
    t.after(() => other.close());
    const partner = await browser.newPage();
    const errors = [];
    partner.on('pageerror', (error) => errors.push(error.message));
    await partner.goto(`http://127.0.0.1:${other.address().port}/`, { waitUntil: 'load' });
    await partner.waitForFunction(chartsDone, { timeout: 120_000 });
    const labels = await partner.$eval('lnob-chart', (chart) => [...chart.shadowRoot.querySelectorAll('svg text')].map((text) => text.textContent));
    assert.ok(labels.includes('Kenya') && labels.includes('Uganda'), labels.join(' | '));
    assert.deepEqual(errors, []);
    await partner.close();
  });
});
