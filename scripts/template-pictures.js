#!/usr/bin/env node
/**
 * `npm run pictures`: the start page's picture of every template, drawn by
 * the kit's own command line (`npx lnob-charts render`) from each template's
 * first sample, as the catalogue shows it. Writes
 * stories/images/templates/<id>.svg and pictures.json (each picture's alt
 * text: the chart's own summary). Run it after changing a template or a
 * sample, and commit the result; it needs the built kit (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'stories', 'images', 'templates');
const cli = join(root, 'bin', 'lnob-charts.js');
/** Wide enough to read, small enough for a grid of cards. */
const WIDTH = 480;

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('The command line is not built: run "npm run build" first.');
  process.exit(1);
}

const { module: catalogue } = await runnerImport(join(root, 'stories', 'catalogue.ts'));
const { module: samples } = await runnerImport(join(root, 'stories', 'samples.ts'));

mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'lnob-pictures-'));
const pictures = [];
try {
  for (const template of catalogue.catalogueTemplates()) {
    const [sample] = samples.samplesFor(template.id);
    if (!sample) continue;
    const data = join(work, `${template.id}.csv`);
    writeFileSync(data, sample.csv);
    const file = `${template.id}.svg`;
    const flags = Object.entries({ template: template.id, ...catalogue.sampleAttributes(sample) }).flatMap(([name, value]) => [`--${name}`, value]);
    const result = spawnSync(process.execPath, [cli, 'render', data, ...flags, '--width', String(WIDTH), '--out', join(out, file)], { encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(`${template.id}: ${result.stderr}`);
      process.exit(1);
    }
    const svg = readFileSync(join(out, file), 'utf8');
    const alt = /<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? template.name;
    pictures.push({ id: template.id, file, alt: decode(alt) });
    console.log(`Wrote stories/images/templates/${file}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
// Pictures of templates no longer registered go.
for (const file of readdirSync(out)) {
  if (file.endsWith('.svg') && !pictures.some((picture) => picture.file === file)) rmSync(join(out, file));
}
writeFileSync(join(out, 'pictures.json'), `${JSON.stringify(pictures, null, 2)}\n`);
console.log('Wrote stories/images/templates/pictures.json');
process.exit(0);

/** The SVG's text as text (it escapes &, <, > and quotes). */
function decode(text) {
  return text.replace(/&(lt|gt|quot|apos|#39|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", amp: '&' })[name]);
}
