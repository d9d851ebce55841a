// `npx lnob-charts render --template slope`: a slope chart drawn in Node through the one chart plan. Runs on the built CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'lnob-cli-slope-'));
const roles = ['--template', 'slope', '--category-column', 'region', '--time-column', 'year', '--value-column', 'poverty'];

function cli(...args) {
  return spawnSync(process.execPath, ['bin/lnob-charts.js', 'render', ...args], { encoding: 'utf8' });
}

test('draws the first and last year of each line, both ends labelled, and tells the author how to pick two others', () => {
  const data = join(dir, 'regions.csv');
  writeFileSync(data, 'region,year,poverty\nNorth,2015,40%\nNorth,2019,37%\nNorth,2022,34%\nSouth,2015,20%\nSouth,2019,22%\nSouth,2022,23%\n');
  const out = join(dir, 'slope.svg');
  const run = cli(data, ...roles, '--direction', 'decrease', '--out', out);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /years="2015; 2019"/);
  const svg = readFileSync(out, 'utf8');
  const dots = svg.match(/aria-label="[^"]*" role="graphics-symbol" aria-roledescription="point"/g) ?? [];
  assert.equal(dots.length, 4);
  assert.ok(svg.includes('aria-label="North, 2015: 40%"') && svg.includes('aria-label="South, 2022: 23%"'));
  assert.ok(!svg.includes('2019: '), 'the middle year is not drawn');
  for (const label of ['>North</text>', '>40%</text>', '>34%</text>', '>Improved</text>', '>Worsened</text>']) assert.ok(svg.includes(label), label);
});

test('refuses one year in plain words, with a failing exit code', () => {
  const data = join(dir, 'one-year.csv');
  writeFileSync(data, 'region,year,poverty\nNorth,2022,34\nSouth,2022,23\n');
  const run = cli(data, ...roles, '--out', join(dir, 'x.svg'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /unsupported/);
  assert.match(run.stderr, /one only \(2022\)/);
});
