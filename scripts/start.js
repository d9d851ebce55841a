#!/usr/bin/env node
/**
 * `npm start`: builds the standalone bundle (dist/lnob-charts.js) and the
 * elements' manifest (custom-elements.json), then opens the catalogue —
 * Storybook on http://localhost:6006 — with the demo page beside it at
 * /demo/index.html. Extra arguments go to `storybook dev`
 * (e.g. `npm start -- --port 7007 --no-open`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-setup.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit code ${result.status ?? result.signal}). Fix the error above, then run npm start again.`);
    process.exit(result.status ?? 1);
  }
}

process.chdir(root);
ensureDependencies(); // a fresh clone: npm ci from the lock file first

run('Building the kit (dist/lnob-charts.js)', bin('vite'), ['build', '--logLevel', 'warn']);
run('Reading the elements’ API (custom-elements.json)', bin('cem'), ['analyze', '--litelement']);

const args = process.argv.slice(2);
const portIndex = args.findIndex((arg) => arg === '--port' || arg === '-p');
const port = portIndex >= 0 ? args[portIndex + 1] : '6006';
const passed = portIndex >= 0 ? args : ['--port', port, ...args];

console.log(`\n── Starting the catalogue
   Catalogue: http://localhost:${port}/
   Demo page: http://localhost:${port}/demo/index.html
   Stop with Ctrl+C.\n`);

const storybook = spawn(bin('storybook'), ['dev', '--host', 'localhost', ...passed], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));
storybook.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
