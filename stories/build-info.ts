/**
 * The version and integrity hash the snippets use. Storybook's config
 * computes them at build time (package.json, and a SHA-384 of
 * `dist/lnob-charts.js` when it exists) and defines `__LNOB_BUILD__`;
 * elsewhere (tests) they can be set with `setBuildInfo`.
 */
export interface BuildInfo {
  readonly version: string;
  /** `sha384-…`, or null when the standalone bundle was not built. */
  readonly integrity: string | null;
}

declare const __LNOB_BUILD__: BuildInfo | undefined;

let info: BuildInfo = typeof __LNOB_BUILD__ !== 'undefined' && __LNOB_BUILD__ ? __LNOB_BUILD__ : { version: '0.0.0', integrity: null };

export function buildInfo(): BuildInfo {
  return info;
}

export function setBuildInfo(next: BuildInfo): void {
  info = next;
}
