/**
 * The WordPress plugin in a real WordPress (Debian's, with MariaDB): the
 * built zip is installed and activated; an *author* (no `unfiltered_html`)
 * makes a chart with the block in the real block editor and with the
 * shortcode; readers see the charts draw with the post's numbers; hostile
 * markup is stripped; the kit loads once, from the site, only where there is
 * a chart; the feed carries the table; the settings reach the charts;
 * uninstalling removes them. Needs the Debian packages listed in
 * wordpress-server.js (installed by .ci/run) and Chromium.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chartOutcomes, drawing, launchBrowser, logIn, recordingPage } from './browser.js';
import { startWordPress } from './wordpress-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const zip = `${root}lnob-charts-wordpress.zip`;

const CSV = 'region,poverty\nNorth,70\nSouth,49\nEast,35';
const HOSTILE = '"><script>alert("title")</script><img src=x onerror=alert("img")>';

let wordpress;
let browser;
/** One browser context per user: the author (logged in once), the administrator, and a reader. */
const as = {};

/** Creates a published post as the author, through wp_insert_post (WordPress's post filters apply, as for the editor). */
function authorPost(title, content) {
  return wordpress.php(`
$author = get_user_by( 'login', 'author' );
wp_set_current_user( $author->ID );
echo wp_insert_post( array( 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => ${phpString(content)} ) );
`);
}

/** A PHP single-quoted string literal. */
function phpString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const page = (id) => fetch(`${wordpress.url}/?p=${id}`).then((response) => response.text());
const kitScripts = (html) => html.match(/<script[^>]*lnob-charts\.js[^>]*>/g) ?? [];

