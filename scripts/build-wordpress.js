#!/usr/bin/env node
/**
 * `npm run build:wordpress`: the WordPress plugin as `lnob-charts-wordpress.zip`,
 * ready for wp-admin's "Upload plugin". It holds wordpress/ (PHP, blocks,
 * translations), the kit's standalone bundle (dist/lnob-charts.js and its
 * chunks, loaded from the site itself), elements.json (the elements'
 * attributes, templates, themes and column roles, read from
 * custom-elements.json so the allow-list and the block follow the kit, and
 * the block's per-template choices from the built registry), the
 * compiled translations (.mo, and JSON for the editor script) and the
 * version in the plugin header. Builds the kit first when dist/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHOICE_SOURCES, blockChoices } from './wordpress/choices.js';
import { readPo, scriptJson, writeMo } from './wordpress/gettext.js';
import { zip } from './wordpress/zip.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(root, 'wordpress');
const output = join(root, 'lnob-charts-wordpress.zip');
/** The plugin's folder inside the zip: WordPress installs it as wp-content/plugins/lnob-charts. */
const FOLDER = 'lnob-charts';
/** The editor script whose words WordPress looks up in JSON files named after its path. */
const EDITOR_SCRIPT = 'blocks/editor.js';
/** WordPress locales for the kit's languages; Portuguese serves Portugal and Brazil. */
const LOCALES = { fr_FR: 'fr', es_ES: 'es', pt_PT: 'pt', pt_BR: 'pt', ar: 'ar' };

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The quoted literals of a manifest type such as `'a' | 'b' | (string & {})`. */
function literals(type) {
  return [...(type ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

/** What the plugin needs to know about the elements, from custom-elements.json, and the block's choices. */
async function elements(version) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const element = (tag) => declarations.find((declaration) => declaration.tagName === tag);
  const chart = element('lnob-chart');
  const stat = element('lnob-stat');
  if (!chart || !stat) throw new Error('custom-elements.json has no <lnob-chart> or <lnob-stat>: run `npm run build`.');
  const attribute = (name) => chart.attributes.find((entry) => entry.name === name);
  const roles = {};
  for (const entry of chart.attributes) {
    if (entry.name.endsWith('-column')) roles[entry.name.replace(/-column$/, '')] = entry.templates ?? [];
  }
  return {
    version,
    templates: literals(attribute('template')?.type?.text),
    themes: literals(attribute('theme')?.type?.text),
    roles,
    ...(await blockChoices(root)),
    elements: {
      'lnob-chart': chart.attributes.map((entry) => entry.name),
      'lnob-stat': stat.attributes.map((entry) => entry.name),
    },
  };
}

/** The ids the editor script translates: `__('…', 'lnob-charts')`. */
function scriptIds(source) {
  return new Set([...source.matchAll(/__\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'lnob-charts'\s*\)/g)].map((match) => match[1].replace(/\\(.)/g, '$1')));
}

/** The zip's entries: the plugin's own files, generated files and the kit. */
async function entries() {
  const needed = ['dist/lnob-charts.js', 'custom-elements.json', ...CHOICE_SOURCES];
  if (needed.some((file) => !existsSync(join(root, file)))) {
    console.log('dist/ is missing: building the kit first (npm run build)…');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const list = [];
  const add = (name, data) => list.push({ name: `${FOLDER}/${name}`, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });

  for (const path of files(plugin)) {
    const name = relative(plugin, path);
    let data = readFileSync(path);
    if (name === 'lnob-charts.php') data = Buffer.from(data.toString('utf8').replace(/^( \* Version:\s+).*$/m, `$1${version}`));
    add(name, data);
  }
  add('elements.json', JSON.stringify(await elements(version), null, '\t'));

  const usedIds = scriptIds(readFileSync(join(plugin, EDITOR_SCRIPT), 'utf8'));
  const scriptHash = createHash('md5').update(EDITOR_SCRIPT).digest('hex');
  for (const [locale, language] of Object.entries(LOCALES)) {
    const po = join(plugin, 'languages', `lnob-charts-${language}.po`);
    const messages = readPo(readFileSync(po, 'utf8'));
    add(`languages/lnob-charts-${locale}.mo`, writeMo(messages));
    add(`languages/lnob-charts-${locale}-${scriptHash}.json`, scriptJson(messages, locale, usedIds));
  }

  // The standalone bundle and the chunks it imports from its own folder; no source maps (they triple the size).
  const dist = join(root, 'dist');
  add('dist/lnob-charts.js', readFileSync(join(dist, 'lnob-charts.js')));
  for (const path of files(join(dist, 'chunks')).filter((name) => name.endsWith('.js'))) {
    add(`dist/${relative(dist, path)}`, readFileSync(path));
  }
  return list;
}

const list = (await entries()).map((entry) => ({ ...entry, name: entry.name.split('\\').join('/') }));
writeFileSync(output, zip(list));
console.log(`${relative(root, output)}: ${list.length} files, ${(statSync(output).size / 1024).toFixed(0)} kB`);
