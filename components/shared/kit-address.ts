/**
 * Where this copy of the kit lives, for the script line of the embed code:
 * the address the page actually loaded `lnob-charts.js` from (this module is
 * bundled into that file, so its `import.meta.url` is the file's), else the
 * versioned CDN address. A page that bundles the kit itself (npm users) gets
 * the CDN address: its own bundle is not a file a partner's page can load.
 */
import { scriptUrl } from './embed-code.js';

/** Set by the build (vite.config.ts) from package.json; absent when the source runs untransformed (tests). */
declare const __LNOB_VERSION__: string | undefined;

export const KIT_VERSION: string = typeof __LNOB_VERSION__ === 'string' ? __LNOB_VERSION__ : '0.0.0';

/** `…/lnob-charts.js`, with no query or fragment the page added. */
const STANDALONE = /^[^?#]*\/lnob-charts\.js(?=$|[?#])/;

export function kitAddress(moduleUrl: string = import.meta.url): string {
  return STANDALONE.exec(moduleUrl)?.[0] ?? scriptUrl(KIT_VERSION);
}
