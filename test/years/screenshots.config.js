/**
 * Screenshots of the year control on a map and on ranked bars at 360 and 800 px, in English and Arabic, for people
 * to look at:
 *   npx wtr --config test/years/screenshots.config.js
 * writes test/years/screenshots/*.png (not committed).
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

export default {
  ...base,
  files: ['test/years/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
