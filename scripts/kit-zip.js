#!/usr/bin/env node
/**
 * The "Download the kit" zip the static catalogue links from its start page:
 * download/lnob-charts-<version>.zip, one folder with the standalone bundle
 * (lnob-charts.js and its chunks, as `npm run build` wrote them to dist/),
 * the README, the licence and the notice of the bundled data. Unzipped onto
 * any web server, its lnob-charts.js is the script line's address.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { kitZipName } from './kit-zip-name.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes the zip; returns its path. Source maps stay out: they are for the kit's developers, and triple the size. */
export function makeKitZip() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'lnob-charts.js'))) throw new Error('dist/lnob-charts.js is missing: run "npm run build" first.');
  const folder = `lnob-charts-${version}`;
  const files = {
    [`${folder}/lnob-charts.js`]: readFileSync(join(dist, 'lnob-charts.js')),
    ...Object.fromEntries(
      readdirSync(join(dist, 'chunks'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => [`${folder}/chunks/${name}`, readFileSync(join(dist, 'chunks', name))]),
    ),
    ...Object.fromEntries(['README.md', 'LICENSE', 'NOTICE.md'].map((name) => [`${folder}/${name}`, readFileSync(join(root, name))])),
  };
  const out = join(root, 'download');
  rmSync(out, { recursive: true, force: true }); // no zip of an older version is left to link
  mkdirSync(out, { recursive: true });
  const path = join(out, kitZipName(version));
  // A fixed date: the same kit gives the same zip.
  writeFileSync(path, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = makeKitZip();
  console.log(`Wrote ${path.slice(root.length + 1)}`);
}
