/**
 * Screenshots of charts with long labels at 360 and 800 px, in English and Arabic, for people to look at:
 *   npx wtr --config test/labels/screenshots.config.js
 * writes test/labels/screenshots/*.png (not committed). The assertions are in labels.test.ts.
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from './screenshot-plugin.js';

export default {
  ...base,
  files: ['test/labels/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
