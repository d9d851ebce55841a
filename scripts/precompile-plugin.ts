import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { Spec as VegaSpec } from 'vega';
import type { ParsedAtBuild } from '../render/parsed-at-build.js';
import type { ChartTemplate, OptionValue, Options } from '../templates/types.js';

/**
 * Precompiles every built-in template's Vega-Lite specs to Vega at build
 * time, so pages never download or run the Vega-Lite compiler for them
 * (issue 8: ~89 KiB gzip and 1.35–1.5× render time saved).
 *
 * Each template's structural options are enumerated (enum values, true/false;
 * other types at their default), times fixed and step-sized height. The
 * result replaces `render/precompiled.ts` with one lazily imported chunk per
 * template. A configuration outside that set still compiles in the browser.
 *
 * Each template's usual chart (its options at their defaults, in the default
 * theme, left to right) also ships parsed: Vega's dataflow as `vega.parse`
 * makes it from that spec and the theme's config (issue 21: parsing is the
 * first chart's largest single step, ~20 ms on a desktop and ~95 ms with the
 * CPU slowed 4×). The page uses it only when the chart's config is that one
 * (render/parsed-at-build.ts); any other chart is parsed in the browser.
 */
const VIRTUAL = 'virtual:lnob-precompiled/';

export function precompileTemplates(root: string): Plugin {
  let tables: Map<string, Record<string, VegaSpec>> | undefined;
  let parsed: Map<string, ParsedAtBuild> | undefined;

  async function build(): Promise<{ tables: Map<string, Record<string, VegaSpec>>; parsed: Map<string, ParsedAtBuild> }> {
    const { module: registry } = await runnerImport<typeof import('../templates/index.js')>(resolve(root, 'templates/index.ts'), { configFile: false });
    const { module: compiler } = await runnerImport<typeof import('../render/compile.js')>(resolve(root, 'render/compile.ts'), { configFile: false });
    const { module: bounds } = await runnerImport<typeof import('../templates/uncertainty/draw.js')>(resolve(root, 'templates/uncertainty/draw.ts'), { configFile: false });
    const { module: themes } = await runnerImport<typeof import('../render/theme.js')>(resolve(root, 'render/theme.ts'), { configFile: false });
    const { module: attributes } = await runnerImport<typeof import('../templates/options.js')>(resolve(root, 'templates/options.ts'), { configFile: false });
    const vegaLite = await import('vega-lite');
    const vega = await import('vega');
    // The config a chart has without `theme` or `--lnob-*` tokens, made as a page makes it.
    const { vega: theme } = themes.chartTheme({ name: undefined });
    const tables = new Map<string, Record<string, VegaSpec>>();
    const parsed = new Map<string, ParsedAtBuild>();
    for (const id of registry.templateIds()) {
      const template = registry.getTemplate(id)!;
      // Specs with each value's bounds (templates/uncertainty/) in a chunk of their own, so charts without do not download them.
      const addBounds = template.uncertainty && bounds.BOUND_MARKS[template.uncertainty.marks];
      for (const uncertainty of addBounds ? [undefined, true as const] : [undefined]) {
        const table: Record<string, VegaSpec> = {};
        for (const options of combinations(template)) {
          for (const fixedHeight of [false, true]) {
            const context = { fixedHeight, ...(uncertainty ? { uncertainty } : {}) };
            const { spec, warnings } = compiler.compileSpec(vegaLite, template, options, context, addBounds);
            if (warnings.length) throw new Error(`template "${id}" compiles with warnings: ${warnings.join('; ')}`);
            table[compiler.compileKey(template, options, context)] = spec;
          }
        }
        tables.set(uncertainty ? `${id}${compiler.WITH_BOUNDS}` : id, table);
      }
      // The usual chart (no option attributes, step-sized height), parsed: through JSON, as the page receives it
      // (the parsed dataflow is plain data, expressions as code).
      const key = compiler.compileKey(template, attributes.readOptions(template, () => null), { fixedHeight: false });
      const spec = tables.get(id)?.[key];
      if (!spec) throw new Error(`template "${id}": no precompiled spec for its default options (${key})`);
      const runtime = JSON.parse(JSON.stringify(vega.parse(spec, theme.config, { ast: false }))) as ParsedAtBuild['runtime'];
      parsed.set(id, { key, configKey: theme.key, runtime });
    }
    return { tables, parsed };
  }

  return {
    name: 'lnob-precompile',
    apply: 'build',
    async buildStart() {
      ({ tables, parsed } = await build());
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
      const name = id.slice(VIRTUAL.length + 1);
      const usual = parsed?.get(name);
      return `export default ${JSON.stringify(tables?.get(name) ?? {})};${usual ? `\nexport const parsed = JSON.parse(${JSON.stringify(JSON.stringify(usual))});` : ''}`; // (JSON.parse reads a big object faster than JavaScript)
    },
    transform(_code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/render/precompiled.ts') || !tables) return undefined;
      const entries = [...tables.keys()].map((name) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify(VIRTUAL + name)}),`);
      return { code: `export const precompiledSpecs = {\n${entries.join('\n')}\n};\n`, map: null };
    },
  };
}

/** Every combination of a template's structural options that can be listed. */
function combinations(template: ChartTemplate): Options[] {
  let result: Record<string, OptionValue>[] = [{}];
  for (const option of template.options) {
    if (!option.structural) continue;
    const base = option.default ?? (option.type === 'boolean' ? false : null);
    const values: OptionValue[] =
      option.type === 'enum' ? [...new Set([base, ...(option.values ?? [])])] : option.type === 'boolean' ? [false, true] : [base];
    result = result.flatMap((partial) => values.map((value) => ({ ...partial, [option.attribute]: value })));
  }
  return result;
}

/**
 * In the standalone bundle, the templates' `description` texts (paragraphs written for the catalogue and the
 * README, never shown by a chart) are left out: about 2 KiB gzip that every reader would download for nothing.
 * The npm library and the catalogue, which read the source, keep them.
 */
const DESCRIPTION = /(\bdescription:\s*)((?:'(?:[^'\\\n]|\\.)*'|`[^`$]*`|"(?:[^"\\\n]|\\.)*")(?:\s*\+\s*(?:'(?:[^'\\\n]|\\.)*'|`[^`$]*`|"(?:[^"\\\n]|\\.)*"))*)/g;

export function dropTemplateDescriptions(): Plugin {
  return {
    name: 'lnob-drop-template-descriptions',
    apply: 'build',
    transform(code, id) {
      if (!/\/templates\/(?:[a-z-]+\/)?[a-z-]+\.ts$/.test(id.replace(/\\/g, '/'))) return undefined;
      const stripped = code.replace(DESCRIPTION, "$1''");
      return stripped === code ? undefined : { code: stripped, map: null };
    },
  };
}
