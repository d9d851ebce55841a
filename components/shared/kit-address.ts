/**
 * Where this copy of the kit lives, for the script line of the embed code:
 * the address the page actually loaded `lnob-charts.js` from (the entry
 * module, index.ts, records its own `import.meta.url`: only the entry is
 * sure to be that file, any other module may be split into a chunk), else the
 * versioned CDN address. A page that bundles the kit itself (npm users) gets
 * the CDN address: its own bundle is not a file a partner's page can load.
 */
/** Set by the build (vite.config.ts) from package.json; absent when the source runs untransformed (tests). */
declare const __LNOB_VERSION__: string | undefined;

export const PACKAGE_NAME = 'lnob-charts';

/** The versioned CDN URL of the standalone bundle. */
export function scriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/lnob-charts.js`;
}

export const KIT_VERSION: string = typeof __LNOB_VERSION__ === 'string' ? __LNOB_VERSION__ : '0.0.0';

/** `…/lnob-charts.js`, with no query or fragment the page added. */
const STANDALONE = /^[^?#]*\/lnob-charts\.js(?=$|[?#])/;

let entryUrl = '';

/** Called once by the entry module with its own address. */
export function recordKitUrl(url: string): void {
  entryUrl = url;
}

export function kitAddress(moduleUrl: string = entryUrl): string {
  return STANDALONE.exec(moduleUrl)?.[0] ?? scriptUrl(KIT_VERSION);
}
