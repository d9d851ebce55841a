#!/usr/bin/env node
/**
 * `npm test`: type check, lint, then the browser tests, and one closing line
 * over all of them — `N passed, N failed` — which CI reads. The type check
 * and the lint count as one test each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies } from './ensure-setup.js';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();

const totals = { passed: 0, failed: 0, skipped: 0 };
const countsFile = join(mkdtempSync(join(tmpdir(), 'lnob-test-')), 'counts.json');

function step(name, command, args, counted) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, LNOB_COUNTS: countsFile } });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (counted && existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (!ok && counts.failed === 0) totals.failed++; // the runner failed without a failing test (e.g. it could not start)
  } else {
    if (ok) totals.passed++;
    else totals.failed++;
  }
  console.log(`── ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
}

step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], false);
step('lint', 'npx', ['eslint', '.'], false);
// The browser tests load the standalone bundle too (snippets, the strict-CSP page), so build first.
step('build', 'npm', ['run', '--silent', 'build'], false);
step('browser tests', 'npx', ['wtr'], true);

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
