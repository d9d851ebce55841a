/**
 * Screenshots of the builder at 360 and 1100 px, in English and Arabic, for people to look at:
 *   npx wtr --config test/builder/screenshots.config.js
 * writes test/builder/screenshots/*.png (not committed) and the pictures of the builder shown on the catalogue's
 * start page and in the README (stories/images/builder/*.png, committed). The assertions are in builder.test.ts.
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

export default {
  ...base,
  files: ['test/builder/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
