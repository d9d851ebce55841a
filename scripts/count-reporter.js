/**
 * A web-test-runner reporter that ends the run with one plain line CI can
 * read: `wtr: N passed, N failed, N skipped`. It also writes the counts to
 * a JSON file when LNOB_COUNTS is set, so `npm test` can add them up.
 */
import { writeFileSync } from 'node:fs';

function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function countReporter(label) {
  const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no test results but did fail.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      totals.failed += totals.fileErrors;
      if (process.env.LNOB_COUNTS) writeFileSync(process.env.LNOB_COUNTS, JSON.stringify(totals));
      process.on('exit', () => {
        console.log(`${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
