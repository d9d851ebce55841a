import { expect } from '@open-wc/testing';
import { parse } from 'vega';
import { compileKey } from '../../render/compile.js';
import type { ParsedAtBuild } from '../../render/parsed-at-build.js';
import { chartTheme } from '../../render/theme.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import { readOptions } from '../../templates/options.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { scaledBudget } from '../time-budget.js';
import { drawnFromBundle } from './drawn-from-bundle.js';

/**
 * The built kit (dist/) ships each template's usual chart already parsed (scripts/precompile-plugin.ts, issue 21).
 * A page uses it only when the chart's spec and config are exactly those it was parsed from; here, that the build's
 * parse is what the page would have made, for the config a chart without theme or page tokens has.
 */
/**
 * Vega names a dataset without a name (inline values) from a counter that runs page-wide (`_:vega:_3`): the same spec
 * parsed after others gets other numbers, which only need to differ within one view. Numbered here by first use.
 */
function anonymous(runtime: string): string {
  const names = new Map<string, number>();
  return runtime.replace(/_:vega:_\d+/g, (name) => {
    if (!names.has(name)) names.set(name, names.size);
    return `_:vega:#${names.get(name)}`;
  });
}

/**
 * A dataflow as text, compared as Vega uses it: a view made from it turns its event config's lists into sets in place
 * (`allow: ['wheel']` becomes `{ wheel: true }`, vega-view's initializeEventConfig), and the charts drawn above have
 * used the shipped ones.
 */
function comparable(runtime: object): string {
  const copy = JSON.parse(JSON.stringify(runtime)) as { eventConfig?: { defaults?: Record<string, unknown> } };
  const defaults = copy.eventConfig?.defaults;
  for (const key of ['prevent', 'allow']) {
    const value = defaults?.[key];
    if (Array.isArray(value)) defaults![key] = Object.fromEntries(value.map((type: string) => [type, true]));
  }
  return anonymous(JSON.stringify(copy));
}

describe('Vega dataflows parsed at build', () => {
  it('each template ships its usual spec parsed with the default theme, equal to parsing it in the page', async function () {
    this.timeout(scaledBudget(60_000));
    performance.setResourceTimingBufferSize(10_000); // the test page's own modules fill the default 250
    await import(/* @vite-ignore */ `${location.origin}/dist/lnob-charts.js`);
    for (const id of templateIds()) {
      const sample = samples.find((each) => each.template === id)!;
      (await drawnFromBundle(sampleMarkup(sample, { eager: '' }))).remove();
    }
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/dist\/chunks\/[^/]+\.js$/.test(new URL(name).pathname));
    const found = new Map<string, { parsed: ParsedAtBuild; specs: Record<string, unknown> }>();
    for (const url of chunks) {
      const module = (await import(/* @vite-ignore */ url)) as { parsed?: ParsedAtBuild; default?: Record<string, unknown> };
      if (module.parsed && module.default) found.set(module.parsed.key.split('|')[0]!, { parsed: module.parsed, specs: module.default });
    }
    const theme = chartTheme({ name: undefined }).vega; // what a chart gets without `theme` or `--lnob-*` tokens
    for (const id of templateIds()) {
      const shipped = found.get(id);
      expect(shipped !== undefined, `${id}'s specs carry a parsed dataflow`).to.equal(true);
      const template = getTemplate(id)!;
      expect(shipped!.parsed.key).to.equal(compileKey(template, readOptions(template, () => null), { fixedHeight: false }));
      expect(shipped!.parsed.configKey === theme.key, `${id}: parsed with the default theme's config`).to.equal(true);
      const spec = shipped!.specs[shipped!.parsed.key] as Parameters<typeof parse>[0];
      const inPage = JSON.stringify(parse(spec, theme.config, { ast: false })); // (a copy: parse shares config objects)
      expect(comparable(shipped!.parsed.runtime) === comparable(JSON.parse(inPage) as object), `${id}: the build's parse equals the page's`).to.equal(true);
    }
  });
});
