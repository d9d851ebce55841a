/**
 * The version and integrity hash the snippets use, and what the static
 * catalogue carries besides. Storybook's config computes them at build time
 * (package.json, a SHA-384 of `dist/lnob-charts.js` when it exists, the
 * files beside it) and defines `__LNOB_BUILD__`; elsewhere (tests) they can
 * be set with `setBuildInfo`.
 */
export interface BuildInfo {
  readonly version: string;
  /** `sha384-…`, or null when the standalone bundle was not built. */
  readonly integrity: string | null;
  /**
   * The static catalogue's own copy of the kit, from the site's root (`dist/lnob-charts.js`): its snippets load the
   * kit from there. Null in the dev server and the tests, whose snippets keep the CDN address.
   */
  readonly kitPath?: string | null;
  /** The "Download the kit" zip, from the site's root, when it was built (`download/lnob-charts-<version>.zip`). */
  readonly download?: string | null;
  /** The builder's folder, from the site's root, when it was built (`builder/`). */
  readonly builder?: string | null;
}

declare const __LNOB_BUILD__: BuildInfo | undefined;

let info: BuildInfo = typeof __LNOB_BUILD__ !== 'undefined' && __LNOB_BUILD__ ? __LNOB_BUILD__ : { version: '0.0.0', integrity: null };

export function buildInfo(): BuildInfo {
  return info;
}

export function setBuildInfo(next: BuildInfo): void {
  info = next;
}
