#!/usr/bin/env node
/**
 * The WordPress guide's screenshots, from a real WordPress with the built
 * plugin: the "LNOB chart" block selected in the block editor (its sidebar
 * and live preview), the published post, and a trend drawn as small
 * multiples with events marked, set in the sidebar's "Options for this chart".
 * `npm run build:wordpress && node test/wordpress/screenshots.js`
 * writes stories/guides/wordpress-*.png.
 */
import { fileURLToPath } from 'node:url';
import { chartOutcomes, launchBrowser, logIn, recordingPage } from './browser.js';
import { choose, openPanel, paste } from './sidebar.js';
import { startWordPress } from './wordpress-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = (name) => `${root}stories/guides/wordpress-${name}.png`;
/** Poverty by area in three countries (illustrative). */
const TREND_CSV = [
  'country,year,area,rate',
  ...['Kenya', 'Nigeria', 'Bolivia'].flatMap((country, c) =>
    [2010, 2015, 2020, 2023].flatMap((year, i) => [`${country},${year},Rural,${50 + c * 5 - i * 3}`, `${country},${year},Urban,${30 + c * 4 - i * 2}`]),
  ),
].join('\n');
const CSV = 'region,poverty_rate\nNorth East,70%\nNorth West,64%\nNorth Central,43%\nSouth West,19%\nSouth South,25%\nSouth East,27%';

const wordpress = await startWordPress({ pluginZip: `${root}lnob-charts-wordpress.zip` });
const browser = await launchBrowser();
try {
  wordpress.php("activate_plugin( 'lnob-charts/lnob-charts.php' );");
  // No welcome guide over the editor.
  wordpress.php(
    "update_user_meta( get_user_by( 'login', 'author' )->ID, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => '2026-01-01T00:00:00.000Z' ) );",
  );
  const editor = await recordingPage(await browser.createBrowserContext());
  await editor.setViewport({ width: 1280, height: 860 });
  await logIn(editor, wordpress.url, 'author', 'author-password');
  await editor.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await editor.waitForFunction(() => window.wp?.blocks?.getBlockType?.('lnob-charts/chart'), { timeout: 60_000 });
  const id = await editor.evaluate(async (csv) => {
    const { dispatch, select } = window.wp.data;
    const block = window.wp.blocks.createBlock('lnob-charts/chart', {
      template: 'ranked-bar',
      title: 'Poverty rate by region',
      subtitle: 'Share of people below the national poverty line, 2019',
      csv,
      columns: { category: 'region', value: 'poverty_rate' },
      source: 'National Bureau of Statistics',
    });
    dispatch('core/editor').editPost({ title: 'Poverty in Nigeria' });
    dispatch('core/block-editor').insertBlocks(block);
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    return select('core/editor').getCurrentPostId();
  }, CSV);
  await chartOutcomes(editor, 1);
  await editor.screenshot({ path: out('block-editor') });
  await editor.evaluate(async () => {
    window.wp.data.dispatch('core/editor').editPost({ status: 'publish' });
    await window.wp.data.dispatch('core/editor').savePost();
  });
  const reader = await recordingPage(await browser.createBrowserContext());
  await reader.setViewport({ width: 1000, height: 900 });
  await reader.goto(`${wordpress.url}/?p=${id}`, { waitUntil: 'domcontentloaded' });
  await chartOutcomes(reader, 1);
  await (await reader.$('lnob-chart')).screenshot({ path: out('published') });

  // A trend as small multiples with events marked, from the sidebar's options (the other panels closed).
  await editor.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await editor.waitForFunction(() => window.wp?.blocks?.getBlockType?.('lnob-charts/chart'), { timeout: 60_000 });
  await editor.evaluate((csv) => {
    const { dispatch } = window.wp.data;
    const block = window.wp.blocks.createBlock('lnob-charts/chart', { title: 'Poverty by area', csv, columns: { time: 'year', series: 'area', value: 'rate' } });
    dispatch('core/editor').editPost({ title: 'Poverty in three countries' });
    dispatch('core/block-editor').insertBlocks(block);
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  }, TREND_CSV);
  await choose(editor, 'Template', 'trend');
  for (const panel of ['Chart', 'Data']) await openPanel(editor, panel, false);
  await openPanel(editor, 'Options for this chart');
  await choose(editor, 'One small chart for each value of', 'country');
  await paste(editor, 'Events and call-outs marked on the chart', '2015: SDGs adopted; 2020: COVID-19');
  await editor.waitForFunction(() => document.querySelector('.editor-styles-wrapper lnob-chart')?.shadowRoot?.querySelectorAll('g.lnob_annotation_labels text').length >= 6, {
    timeout: 60_000,
  });
  await editor.screenshot({ path: out('block-options') });
  console.log(`Wrote ${out('block-editor')}, ${out('published')} and ${out('block-options')}`);
} finally {
  await browser.close();
  await wordpress.stop();
}
