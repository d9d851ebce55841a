/**
 * Screenshots of small multiples at 360 and 800 px, in English and Arabic, for people to look at:
 *   npx wtr --config test/facets/screenshots.config.js
 * writes test/facets/screenshots/*.png (not committed). The assertions are in facets.test.ts.
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

export default {
  ...base,
  files: ['test/facets/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
