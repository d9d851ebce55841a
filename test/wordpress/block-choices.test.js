/**
 * The chart block's own choices in a real WordPress: an *author* picks a
 * template in the sidebar and sees only the choices that apply to it
 * (options, annotations, small multiples, the year control, uncertainty
 * columns, a map's boundaries), sets them there, publishes, and a reader sees
 * the chart use them. Addresses with another protocol than http(s) and markup
 * in the values stay harmless, in the block, the shortcode and hand-written markup.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chartOutcomes, launchBrowser, logIn, recordingPage } from './browser.js';
import { choose, flip, openPanel, paste, sidebarLabels } from './sidebar.js';
import { startWordPress } from './wordpress-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Poverty in two areas of three countries (illustrative). */
const TREND_CSV = [
  'country,series,time,value',
  ...['Kenya', 'Nigeria', 'Bolivia'].flatMap((country, c) =>
    [2010, 2015, 2020, 2023].flatMap((year, i) => [`${country},Rural,${year},${50 + c * 5 - i * 3}`, `${country},Urban,${year},${30 + c * 4 - i * 2}`]),
  ),
].join('\n');
/** A slope: each region's rate in two years (illustrative). */
const SLOPE_CSV = 'region,year,rate\nNorth,2015,70\nNorth,2022,61\nSouth,2015,49\nSouth,2022,30\nEast,2015,35\nEast,2022,33';
/** Poverty by region in two survey years (illustrative): ranked bars with a year control. */
const YEARS_CSV = 'category,year,value\nNorth,2015,74\nNorth,2022,70\nSouth,2015,41\nSouth,2022,35\nEast,2015,39\nEast,2022,30';
const HOSTILE = '"><script>alert("title")</script><img src=x onerror=alert("img")>';

let wordpress;
let browser;
let author;

/** A new post in the block editor with one chart block holding `csv`, selected, its sidebar open. */
async function newChartPost(csv) {
  const editor = await recordingPage(author);
  await editor.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await editor.waitForFunction(() => window.wp?.blocks?.getBlockType?.('lnob-charts/chart') && window.wp.data.select('core/editor').getCurrentPostId(), {
    timeout: 60_000,
  });
  await editor.evaluate((data) => {
    const { dispatch } = window.wp.data;
    const block = window.wp.blocks.createBlock('lnob-charts/chart', { csv: data });
    dispatch('core/block-editor').insertBlocks(block);
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  }, csv);
  return editor;
}

/** Publishes the post being edited; its id. */
function publish(editor, title) {
  return editor.evaluate(async (postTitle) => {
    window.wp.data.dispatch('core/editor').editPost({ title: postTitle, status: 'publish' });
    await window.wp.data.dispatch('core/editor').savePost();
    return window.wp.data.select('core/editor').getCurrentPostId();
  }, title);
}

/** A reader's view of a post's one chart, once drawn: its panels, its words, its summary. */
async function readerSees(id) {
  const reader = await recordingPage(await browser.createBrowserContext());
  await reader.goto(`${wordpress.url}/?p=${id}`, { waitUntil: 'domcontentloaded' });
  const [outcome] = await chartOutcomes(reader, 1);
  assert.equal(outcome.type, 'lnob-render', outcome.message);
  const seen = await reader.$eval('lnob-chart', (chart) => ({
    panels: chart.shadowRoot.querySelectorAll('g.lnob_panel > g').length,
    lines: chart.shadowRoot.querySelectorAll('g.mark-line path').length,
    yearControl: chart.shadowRoot.querySelector('[part="year-control"]') !== null,
    text: [...chart.shadowRoot.querySelectorAll('svg text')].map((node) => node.textContent.trim()).filter(Boolean),
    words: chart.shadowRoot.textContent,
  }));
  await reader.close();
  return { ...seen, dialogs: reader.dialogs };
}

const saved = (id) => wordpress.php(`echo get_post( ${id} )->post_content;`);

