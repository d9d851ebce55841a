// `npx lnob-charts render` of a file with several years for each place: it draws the latest year, or `--year`,
// and says which under the chart. Runs on the built CLI (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'lnob-cli-years-'));
// Genuine WHO download: France, Kenya, Nigeria × 2000, 2015, 2016 (test/fixtures/formats/README.md).
const WHO = ['test/fixtures/formats/who-gho-life-expectancy-by-sex.csv', '--category-column', 'COUNTRY', '--value-column', 'Numeric', '--time-column', 'YEAR'];

function render(...args) {
  const out = join(dir, `chart${args.join('-').replace(/\W+/g, '_')}.svg`);
  const run = spawnSync(process.execPath, ['bin/lnob-charts.js', 'render', ...WHO, ...args, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return readFileSync(out, 'utf8');
}

test('draws the latest year and says so', () => {
  const svg = render();
  assert.match(svg, /Year shown: 2016\./);
  assert.match(svg, />82\.95</); // France, both sexes, 2016
  assert.equal(svg.match(/aria-roledescription="bar"/g)?.length, 3);
});

test('draws the year asked for with --year, and says so', () => {
  const svg = render('--year', '2000');
  assert.match(svg, /Year shown: 2000\./);
  assert.match(svg, />79\.11</); // France, both sexes, 2000
  assert.doesNotMatch(svg, />82\.95</);
});

test('--year-control none draws each place’s latest value, as before', () => {
  const svg = render('--year-control', 'none');
  assert.match(svg, /Latest available year: 2016\./);
  assert.doesNotMatch(svg, /Year shown/);
});
