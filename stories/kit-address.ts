/**
 * Where the catalogue's code loads the kit from. The published catalogue
 * (`npm run build-storybook`) carries the kit in its own `dist/` folder, so
 * its snippets load it from there — they work as soon as the site is online,
 * whether or not the version is on npm. The dev server and the tests keep
 * the versioned CDN address.
 */
import { buildInfo } from './build-info.js';
import { escapeAttribute, scriptUrl, vegaPreloadTag } from './snippet.js';

/** The kit's address on this site (absolute, so a copied snippet works on another site), or null: the CDN's. */
export function siteKitUrl(): string | null {
  const { kitPath } = buildInfo();
  return kitPath && typeof document !== 'undefined' ? new URL(kitPath, document.baseURI).href : null;
}

/** The address the catalogue's script lines use. */
export function kitScriptUrl(): string {
  return siteKitUrl() ?? scriptUrl(buildInfo().version);
}

/** Code from the snippet generator with its script and Vega preload lines pointed at this site's copy of the kit, when there is one. */
export function fromThisSite(code: string): string {
  const own = siteKitUrl();
  if (!own) return code;
  const { version } = buildInfo();
  return code
    .split(`src="${escapeAttribute(scriptUrl(version))}"`)
    .join(`src="${escapeAttribute(own)}"`)
    .split(vegaPreloadTag(version))
    .join(vegaPreloadTag(version, own));
}

