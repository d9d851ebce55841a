/**
 * The pictures on the catalogue's design notes (every template at 360 px and its three share images):
 *   npm run design-pictures
 * writes stories/images/design/ (committed: look at them before committing).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import base, { chromium } from '../../web-test-runner.config.js';
import { screenshotPlugin } from '../labels/screenshot-plugin.js';

/** `lnob-write-file` { path, base64 }: writes a file the page made (a share image) into the repository. */
function writeFilePlugin() {
  return {
    name: 'lnob-write-file',
    async executeCommand({ command, payload }) {
      if (command !== 'lnob-write-file') return undefined;
      if (!payload.path.startsWith('stories/images/design/')) throw new Error(`refusing to write ${payload.path}`);
      await mkdir(dirname(payload.path), { recursive: true });
      await writeFile(payload.path, Buffer.from(payload.base64, 'base64'));
      return true;
    },
  };
}

export default {
  ...base,
  files: ['test/visual/design-pictures.look.ts'],
  plugins: [...base.plugins, screenshotPlugin(chromium), writeFilePlugin()],
};
