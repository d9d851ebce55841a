import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * web-test-runner plugin for looking at charts: the command `lnob-screenshot` saves a PNG of the
 * element matching `selector` to `path`; `host >>> inner` finds `inner` in the shadow root of `host`.
 * Used by test/labels/screenshots.config.js only; the PNGs are for people to look at.
 */
export function screenshotPlugin(launcher) {
  return {
    name: 'lnob-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lnob-screenshot') return undefined;
      const page = launcher.getPage(session.id);
      const handle = await page.evaluateHandle(
        (selector) => selector.split(' >>> ').reduce((scope, part, i) => (i === 0 ? scope : scope?.shadowRoot)?.querySelector(part) ?? null, document),
        payload.selector,
      );
      await mkdir(dirname(payload.path), { recursive: true });
      // PNG unless the caller asks for another type (`type: 'webp'`, `quality`: pictures committed to the catalogue).
      await handle.asElement().screenshot({ path: payload.path, ...(payload.type ? { type: payload.type, quality: payload.quality } : {}) });
      return true;
    },
  };
}
