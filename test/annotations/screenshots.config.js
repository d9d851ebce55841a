/**
 * Screenshots of annotated charts at 360 and 800 px, in English and Arabic, for people to look at:
 *   npx wtr --config test/annotations/screenshots.config.js
 * writes test/annotations/screenshots/*.png (not committed). The assertions are in annotations.test.ts.
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

export default {
  ...base,
  files: ['test/annotations/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
