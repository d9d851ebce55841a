/**
 * web-test-runner plugin for the parity test: the command `lnob-cli-render`
 * draws a chart with the real command line (`npx lnob-charts render`, built
 * by `npm run build`) in Node and answers its SVG, so a browser test can set
 * it beside what `<lnob-chart>` drew from the same file and attributes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function cliPlugin() {
  return {
    name: 'lnob-cli-render',
    async executeCommand({ command, payload }) {
      if (command !== 'lnob-cli-render') return undefined;
      const dir = mkdtempSync(join(tmpdir(), 'lnob-parity-'));
      const out = join(dir, 'chart.svg');
      const flags = Object.entries(payload.attributes).flatMap(([name, value]) => [`--${name}`, value]);
      const args = ['bin/lnob-charts.js', 'render', payload.file, ...flags, '--width', String(payload.width), '--out', out];
      try {
        const { status, stderr } = await run(process.execPath, args);
        return { status, stderr, svg: status === 0 ? readFileSync(out, 'utf8') : '' };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Runs a command without blocking the test server (other test files go on meanwhile). */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
