/**
 * The visual snapshots, with a PNG of every drawing saved beside its SVG in test/visual/output/ (not committed),
 * for people to look at:
 *   npx wtr --config test/visual/look.config.js
 * Snapshots are compared as in `npm test`; add UPDATE_SNAPSHOTS=1 to rewrite them.
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

process.env.LNOB_LOOK = '1';

export default {
  ...base,
  files: ['test/visual/*.test.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
