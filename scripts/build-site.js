#!/usr/bin/env node
/**
 * `npm run build-storybook`: the one static folder a campaigner's organisation
 * hosts — storybook-static/ with the catalogue, the kit (dist/lnob-charts.js
 * and its chunks), the "Download the kit" zip, the builder when the project
 * has one (`npm run build:builder` → builder-dist/, served at builder/) and
 * the demo. Storybook copies the pieces in (staticDirs in
 * .storybook/main.ts), so they must exist before it runs. Extra arguments go
 * to `storybook build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeKitZip } from './kit-zip.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const OUT = 'storybook-static';

function run(label, command, args) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const { scripts = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
run('The kit (dist/)', npm, ['run', '--silent', 'build']);
if (scripts['build:builder']) run('The builder (builder-dist/)', npm, ['run', '--silent', 'build:builder']);
console.log(`\n── The kit's zip\nWrote ${makeKitZip().slice(root.length + 1)}`);
run('The catalogue', join(root, 'node_modules', '.bin', 'storybook'), ['build', '--output-dir', OUT, ...process.argv.slice(2)]);

const expected = ['index.html', 'iframe.html', 'dist/lnob-charts.js', 'demo/index.html', ...(existsSync(join(root, 'builder-dist', 'index.html')) ? ['builder/index.html'] : [])];
const missing = expected.filter((file) => !existsSync(join(root, OUT, file)));
if (missing.length) {
  console.error(`\n${OUT}/ lacks ${missing.join(', ')}.`);
  process.exit(1);
}
console.log(`\n${OUT}/ is ready: copy it to any web server (see README.md, "Host the catalogue for your organisation").`);
