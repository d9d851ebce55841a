/**
 * The chart block's per-template choices, for elements.json: each template
 * option and each capability the kit adds to some templates (annotations,
 * small multiples, the year control), with the templates it applies to. Read
 * from the built kit (dist/lib) by the rules the kit itself applies, so the
 * sidebar shows a choice exactly where the chart uses it:
 * - options: the registry's own (`template.options`);
 * - `annotations`: templates whose drawing has a time or category axis (the
 *   annotation layer's `layerAxis`, on the compiled spec, as the chart plan decides);
 * - `facet-column`: render/facets.ts's FACET_TEMPLATES (the builder's rule too);
 * - `year`, `year-control`: templates with `years` (render/years.ts's rule).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The files of the built kit this module reads (the caller builds the kit when one is missing). */
export const CHOICE_SOURCES = ['dist/lib/templates/index.js', 'dist/lib/render/facets.js', 'dist/lib/render/compile.js', 'dist/lib/templates/annotation-layer.js'];

/**
 * @typedef {object} Choice
 * @property {string} name The element's attribute.
 * @property {'string' | 'number' | 'list' | 'enum' | 'boolean' | 'column'} type `column`: one of the data's columns.
 * @property {string[]} [values] An enum's values.
 * @property {string} [default] The template's default, as the attribute writes it.
 * @property {string} description The registry's English (shown when the editor has no words of its own for it).
 * @property {string[]} templates The templates it applies to.
 */

/**
 * @returns {Promise<{ names: Record<string, string>, choices: Choice[] }>} Each template's name in the registry (the
 * block's words for a template it has none for), and the choices: options first, in the registry's order, then the
 * capabilities.
 */
export async function blockChoices(root) {
  for (const file of CHOICE_SOURCES) if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\`.`);
  const load = (file) => import(pathToFileURL(join(root, file)).href);
  const [registry, { FACET_TEMPLATES }, { compileTemplate }, { layerAxis }] = await Promise.all(CHOICE_SOURCES.map(load));
  const { readOptions } = await load('dist/lib/templates/options.js');
  const templates = registry.templateIds().map((id) => registry.getTemplate(id));

  const options = new Map();
  for (const template of templates) {
    for (const option of template.options) {
      const known = options.get(option.attribute);
      if (known) {
        known.templates.push(template.id);
        continue;
      }
      options.set(option.attribute, {
        name: option.attribute,
        type: option.type,
        ...(option.values ? { values: [...option.values] } : {}),
        ...(option.default != null ? { default: String(option.default) } : {}),
        description: option.description.replace(/`/g, ''),
        templates: [template.id],
      });
    }
  }

  const annotated = [];
  for (const template of templates) {
    const { spec } = await compileTemplate(template, readOptions(template, () => null), { fixedHeight: false });
    if (layerAxis(spec)) annotated.push(template.id);
  }
  const withYears = templates.filter((template) => template.years === true).map((template) => template.id);
  const names = Object.fromEntries(templates.map((template) => [template.id, template.name]));
  const choices = [
    ...options.values(),
    { name: 'annotations', type: 'string', description: 'Events and call-outs marked on the chart.', templates: annotated },
    { name: 'facet-column', type: 'column', description: 'Small multiples: one small chart per value of this column.', templates: [...FACET_TEMPLATES] },
    { name: 'year', type: 'number', description: 'The year shown first (default: the latest).', templates: withYears },
    { name: 'year-control', type: 'enum', values: ['none'], description: 'none hides the year control.', templates: withYears },
  ];
  return { names, choices };
}
