/**
 * Screenshots of the keyboard's focus ring, for people to look at: `npx wtr --config test/a11y/screenshots.config.js`.
 */
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

export default {
  ...base,
  files: ['test/a11y/*.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium)],
};
