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
import { ensureChromium, ensureDependencies, ensureWordPressPackages } from './ensure-setup.js';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();
ensureWordPressPackages();

const totals = { passed: 0, failed: 0, skipped: 0 };
const countsFile = join(mkdtempSync(join(tmpdir(), 'lnob-test-')), 'counts.json');

/**
 * Runs one step. `counted`: 'files' reads the counts the web-test-runner
 * reporter wrote, 'tap' reads node's test runner summary, otherwise the step
 * counts as one test.
 */
function step(name, command, args, counted) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const env = { ...process.env, LNOB_COUNTS: countsFile };
  const result = spawnSync(command, args, { stdio: counted === 'tap' ? ['inherit', 'pipe', 'inherit'] : 'inherit', env, encoding: 'utf8' });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts;
  if (counted === 'files' && existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  if (counted === 'tap') {
    process.stdout.write(result.stdout ?? '');
    const read = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(result.stdout ?? '')?.[1] ?? 0);
    // Cancelled tests (a `before` hook that failed, e.g. a missing package) are failures too.
    counts = { passed: read('pass'), failed: read('fail') + read('cancelled'), skipped: read('skipped') + read('todo') };
  }
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (!ok && counts.failed === 0) totals.failed++; // the runner failed without a failing test (e.g. it could not start)
  } else if (ok) totals.passed++;
  else totals.failed++;
  console.log(`── ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
}

step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.']);
// The browser tests load the standalone bundle too (snippets, the strict-CSP page), so build first.
step('build', 'npm', ['run', '--silent', 'build']);
step('browser tests', 'npx', ['wtr'], 'files');
// CI also builds the static catalogue (about 2 minutes) so that its test runs; locally it is checked when built.
if (process.env.CI && !process.env.LNOB_BUILD_SITE) process.env.LNOB_BUILD_SITE = '1';
step('command-line tests', process.execPath, ['--test', '--test-reporter=tap', 'test/node/'], 'tap');
// The plugin's zip in a real WordPress (Debian's wordpress, MariaDB, PHP: .ci/run installs them).
step('WordPress tests', process.execPath, ['--test', '--test-reporter=tap', 'test/wordpress/'], 'tap');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
