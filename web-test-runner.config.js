import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.js';
import { faultRoutes } from './test/server-middleware.js';
import { strictCsp } from './test/fixtures/csp/csp-middleware.js';
import { heapPlugin } from './test/safety/heap-plugin.js';
import { cliPlugin } from './test/parity/cli-plugin.js';
import { snapshotPlugin } from './test/visual/snapshot-plugin.js';
import { axTreePlugin } from './test/a11y/ax-tree-plugin.js';

/** Browser tests in Debian's Chromium (no browser download), TypeScript through esbuild. */
export const chromium = chromeLauncher({
  // Each test page in its own browser context, so its own window: test files run in parallel, and a page
  // that is a background tab gets no animation frames or intersection callbacks, which the charts rely on.
  createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--js-flags=--expose-gc',
      // Test files run in parallel tabs: keep background tabs' timers, frames and observers running.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
    ],
  },
});

/**
 * JSON imported as a module (`import(…json', { with: { type: 'json' } })`, e.g. the
 * map's shapes): esbuild drops the attribute for the es2022 target, so the
 * browser asks for a script; serve it one. A fetch() of a JSON file (data
 * fixtures) still gets JSON.
 */
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (context) => context.get('sec-fetch-dest'),
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return { body: `export default ${context.body};` };
  },
};

export default {
  // Cross-cutting tests in test/; each template's own tests in its folder.
  files: ['test/**/*.test.ts', 'templates/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faultRoutes(), strictCsp()],
  concurrency: 2,
  concurrentBrowsers: 1,
  browsers: [chromium],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), heapPlugin(chromium), cliPlugin(), snapshotPlugin(), axTreePlugin(chromium), jsonModules],
  reporters: [defaultReporter(), countReporter('wtr')],
  // A test's time limit only catches a hang: it must hold on a busy 2-core machine (CI, or several runs at once).
  // Heavy cases scale their own limits with the load (test/helpers.ts scaledBudget); speed is `npm run bench`'s job.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 20 * 60 * 1000,
};