describe('the chart block’s choices in a real WordPress', { timeout: 300_000 }, () => {
  before(async () => {
    const build = spawnSync(process.execPath, [`${root}scripts/build-wordpress.js`], { stdio: ['ignore', 'ignore', 'inherit'] });
    assert.equal(build.status, 0, 'npm run build:wordpress failed');
    wordpress = await startWordPress({ pluginZip: `${root}lnob-charts-wordpress.zip` });
    wordpress.php("activate_plugin( 'lnob-charts/lnob-charts.php' );");
    browser = await launchBrowser();
    author = await browser.createBrowserContext();
    const page = await recordingPage(author);
    await logIn(page, wordpress.url, 'author', 'author-password');
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await wordpress?.stop();
  });

  test('the sidebar shows each template’s own choices, and only those', async () => {
    const editor = await newChartPost(TREND_CSV);
    await openPanel(editor, 'Columns');
    await openPanel(editor, 'Options for this chart');
    const labelsFor = async (template) => {
      await choose(editor, 'Template', template);
      return sidebarLabels(editor);
    };
    const trend = await labelsFor('trend');
    for (const label of ['Events and call-outs marked on the chart', 'One small chart for each value of', 'Highlight', 'Column for “Lower bound”', 'Column for “Upper bound”']) {
      assert.ok(trend.includes(label), `trend: ${label} in ${trend}`);
    }
    assert.ok(!trend.includes('Let readers change the year') && !trend.includes('Boundaries file'), `trend: ${trend}`);

    const ranked = await labelsFor('ranked-bar');
    for (const label of ['Let readers change the year', 'Year shown first', 'Order', 'Reference value', 'One small chart for each value of', 'Column for “Lower bound”']) {
      assert.ok(ranked.includes(label), `ranked-bar: ${label} in ${ranked}`);
    }
    const map = await labelsFor('map');
    for (const label of ['Boundaries file', 'Name field in the boundaries', 'Source of the boundaries', 'Let readers change the year']) {
      assert.ok(map.includes(label), `map: ${label} in ${map}`);
    }
    // A map has no time or category axis to mark, and no small multiples or ranges.
    for (const label of ['Events and call-outs marked on the chart', 'One small chart for each value of', 'Column for “Lower bound”']) {
      assert.ok(!map.includes(label), `map: no ${label} in ${map}`);
    }
    const pyramid = await labelsFor('pyramid');
    assert.ok(pyramid.includes('Outline for comparison') && pyramid.includes('Events and call-outs marked on the chart'), `pyramid: ${pyramid}`);
    const slope = await labelsFor('slope');
    assert.ok(slope.includes('Which way is better') && !slope.includes('Events and call-outs marked on the chart'), `slope: ${slope}`);
    // The template picker names the kinds of chart in plain words, the new ones among them.
    const names = await editor.$$eval('.block-editor-block-inspector select option', (options) => options.map((option) => option.textContent));
    for (const name of ['Trend lines', 'Population pyramid', 'Slope chart (two years)']) assert.ok(names.includes(name), `${name} in ${names}`);
    await editor.close();
  });

  test('an author draws a trend as small multiples with events marked, from the sidebar; readers see both', async () => {
    const editor = await newChartPost(TREND_CSV);
    await choose(editor, 'Template', 'trend');
    await openPanel(editor, 'Options for this chart');
    await choose(editor, 'One small chart for each value of', 'country');
    await paste(editor, 'Events and call-outs marked on the chart', '2015: SDGs adopted; 2020: COVID-19');
    // The preview draws what the reader will see: three panels.
    await editor.waitForFunction(() => document.querySelector('.editor-styles-wrapper lnob-chart')?.shadowRoot?.querySelectorAll('g.lnob_panel > g').length === 3, {
      timeout: 60_000,
    });
    const id = await publish(editor, 'Poverty in three countries');
    await editor.close();

    const html = saved(id);
    assert.match(html, /<lnob-chart [^>]*template="trend"/);
    assert.match(html, /<lnob-chart [^>]*facet-column="country"/);
    assert.match(html, /<lnob-chart [^>]*annotations="2015: SDGs adopted; 2020: COVID-19"/);

    const seen = await readerSees(id);
    assert.equal(seen.panels, 3);
    for (const country of ['Kenya', 'Nigeria', 'Bolivia']) assert.ok(seen.text.includes(country), `${country} in ${seen.text}`);
    for (const event of ['SDGs adopted', 'COVID-19']) assert.ok(seen.text.some((text) => text.includes(event)), `${event} in ${seen.text}`);
  });

  test('an author makes a slope chart from the sidebar, with its columns and a highlight; readers see both years and every region', async () => {
    const editor = await newChartPost(SLOPE_CSV);
    await choose(editor, 'Template', 'slope');
    await openPanel(editor, 'Columns');
    await choose(editor, 'Column for “Category”', 'region');
    await choose(editor, 'Column for “Year”', 'year');
    await choose(editor, 'Column for “Value”', 'rate');
    await openPanel(editor, 'Options for this chart');
    await paste(editor, 'Highlight', 'South');
    await editor.waitForFunction(() => document.querySelector('.editor-styles-wrapper lnob-chart[highlight="South"]'), { timeout: 30_000 });
    const id = await publish(editor, 'Poverty fell fastest in the South');
    await editor.close();

    assert.match(saved(id), /<lnob-chart [^>]*template="slope"[^>]*highlight="South"/);
    const seen = await readerSees(id);
    assert.equal(seen.lines, 3);
    for (const word of ['2015', '2022', 'North', 'South', 'East']) assert.ok(seen.text.some((text) => text.includes(word)), `${word} in ${seen.text}`);
  });

  test('an author picks the year ranked bars open on, then hides the year control, from the sidebar; readers see each region’s latest value', async () => {
    const editor = await newChartPost(YEARS_CSV);
    await choose(editor, 'Template', 'ranked-bar');
    await openPanel(editor, 'Options for this chart');
    await paste(editor, 'Year shown first', '2015');
    const previewYear = () =>
      editor.waitForFunction(() => document.querySelector('.editor-styles-wrapper lnob-chart')?.shadowRoot?.querySelector('[part="year"]')?.textContent, { timeout: 60_000 });
    assert.equal(await (await previewYear()).jsonValue(), '2015');
    await flip(editor, 'Let readers change the year');
    await editor.waitForFunction(() => document.querySelector('.editor-styles-wrapper lnob-chart[year-control="none"]'), { timeout: 30_000 });
    const id = await publish(editor, 'Poverty by region, latest survey');
    await editor.close();

    assert.match(saved(id), /<lnob-chart [^>]*year="2015"[^>]*year-control="none"/);
    const seen = await readerSees(id);
    assert.equal(seen.yearControl, false);
    // Each region's 2022 value, none of 2015's.
    for (const value of ['70', '35', '30']) assert.ok(seen.text.includes(value), `${value} in ${seen.text}`);
    for (const value of ['74', '41', '39']) assert.ok(!seen.text.includes(value), `no ${value} in ${seen.text}`);
  });

  test('markup and other protocols than http(s) in the choices stay harmless: block, shortcode, hand-written', async () => {
    const editor = await newChartPost(TREND_CSV);
    const id = await editor.evaluate(async (csv, hostile) => {
      const { createBlock } = window.wp.blocks;
      const { dispatch, select } = window.wp.data;
      dispatch('core/block-editor').resetBlocks([
        createBlock('lnob-charts/chart', { template: 'trend', csv, annotations: `2015: ${hostile}`, facetColumn: hostile }),
        createBlock('lnob-charts/chart', {
          template: 'map',
          csv: 'geo,value\nKEN,36',
          shapes: ' javascript:alert("shapes")',
          shapesSource: hostile,
          sourceUrl: 'JaVaScRiPt:alert("source")',
        }),
      ]);
      dispatch('core/editor').editPost({ title: 'Hostile choices', status: 'publish' });
      await dispatch('core/editor').savePost();
      return select('core/editor').getCurrentPostId();
    }, TREND_CSV, HOSTILE);
    await editor.close();
    const html = saved(id);
    assert.doesNotMatch(html, /javascript:|<script|<img/i);
    assert.match(html, /annotations="2015: &quot;&gt;&lt;script&gt;/);

    // Opened again, the blocks are as the author left them (the filter changed nothing the block reads).
    const again = await recordingPage(author);
    await again.goto(`${wordpress.url}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'domcontentloaded' });
    await again.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length >= 2, { timeout: 60_000 });
    const blocks = await again.evaluate(() =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .map((block) => [block.isValid, block.attributes.annotations]),
    );
    assert.deepEqual(blocks, [
      [true, `2015: ${HOSTILE}`],
      [true, ''],
    ]);
    await again.close();

    const reader = await recordingPage(await browser.createBrowserContext());
    await reader.goto(`${wordpress.url}/?p=${id}`, { waitUntil: 'domcontentloaded' });
    await chartOutcomes(reader, 2);
    const injected = await reader.$$eval('lnob-chart', (charts) =>
      charts.flatMap((chart) =>
        [chart, ...chart.querySelectorAll('*'), ...chart.shadowRoot.querySelectorAll('*')]
          .filter((node) => node.localName === 'script' || node.localName === 'img' || [...node.attributes].some((attribute) => attribute.name.startsWith('on')))
          .map((node) => node.outerHTML.slice(0, 80)),
      ),
    );
    assert.deepEqual(injected, []);
    assert.deepEqual(reader.dialogs, []);
    await reader.close();

    // The shortcode keeps only http(s) addresses; hand-written markup loses the protocol.
    const posts = [
      '[lnob_chart template="map" shapes="javascript:alert(1)" source-url="https://example.org/"]\ngeo,value\nKEN,36\n[/lnob_chart]',
      '<!-- wp:html --><lnob-chart template="map" shapes="javascript:alert(1)" source-url="javascript:alert(2)"></lnob-chart><!-- /wp:html -->',
    ].map((content) =>
      wordpress.php(`
wp_set_current_user( get_user_by( 'login', 'author' )->ID );
echo wp_insert_post( array( 'post_status' => 'publish', 'post_title' => 'Addresses', 'post_content' => base64_decode( '${Buffer.from(content).toString('base64')}' ) ) );
`),
    );
    const shortcode = await (await fetch(`${wordpress.url}/?p=${posts[0]}`)).text();
    assert.match(shortcode, /<lnob-chart template="map" source-url="https:\/\/example\.org\/">/);
    assert.doesNotMatch(saved(posts[1]), /javascript:/i);
  });
});
