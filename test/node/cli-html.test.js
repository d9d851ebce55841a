// `npx lnob-charts render … --out chart.html`: the <lnob-chart> to paste, with its words and the drawing as fallback
// content shown before any script (issue 21). Runs on the built CLI (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'lnob-cli-html-'));
const csv = join(dir, 'poverty.csv');
// A category and a title that look like markup: they must arrive as text.
writeFileSync(csv, 'zone,poverty_rate\nNorth West,70%\n<img src=x onerror=alert(1)>,69%\nSouth West,49.8%\n');

function cli(...args) {
  return spawnSync(process.execPath, ['bin/lnob-charts.js', 'render', ...args], { encoding: 'utf8' });
}

test('writes the chart to paste: its words, the room and the drawing as fallback, reading the data file', () => {
  const out = join(dir, 'chart.html');
  const run = cli(csv, '--category-column', 'zone', '--value-column', 'poverty_rate', '--title', 'Poverty <b>is</b> "highest"', '--source', 'NBS', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(out, 'utf8');
  const open = /^<lnob-chart [^>]*>/.exec(html)[0];
  assert.match(open, / template="ranked-bar"/);
  assert.match(open, / src="poverty.csv"/);
  assert.match(open, / category-column="zone" value-column="poverty_rate"/);
  assert.match(open, / title="Poverty &lt;b&gt;is&lt;\/b&gt; &quot;highest&quot;"/);
  assert.ok(!/ (out|width|scale)=/.test(open), 'the command line’s own options are not attributes');
  // The words as HTML text, in the element's order: header, the drawing's room, the buttons' row, the source.
  const order = ['header', 'chart', 'actions', 'footer'].map((part) => html.indexOf(`data-lnob-fallback="${part}"`));
  assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), String(order));
  assert.match(html, /aria-level="3"[^>]*>Poverty &lt;b&gt;is&lt;\/b&gt; "highest"<\/div>/);
  assert.match(html, /<p dir="auto" style="margin:0;font:inherit">Source: NBS<\/p>/);
  // The drawing alone, named by the title, in a room as tall as the drawing.
  const room = /<div data-lnob-fallback="chart" dir="ltr" style="[^"]*height:(\d+)px[^"]*">(<svg [^>]*>)/.exec(html);
  assert.ok(room, 'a room with the picture in it');
  assert.match(room[2], /role="img" aria-label="Poverty &lt;b&gt;is&lt;\/b&gt; &quot;highest&quot;"/);
  assert.match(room[2], /width="100%" height="100%"/);
  assert.ok(Number(room[1]) > 50);
  assert.equal(html.match(/role="graphics-symbol" aria-roledescription="bar"/g)?.length, 3);
  // Nothing from the data or the words can run or become markup.
  assert.ok(!/<img|<b>|<script|onerror=alert\(1\)>/i.test(html.replace(/&lt;img src=x onerror=alert\(1\)&gt;/g, '')), 'no markup from the data');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the category is drawn as text');
});

test('an Arabic chart writes its words in Arabic, read in their own direction', () => {
  const out = join(dir, 'chart-ar.html');
  const run = cli(csv, '--category-column', 'zone', '--value-column', 'poverty_rate', '--lang', 'ar', '--title', 'الفقر', '--source', 'NBS', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, / lang="ar"/);
  assert.match(html, /<p dir="auto" style="margin:0;font:inherit">المصدر: NBS<\/p>/);
});
