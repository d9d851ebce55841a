// `npx lnob-charts render`: the no-JavaScript fallback, drawn in Node. Runs on the built CLI (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'lnob-cli-'));
const csv = join(dir, 'poverty.csv');
writeFileSync(csv, 'zone,poverty_rate\nNorth West,70%\nNorth East,69%\nSouth West,49.8%\n');

function cli(...args) {
  return spawnSync(process.execPath, ['bin/lnob-charts.js', 'render', ...args], { encoding: 'utf8' });
}

test('renders a ranked-bar chart to SVG with its title, source and one bar per row', () => {
  const out = join(dir, 'chart.svg');
  const run = cli(csv, '--category-column', 'zone', '--value-column', 'poverty_rate', '--title', 'Poverty <is> highest', '--source', 'NBS', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, />Poverty &lt;is&gt; highest<\/tspan>/);
  assert.match(svg, />Source: NBS<\/tspan>/);
  assert.deepEqual(svg.match(/aria-label="[^"]*" role="graphics-symbol" aria-roledescription="bar"/g)?.length, 3);
  assert.ok(svg.includes('aria-label="North West: 70.0%"'));
  for (const label of ['70.0%', '69.0%', '49.8%']) assert.ok(svg.includes(`>${label}</text>`), label);
});

test('an Arabic chart starts every line at the right edge, each read in its own direction', () => {
  const out = join(dir, 'chart-ar.svg');
  const run = cli(csv, '--category-column', 'zone', '--value-column', 'poverty_rate', '--lang', 'ar', '--title', 'الفقر', '--source', 'NBS', '--width', '400', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  const width = Number(/^<svg[^>]*? width="([\d.]+)"/.exec(svg)[1]);
  // A right-to-left line's start is its right end (SVG's text-anchor follows the line's direction).
  assert.match(svg, new RegExp(`<tspan x="${width - 16}" text-anchor="start" direction="rtl" [^>]*>الفقر</tspan>`));
  assert.match(svg, new RegExp(`<tspan x="${width - 16}" text-anchor="start" direction="rtl" [^>]*>المصدر: NBS</tspan>`));
});

test('renders a PNG at twice the size of the SVG', () => {
  const svgOut = join(dir, 'size.svg');
  const pngOut = join(dir, 'size.png');
  const args = [csv, '--category-column', 'zone', '--value-column', 'poverty_rate', '--width', '500'];
  assert.equal(cli(...args, '--out', svgOut).status, 0);
  const run = cli(...args, '--out', pngOut);
  assert.equal(run.status, 0, run.stderr);
  const png = readFileSync(pngOut);
  assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(readFileSync(svgOut, 'utf8'));
  assert.equal(png.readUInt32BE(16), Number(width) * 2);
  assert.equal(png.readUInt32BE(20), Number(height) * 2);
});

test('says in plain words what to fix, with a failing exit code', () => {
  const run = cli(csv, '--category-column', 'zone', '--out', join(dir, 'x.svg'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /missing-column/);
  assert.match(run.stderr, /value-column="poverty_rate"/);
});

test('prints its usage for --help and refuses unknown output types', () => {
  const help = spawnSync(process.execPath, ['bin/lnob-charts.js', '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stderr, /Usage: npx lnob-charts render/);
  const bad = cli(csv, '--out', 'chart.gif');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /must end in \.svg, \.png or \.html/);
});

test('reads an unedited World Bank download with the slice attributes, and fills the source from the file', () => {
  const out = join(dir, 'wb.svg');
  const run = cli('test/fixtures/formats/world-bank-life-expectancy.csv', '--countries', 'Albania; Angola', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  assert.match(svg, />Life expectancy at birth, total \(years\)<\/tspan>/);
  assert.match(svg, />Source: World Bank, World Development Indicators \(last updated 2015-07-28\)<\/tspan>/);
  assert.deepEqual(svg.match(/aria-roledescription="bar"/g)?.length, 2);
});

test('draws in the chart language: French numbers, labels and words', () => {
  const out = join(dir, 'fr.svg');
  const data = join(dir, 'effectifs.csv');
  writeFileSync(data, 'category,value\nNord,1234.5\nSud,12\n');
  const run = cli(data, '--lang', 'fr', '--source', 'INS', '--credit', 'Nous', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  assert.ok(svg.includes('>1\u202f234,5</text>'), 'French digit grouping and decimal comma in the value labels');
  assert.match(svg, />Source : INS<\/tspan>/);
  assert.match(svg, />Graphique : Nous<\/tspan>/);
});

test('draws a survey chart with its respondents line in the chart language', () => {
  const out = join(dir, 'survey.svg');
  const data = join(dir, 'survey.csv');
  writeFileSync(data, 'category,value,n\nJobs,40,5000\nHealth,35,5000\n');
  const run = cli(data, '--template', 'survey', '--lang', 'es', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  assert.match(readFileSync(out, 'utf8'), /Personas encuestadas: 5\.000/);
});

test('draws a map of a country’s own areas from a boundaries file (--shapes), one shape per area', () => {
  const out = join(dir, 'zones.svg');
  const run = cli(csv, '--template', 'map', '--geo-column', 'zone', '--value-column', 'poverty_rate', '--shapes', 'test/fixtures/shapes/nigeria-zones.topojson', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  const shapes = svg.slice(svg.indexOf('class="mark-shape role-mark'));
  assert.equal(shapes.slice(0, shapes.indexOf('</g>')).match(/<path/g)?.length, 6);
  assert.ok(svg.includes('aria-label="North West: 70.0%"'));
  // Areas without data are drawn but not read out one by one (the summary counts them), as on the world map.
  assert.ok(!svg.includes('aria-label="South South'));
  const missing = cli(csv, '--template', 'map', '--geo-column', 'zone', '--shapes', join(dir, 'none.topojson'), '--out', out);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /boundaries file/);
});

test('--facet-column draws small multiples: one panel per value, named, with one summary sentence each', () => {
  const data = join(dir, 'regions.csv');
  writeFileSync(data, 'region,country,rate\nEast,Kenya,36\nEast,Uganda,41\nWest,Ghana,24\nWest,Togo,45\n');
  const out = join(dir, 'facets.svg');
  const run = cli(data, '--facet-column', 'region', '--category-column', 'country', '--value-column', 'rate', '--width', '800', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  assert.equal(svg.match(/aria-roledescription="bar"/g)?.length, 4);
  for (const name of ['East', 'West']) assert.ok(svg.includes(`>${name}</text>`), name);
  assert.match(svg, /West: [^<]*\s+East: /); // the description: a sentence per panel, the panels sorted as the bars are
});
