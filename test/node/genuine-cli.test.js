// The genuine downloads of test/fixtures/formats through the built command line (`npm run build` first):
// the cases of cases-fixtures.json and cases-layouts.json, as test/formats/genuine.test.ts runs them in the
// browser. An error case must exit non-zero and name its code; a drawn case must show each expected row's
// label in the SVG's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = 'test/fixtures/formats';
const read = (name) => (existsSync(join(FIXTURES, name)) ? JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) : []);
const cases = [...read('cases-fixtures.json'), ...read('cases-layouts.json')];
const dir = mkdtempSync(join(tmpdir(), 'lnob-genuine-'));

/** The SVG's words, entities decoded, one space between them. */
function words(svg) {
  const text = [...svg.matchAll(/>([^<]+)</g), ...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ');
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The label a reader sees for an expected row: its category, series or place (any of the accepted spellings). */
function labels(row) {
  for (const key of ['category', 'series', 'geo', 'group']) if (row[key] !== undefined) return [row[key]].flat().map(String);
  return [];
}

cases.forEach((genuine, i) => {
  const { file, attributes, expect: wanted } = genuine;
  const flags = Object.entries(attributes).flatMap(([name, value]) => [`--${name}`, value]);
  test(`${file} ${flags.join(' ')} → ${wanted.error ?? 'draws'}`, () => {
    const out = join(dir, `case-${i}.svg`);
    const run = spawnSync(process.execPath, ['bin/lnob-charts.js', 'render', join(FIXTURES, file), ...flags, '--out', out], { encoding: 'utf8' });
    if (wanted.error) {
      assert.notEqual(run.status, 0, 'an error case must fail');
      assert.match(run.stderr, new RegExp(wanted.error));
      return;
    }
    assert.equal(run.status, 0, run.stderr);
    const text = words(readFileSync(out, 'utf8'));
    const isMap = attributes.template === 'map';
    for (const row of wanted.rows ?? []) {
      // A map names its countries in the runtime's own words: there the place is checked by the browser test.
      const accepted = isMap ? [] : labels(row);
      if (accepted.length) assert.ok(accepted.some((label) => text.includes(label)), `none of ${accepted.join(' / ')} in the SVG`);
    }
    for (const phrase of wanted.notes ?? []) assert.ok(text.includes(phrase), `note "${phrase}" in the SVG`);
    for (const phrase of wanted.notNotes ?? []) assert.ok(!text.includes(phrase), `no "${phrase}" in the SVG`);
  });
});
