/**
 * Screenshots of maps of a country's own areas at 360 and 800 px, in English and Arabic, for people to look at:
 *   npx wtr --config test/geo/shapes-screenshots.config.js
 * writes test/geo/screenshots/*.png (not committed).
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

export default {
  ...base,
  files: ['test/geo/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
