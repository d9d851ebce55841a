// Release ready: the package `npm pack` makes installs in a blank project, and every documented way in works there —
// `import 'lnob-charts'` (through a bundler), the standalone file at `lnob-charts/dist/lnob-charts.js` and
// `lnob-charts/lnob-charts.js`, the types, the elements' manifest and `npx lnob-charts render`. Packs the built kit
// (npm test builds first) and installs from npm's cache, so it needs no network once `npm ci` has run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test('npm pack gives a package that installs in a blank project, where every documented entry point resolves and works', { timeout: 300_000 }, async (t) => {
  assert.ok(existsSync(join(ROOT, 'dist', 'lnob-charts.js')), 'dist/ is not built: run "npm run build" first');
  const work = mkdtempSync(join(tmpdir(), 'lnob-pack-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));

  // The kit is built already: skip prepack's rebuild.
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
  const files = packed.files.map((file) => file.path);
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'bin/lnob-charts.js', 'dist/lnob-charts.js', 'dist/lib/index.js', 'dist/types/index.d.ts', 'dist/cli/main.js']) {
    assert.ok(files.includes(file), `the package lacks ${file}`);
  }
  assert.ok(files.some((file) => /^dist\/chunks\/.+\.js$/.test(file)), 'the package lacks the standalone file’s chunks');
  for (const file of files) assert.doesNotMatch(file, /^(test|stories|templates|components|scripts|node_modules|storybook-static|download)\//, `${file} should not ship`);

  const project = join(work, 'blank');
  run('mkdir', ['-p', project], work);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'blank', version: '1.0.0', private: true, type: 'module' }));
  run(npm, ['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], project);

  // Resolution as Node and bundlers do it, from the blank project.
  writeFileSync(
    join(project, 'resolve.js'),
    `for (const id of ['lnob-charts', 'lnob-charts/lnob-charts.js', 'lnob-charts/dist/lnob-charts.js', 'lnob-charts/custom-elements.json', 'lnob-charts/package.json']) console.log(import.meta.resolve(id));`,
  );
  const installed = pathToFileURL(join(project, 'node_modules', name)).href;
  const resolved = run(process.execPath, ['resolve.js'], project).trim().split('\n');
  assert.deepEqual(resolved, [
    `${installed}/dist/lib/index.js`,
    `${installed}/dist/lnob-charts.js`,
    `${installed}/dist/lnob-charts.js`,
    `${installed}/custom-elements.json`,
    `${installed}/package.json`,
  ]);
  for (const url of resolved) assert.ok(existsSync(fileURLToPath(url)), `${url} does not exist`);
  const types = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).types;
  assert.ok(existsSync(join(project, 'node_modules', name, types)), `types ${types} do not exist`);
  assert.equal(JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).version, version);

  // `import 'lnob-charts'` in a site's bundle: Vite (the kit's own, run on the blank project) bundles the library
  // with its dependencies from the blank project's node_modules, and the result defines the elements.
  writeFileSync(join(project, 'main.js'), "import { LnobChart } from 'lnob-charts';\nexport const defined = LnobChart;\n");
  const { build } = await import('vite');
  const output = await build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, lib: { entry: join(project, 'main.js'), formats: ['es'], fileName: 'site' }, rollupOptions: {} },
  });
  const code = [output].flat().flatMap((result) => result.output).map((chunk) => chunk.code ?? '').join('\n');
  assert.match(code, /customElements\.define|\.define\(/, 'the bundle defines the elements');
  assert.match(code, /lnob-chart/);

  // `npx lnob-charts render` from the installed package.
  writeFileSync(join(project, 'poverty.csv'), 'zone,poverty_rate\nNorth West,70%\nNorth East,69%\n');
  run(npm, ['exec', '--offline', '--', 'lnob-charts', 'render', 'poverty.csv', '--category-column', 'zone', '--value-column', 'poverty_rate', '--out', 'chart.svg'], project);
  assert.match(readFileSync(join(project, 'chart.svg'), 'utf8'), /aria-label="North West: 70%" role="graphics-symbol" aria-roledescription="bar"/);
});