describe('the WordPress plugin in a real WordPress', { timeout: 240_000 }, () => {
  before(async () => {
    // The zip from the current sources (a few seconds; the kit itself is built only when dist/ is missing).
    const build = spawnSync(process.execPath, [`${root}scripts/build-wordpress.js`], { stdio: ['ignore', 'ignore', 'inherit'] });
    assert.equal(build.status, 0, 'npm run build:wordpress failed');
    wordpress = await startWordPress({ pluginZip: zip });
    browser = await launchBrowser();
    for (const user of ['author', 'admin', 'reader']) as[user] = await browser.createBrowserContext();
  });

  after(async () => {
    await browser?.close();
    await wordpress?.stop();
  });

  test('the zip installs and activates', () => {
    const result = wordpress.php(`
$error = activate_plugin( 'lnob-charts/lnob-charts.php' );
echo is_wp_error( $error ) ? $error->get_error_message() : ( is_plugin_active( 'lnob-charts/lnob-charts.php' ) ? 'active' : 'inactive' );
`);
    assert.equal(result, 'active');
  });

  let blockPost;
  test('an author makes a chart with the block in the block editor, which previews it', async () => {
    const editor = await recordingPage(as.author);
    await logIn(editor, wordpress.url, 'author', 'author-password');
    await editor.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    await editor.waitForFunction(() => window.wp?.blocks?.getBlockType?.('lnob-charts/chart') && window.wp.data.select('core/editor').getCurrentPostId(), {
      timeout: 60_000,
    });
    blockPost = await editor.evaluate(
      async (csv, hostile) => {
        const { createBlock } = window.wp.blocks;
        const chart = createBlock('lnob-charts/chart', {
          template: 'ranked-bar',
          title: 'Poverty by region',
          csv,
          columns: { category: 'region', value: 'poverty' },
          source: 'Household survey',
          notes: hostile,
        });
        const stat = createBlock('lnob-charts/stat', { value: '70', unit: '%', label: 'in poverty in the North', source: 'Household survey' });
        window.wp.data.dispatch('core/block-editor').insertBlocks([chart, stat]);
        window.wp.data.dispatch('core/editor').editPost({ title: 'A chart from the block', status: 'publish' });
        await window.wp.data.dispatch('core/editor').savePost();
        return window.wp.data.select('core/editor').getCurrentPostId();
      },
      CSV,
      HOSTILE,
    );
    const [preview] = await chartOutcomes(editor, 1);
    assert.equal(preview.type, 'lnob-render', preview.message);
    const drawn = await drawing(editor, '.editor-styles-wrapper lnob-chart');
    assert.equal(drawn.bars, 3);
    await editor.close();

    const saved = wordpress.php(`echo get_post( ${blockPost} )->post_content;`);
    assert.match(saved, /<!-- wp:lnob-charts\/chart /);
    assert.match(saved, /<lnob-chart [^>]*template="ranked-bar"[^>]*category-column="region"/);
    assert.match(saved, /<table><thead><tr><th>region<\/th><th>poverty<\/th><\/tr><\/thead><tbody><tr><td>North<\/td><td>70<\/td>/);
    assert.match(saved, /<lnob-stat [^>]*value="70" unit="%" label="in poverty in the North"/);
    assert.equal(wordpress.php(`echo get_post( ${blockPost} )->post_author;`), wordpress.php("echo get_user_by( 'login', 'author' )->ID;"));
  });

  test('the saved blocks are still valid when the author opens the post again (WordPress’s filter changed nothing the block needs)', async () => {
    const editor = await recordingPage(as.author);
    await editor.goto(`${wordpress.url}/wp-admin/post.php?post=${blockPost}&action=edit`, { waitUntil: 'domcontentloaded' });
    await editor.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length >= 2, { timeout: 60_000 });
    const blocks = await editor.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((block) => [block.name, block.isValid]));
    assert.deepEqual(blocks, [
      ['lnob-charts/chart', true],
      ['lnob-charts/stat', true],
    ]);
    await editor.close();
  });

  test('the published blocks draw the post’s numbers; hostile text stays text', async () => {
    const reader = await recordingPage(as.reader);
    await reader.goto(`${wordpress.url}/?p=${blockPost}`, { waitUntil: 'domcontentloaded' });
    const [outcome] = await chartOutcomes(reader, 1);
    assert.equal(outcome.type, 'lnob-render', outcome.message);
    const drawn = await drawing(reader, 'lnob-chart');
    assert.equal(drawn.bars, 3);
    for (const word of ['North', 'South', 'East']) assert.ok(drawn.text.includes(word), `${word} in ${drawn.text}`);
    // The hostile notes are shown as the text they are; in the post no element carries an event attribute or is a script.
    const notes = await reader.$eval('lnob-chart', (chart) => chart.shadowRoot.textContent);
    assert.ok(notes.includes(HOSTILE), `the notes as text in: ${notes}`);
    const injected = await reader.$eval('lnob-chart', (chart) =>
      [chart, ...chart.querySelectorAll('*')]
        .filter((node) => node.localName === 'script' || [...node.attributes].some((attribute) => attribute.name.startsWith('on')))
        .map((node) => node.outerHTML),
    );
    assert.deepEqual(injected, []);
    assert.deepEqual(reader.dialogs, []);
    await reader.waitForFunction(() => document.querySelector('lnob-stat')?.shadowRoot?.textContent.includes('70'), { timeout: 30_000 });
    await reader.close();
  });

  let shortcodePost;
  test('an author’s shortcode becomes a chart with its data as a table', async () => {
    shortcodePost = authorPost(
      'A chart from the shortcode',
      `[lnob_chart template="ranked-bar" title="Poverty" category-column="region" value-column="poverty" onerror="alert(1)"]\n${CSV}\n[/lnob_chart]`,
    );
    const html = await page(shortcodePost);
    const chart = /<lnob-chart[^>]*>[\s\S]*?<\/lnob-chart>/.exec(html)?.[0] ?? '';
    assert.match(chart, /^<lnob-chart template="ranked-bar" title="Poverty" category-column="region" value-column="poverty">/);
    assert.match(chart, /<th>region<\/th><th>poverty<\/th>.*<td>North<\/td><td>70<\/td>/);
    assert.doesNotMatch(chart, /onerror/);

    const reader = await recordingPage(as.reader);
    await reader.goto(`${wordpress.url}/?p=${shortcodePost}`, { waitUntil: 'domcontentloaded' });
    const [outcome] = await chartOutcomes(reader, 1);
    assert.equal(outcome.type, 'lnob-render', outcome.message);
    assert.equal((await drawing(reader, 'lnob-chart')).bars, 3);
    await reader.close();
  });

  test('an author’s own markup keeps <lnob-chart> and its table, and loses scripts and event attributes', async () => {
    const id = authorPost(
      'Hand-written markup',
      `<!-- wp:html --><lnob-chart template="ranked-bar" title="Raw" onmouseover="alert(1)" category-column="region"><script>alert(2)</script><table><thead><tr><th>region</th><th>value</th></tr></thead><tbody><tr><td onclick="alert(3)">North</td><td>70</td></tr></tbody></table></lnob-chart><lnob-stat value="70" unit="%" label="in poverty" onfocus="alert(4)"></lnob-stat><!-- /wp:html -->`,
    );
    const saved = wordpress.php(`echo get_post( ${id} )->post_content;`);
    assert.match(saved, /<lnob-chart template="ranked-bar" title="Raw" category-column="region">/);
    assert.match(saved, /<table><thead><tr><th>region<\/th>/);
    assert.match(saved, /<lnob-stat value="70" unit="%" label="in poverty">/);
    assert.doesNotMatch(saved, /<script|on(mouseover|click|focus)=/);
  });

  test('the kit is loaded once, from the site, as a module, and only on pages with a chart', async () => {
    const withChart = kitScripts(await page(shortcodePost));
    assert.equal(withChart.length, 1);
    assert.match(withChart[0], new RegExp(`type="module" src="${wordpress.url}/wp-content/plugins/lnob-charts/dist/lnob-charts\\.js`));
    // By its plain URL: the kit's chunks import it back by that name, so `?ver=…` would load it twice.
    assert.match(withChart[0], /lnob-charts\.js"/);
    const plain = authorPost('No chart here', 'Just words.');
    assert.deepEqual(kitScripts(await page(plain)), []);
  });

  test('the feed carries each chart’s table and title, and no element or script', async () => {
    const feed = await (await fetch(`${wordpress.url}/?feed=rss2`)).text();
    assert.match(feed, /<figcaption>Poverty<\/figcaption><table><thead><tr><th>region<\/th>/);
    assert.match(feed, /<td>North<\/td><td>70<\/td>/);
    assert.doesNotMatch(feed, /<lnob-chart|lnob-charts\.js|<script/);
  });

  test('an administrator saves the site’s defaults on Settings → LNOB Charts', async () => {
    const admin = await recordingPage(as.admin);
    await logIn(admin, wordpress.url, 'admin', 'admin-password');
    await admin.goto(`${wordpress.url}/wp-admin/options-general.php?page=lnob-charts`, { waitUntil: 'domcontentloaded' });
    await admin.select('#lnob-theme', 'sdg');
    await admin.type('#lnob-credit', 'Our NGO');
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.click('#submit')]);
    await admin.close();
    assert.equal(wordpress.php("$s = lnob_charts_settings(); echo $s['theme'], ' | ', $s['credit'];"), 'sdg | Our NGO');
  });

  test('the site’s defaults reach the charts: theme, credit, language, logo and brand tokens', async () => {
    wordpress.php(`update_option( 'lnob_charts_settings', lnob_charts_sanitize_settings( array(
	'theme' => 'dark', 'credit' => 'Our NGO', 'lang' => 'fr', 'logo' => 'https://example.org/logo.png',
	'tokens' => array( '--lnob-color-accent' => '#c0ffee', '--lnob-palette' => 'red; blue}</style><script>' ),
) ) );`);
    const html = await page(shortcodePost);
    assert.match(html, /<lnob-chart template="ranked-bar"[^>]* theme="dark" lang="fr" credit="Our NGO"><img [^>]*slot="logo" src="https:\/\/example\.org\/logo\.png"/);
    assert.match(html, /lnob-chart, lnob-stat \{ --lnob-color-accent: #c0ffee; --lnob-palette: red blue/);
    assert.doesNotMatch(html, /blue\}<\/style><script>/);
  });

  test('the translations load: French for the settings and the block editor', () => {
    const french = wordpress.php(`
load_textdomain( 'lnob-charts', WP_PLUGIN_DIR . '/lnob-charts/languages/lnob-charts-fr_FR.mo' );
echo __( 'Data', 'lnob-charts' ), ' | ', _x( 'LNOB chart', 'block title', 'lnob-charts' );
`);
    assert.equal(french, 'Données | Graphique LNOB');
    const json = wordpress.php(`
echo count( glob( WP_PLUGIN_DIR . '/lnob-charts/languages/lnob-charts-{fr_FR,es_ES,pt_PT,pt_BR,ar}-' . md5( 'blocks/editor.js' ) . '.json', GLOB_BRACE ) );
`);
    assert.equal(json, '5');
  });

  test('PHP reported no warning or notice from the plugin', () => {
    const log = join(wordpress.site, 'debug.log');
    const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((line) => line.includes('lnob-charts')) : [];
    assert.deepEqual(lines, []);
  });

  test('uninstalling removes the settings and leaves the posts readable', async () => {
    wordpress.php(`
deactivate_plugins( 'lnob-charts/lnob-charts.php' );
uninstall_plugin( 'lnob-charts/lnob-charts.php' );
echo '';
`);
    assert.equal(wordpress.php("var_dump( get_option( 'lnob_charts_settings' ) );").trim(), 'bool(false)');
    const html = await page(blockPost);
    assert.match(html, /<td>North<\/td><td>70<\/td>/);
    assert.deepEqual(kitScripts(html), []);
  });
});
