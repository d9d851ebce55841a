/**
 * A Custom Elements Manifest analyzer plugin: the attributes of `<lnob-chart>`
 * that the element observes from the template registry rather than declares
 * one by one — every `<role>-column` and every template option — written into
 * custom-elements.json from the built registry (dist/lib, made by `vite build`
 * just before `cem analyze`), with their values as a union type, their
 * default, their description and the templates that read them. Nothing here
 * is written by hand: a new template's options reach editors and the
 * catalogue's reference page by themselves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The built registry, or why it could not be read (the plugin then fails the analysis with that reason). */
export async function loadRegistry(root = process.cwd()) {
  const file = join(root, 'dist/lib/templates/index.js');
  if (!existsSync(file)) return { missing: `${file} does not exist: run \`npm run build\` (or \`vite build\`) before \`cem analyze\`.` };
  try {
    const registry = await import(pathToFileURL(file).href);
    const { ROLE_NAMES } = await import(pathToFileURL(join(root, 'dist/lib/core/roles.js')).href);
    return { templates: registry.templateIds().map((id) => registry.getTemplate(id)), roles: ROLE_NAMES };
  } catch (error) {
    // The analyzer carries on without a config that throws: fail through the plugin instead, with the reason.
    return { missing: `the built registry in dist/lib could not be read (${error.message}): run \`npm run build\`.` };
  }
}

const code = (text) => `\`${text}\``;
const quote = (value) => `'${value}'`;

/** Groups the templates by a text they declare, so one shared description or default is written once. */
function byText(entries) {
  const groups = new Map();
  for (const { template, text } of entries) groups.set(text, [...(groups.get(text) ?? []), template]);
  return [...groups];
}

/** The type an option's attribute takes, in TypeScript's words: enumerated values as a union of literals. */
function optionType(declarations) {
  const values = [...new Set(declarations.flatMap(({ option }) => option.values ?? []))];
  if (values.length) return values.map(quote).join(' | ');
  const { type } = declarations[0].option;
  return type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string';
}

/** One attribute for an option several templates may declare, each with its own wording and default. */
export function optionAttribute(attribute, declarations) {
  const ids = declarations.map(({ template }) => template.id);
  const descriptions = byText(declarations.map(({ template, option }) => ({ template: template.id, text: option.description })));
  const description =
    descriptions.length === 1
      ? descriptions[0][0]
      : descriptions.map(([text, templates]) => `${templates.map(code).join(', ')}: ${text}`).join(' ');
  const lists = declarations.some(({ option }) => option.type === 'list') ? ' A list: separate the items with `;`.' : '';
  const ranged = declarations.find(({ option }) => option.range)?.option;
  const range = ranged ? ` ${ranged.integer ? 'A whole number' : 'A number'} from ${ranged.range[0]} to ${ranged.range[1]}.` : '';
  const defaults = byText(declarations.map(({ template, option }) => ({ template: template.id, text: option.default == null ? undefined : String(option.default) })));
  const entry = {
    name: attribute,
    type: { text: optionType(declarations) },
    description: `${description}${lists}${range} Template option of ${ids.map(code).join(', ')}.`,
    templates: ids,
  };
  // As the schema says: the attribute's own text, not a JavaScript expression.
  if (defaults.length === 1 && defaults[0][0] !== undefined) entry.default = defaults[0][0];
  else if (defaults.length > 1) {
    const each = defaults.map(([value, templates]) => `${value === undefined ? 'none' : code(value)} for ${templates.map(code).join(', ')}`);
    entry.description += ` Default: ${each.join('; ')}.`;
  }
  return entry;
}

/**
 * An attribute's default as the schema wants it, the attribute's own text: the
 * analyzer writes the field's initialiser (`'svg'`, `null`), and `null` means
 * the attribute is absent, so it has no default to give.
 */
function attributeDefault(attribute) {
  if (attribute.default === 'null' || attribute.default === 'undefined') delete attribute.default;
  else if (/^'[^']*'$/.test(attribute.default ?? '')) attribute.default = attribute.default.slice(1, -1);
}

/** One attribute per role: which column plays it when the file names it otherwise. */
export function roleAttribute(role, templates) {
  const users = templates.flatMap((template) => template.roles.filter((r) => r.name === role).map((r) => ({ template: template.id, text: r.meaning })));
  const meanings = byText(users).map(([text, ids]) => `${ids.map(code).join(', ')}: ${text}`);
  return {
    name: `${role}-column`,
    type: { text: 'string' },
    default: role,
    description:
      `The column that plays the ${code(role)} role, when it is not called ${code(role)}.` +
      (meanings.length ? ` ${meanings.join('; ')}.` : ' No built-in template reads this role.'),
    templates: users.map((user) => user.template),
  };
}

/** Every registry-driven attribute of `<lnob-chart>`, in the order a reader meets them: roles, then options. */
export function registryAttributes({ templates, roles }) {
  const options = new Map();
  for (const template of templates) {
    for (const option of template.options) options.set(option.attribute, [...(options.get(option.attribute) ?? []), { template, option }]);
  }
  return [
    ...roles.map((role) => roleAttribute(role, templates)),
    ...[...options].map(([attribute, declarations]) => optionAttribute(attribute, declarations)),
  ];
}

/**
 * The plugin. `registry` is what loadRegistry() gave (loaded before the
 * analysis, as plugins' phases run synchronously). An attribute the element's
 * JSDoc already documents keeps its words; the registry adds what is missing.
 */
export function templateRegistryPlugin(registry, tagName = 'lnob-chart') {
  return {
    name: 'lnob-template-registry',
    packageLinkPhase({ customElementsManifest }) {
      if (registry.missing) throw new Error(`lnob-template-registry: ${registry.missing}`);
      const generated = registryAttributes(registry);
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement) declaration.attributes?.forEach(attributeDefault);
          if (declaration.tagName !== tagName) continue;
          const attributes = (declaration.attributes ??= []);
          for (const attribute of generated) {
            const existing = attributes.find((a) => a.name === attribute.name);
            if (existing) Object.assign(existing, { ...attribute, ...existing, templates: attribute.templates });
            else attributes.push(attribute);
          }
          const template = attributes.find((a) => a.name === 'template');
          // The built-in ids, or the id of a template the page registers itself.
          if (template) template.type = { text: [...registry.templates.map((t) => quote(t.id)), '(string & {})'].join(' | ') };
        }
      }
    },
  };
}
