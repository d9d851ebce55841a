/**
 * How the kit fits a site's security policies, in one place:
 *
 * - **The page-level `csp` switch**: `<meta name="lnob-charts-csp" content="strict">` in the page's `<head>` makes
 *   every chart on the page behave as with `csp="strict"` (expressions in Vega's interpreter, never `eval`), so a
 *   strict page sends no `eval` report to its CSP endpoint, without an attribute on each chart.
 * - **Trusted Types**: the kit's HTML templates (Lit's) go through a Trusted Types policy named **`lnob-charts`**,
 *   not Lit's shared `lit-html` name, so a page that already loaded another copy of Lit (which took `lit-html`)
 *   still gets its charts. A page that allows only `lit-html` still works (the kit then uses that name). When the
 *   page allows neither, the console says which names to allow, and every chart fires `lnob-error`.
 *
 * This module must run before Lit's own module (it is the first import of the kit's entry point): Lit creates its
 * policy when it loads. For that one moment the factory's `createPolicy` is wrapped so that Lit's request is made
 * under the kit's name; the wrapper removes itself at once (or at the end of the current task, whichever first).
 */

/** The Trusted Types policy name the kit creates: allow it in the page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'lnob-charts';

/** The `<meta name>` of the page-level switch. */
export const CSP_META = 'lnob-charts-csp';

/**
 * True when the page's `<head>` holds `<meta name="lnob-charts-csp" content="strict">`: every chart then draws as
 * with `csp="strict"`. Read at each render, so a meta tag a CMS adds late still counts for charts drawn after it.
 */
export function strictPage(): boolean {
  const meta = document.querySelector(`meta[name="${CSP_META}" i]`);
  return meta?.getAttribute('content')?.trim().toLowerCase() === 'strict';
}

/** Why the kit could not create a Trusted Types policy (the page's policy refused both names), or undefined. */
let trustedTypesRefusal: string | undefined;

/** The message for a page whose Trusted Types policy refuses the kit's policy names; undefined when all is well. */
export function trustedTypesProblem(): string | undefined {
  return trustedTypesRefusal;
}

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

/**
 * Whether the page requires Trusted Types for HTML (`require-trusted-types-for 'script'`): a plain string given to
 * `innerHTML` is then refused. Asked only once the page has refused the kit a policy (a page already in trouble).
 */
function trustedTypesRequired(): boolean {
  try {
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
}

function adoptLitPolicy(): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return;
  const original = factory.createPolicy;
  let installed = false;
  const restore = () => {
    if (!installed) return;
    installed = false;
    try {
      delete (factory as Partial<PolicyFactory>).createPolicy;
      if (factory.createPolicy !== original) factory.createPolicy = original;
    } catch {
      /* a frozen factory was never wrapped */
    }
  };
  const wrapper = function (this: unknown, name: string, rules: object): unknown {
    if (name !== 'lit-html') return original.call(factory, name, rules);
    restore();
    try {
      return original.call(factory, TRUSTED_TYPES_POLICY, rules);
    } catch (ours) {
      try {
        // A page that allows only `lit-html` (and has no other copy of Lit) keeps working as before.
        return original.call(factory, 'lit-html', rules);
      } catch {
        const advice =
          `lnob-charts: this page's Trusted Types policy refused the policy "${TRUSTED_TYPES_POLICY}" (${(ours as Error).message}). ` +
          `Add ${TRUSTED_TYPES_POLICY} to the page's \`trusted-types\` directive (e.g. \`trusted-types ${TRUSTED_TYPES_POLICY}\`, ` +
          `with 'allow-duplicates' if lnob-charts.js may load twice).`;
        if (trustedTypesRequired()) {
          trustedTypesRefusal = `${advice} The page requires Trusted Types, so the charts cannot draw.`;
          console.error(trustedTypesRefusal);
        } else {
          console.warn(`${advice} The page does not require Trusted Types, so the charts draw without a policy.`);
        }
        return undefined; // Lit then works without a policy wherever the page does not require Trusted Types
      }
    }
  };
  try {
    factory.createPolicy = wrapper;
    installed = factory.createPolicy === wrapper;
  } catch {
    return;
  }
  // Lit loads in the same task as this module; if it was loaded before (the page's own copy), never wait for it.
  setTimeout(restore);
}

adoptLitPolicy();
