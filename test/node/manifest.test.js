// custom-elements.json, as `npm run build` writes it (npm test builds first): every attribute a page may set on
// <lnob-chart> and <lnob-stat> is listed, with a description, a type (enumerated values as a union), its default and,
// for what the template registry declares, the templates that read it. Editors and the catalogue's reference page
// show exactly this, so an attribute missing here is one nobody can find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url);
const manifestFile = new URL('custom-elements.json', root);
const built = (path) => import(pathToFileURL(new URL(`dist/lib/${path}`, root).pathname).href);

function attributesOf(tagName) {
  assert.ok(existsSync(manifestFile), 'custom-elements.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  assert.ok(declaration, `${tagName} is not in the manifest`);
  return new Map(declaration.attributes.map((attribute) => [attribute.name, attribute]));
}

/** The literals of a union type's text, e.g. `'a' | 'b' | null` → ['a', 'b']. */
const literals = (type) => [...(type?.text ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);

const registry = await built('templates/index.js');
const { ROLE_NAMES } = await built('core/roles.js');
const { LAYOUT_IDS } = await built('core/layouts.js');
const { BUILT_IN_THEMES } = await built('themes/index.js');
const templates = registry.templateIds().map((id) => registry.getTemplate(id));

test('<lnob-chart> lists every attribute with a description and a type', () => {
  const attributes = attributesOf('lnob-chart');
  const expected = [
    ...['template', 'src', 'format', 'title', 'subtitle', 'notes', 'source', 'source-url', 'credit', 'indicator', 'goal', 'lang'],
    ...['theme', 'decimal', 'renderer', 'height', 'eager', 'csp', 'menu'],
    ...['layout', 'where', 'series-code', 'countries', 'years', 'aggregates'],
    ...ROLE_NAMES.map((role) => `${role}-column`),
    ...registry.optionAttributes(),
  ];
  for (const name of expected) {
    const attribute = attributes.get(name);
    assert.ok(attribute, `${name} is not listed`);
    assert.ok(attribute.description?.trim(), `${name} has no description`);
    assert.ok(attribute.type?.text, `${name} has no type`);
  }
  assert.deepEqual(ROLE_NAMES, ['category', 'value', 'group', 'series', 'time', 'geo', 'n', 'lower', 'upper']);
});

test('every role column names its default and the templates that read the role', () => {
  const attributes = attributesOf('lnob-chart');
  for (const role of ROLE_NAMES) {
    const attribute = attributes.get(`${role}-column`);
    assert.equal(attribute.default, role);
    const readers = templates.filter((template) => template.roles.some((r) => r.name === role)).map((template) => template.id);
    assert.deepEqual(attribute.templates, readers, `${role}-column`);
    for (const id of readers) assert.ok(attribute.description.includes(`\`${id}\``), `${role}-column does not say ${id} reads it`);
  }
});

test('every registered template option is listed with its values, default, description and templates', () => {
  const attributes = attributesOf('lnob-chart');
  for (const template of templates) {
    for (const option of template.options) {
      const attribute = attributes.get(option.attribute);
      assert.ok(attribute, `${template.id}'s option ${option.attribute} is not listed`);
      assert.ok(attribute.templates.includes(template.id), `${option.attribute} does not name ${template.id}`);
      assert.ok(attribute.description.includes(option.description), `${option.attribute} lacks ${template.id}'s description`);
      if (option.values) for (const value of option.values) assert.ok(literals(attribute.type).includes(value), `${option.attribute}: ${value} missing from ${attribute.type.text}`);
      else assert.equal(attribute.type.text, option.type === 'number' ? 'number' : option.type === 'boolean' ? 'boolean' : 'string', option.attribute);
      if (option.default != null) {
        const shown = attribute.default ?? /Default: (.*)\.$/.exec(attribute.description)?.[1] ?? '';
        assert.ok(shown.includes(String(option.default)), `${option.attribute}: default ${option.default} of ${template.id} not shown`);
      }
    }
  }
  const sort = attributes.get('sort');
  assert.equal(sort.type.text, "'descending' | 'ascending' | 'none'");
  assert.equal(sort.default, 'descending');
  assert.equal(attributes.get('target-year').default, '2030');
});

test('enumerated attributes are unions of their values; slice attributes are typed', () => {
  const attributes = attributesOf('lnob-chart');
  assert.deepEqual(literals(attributes.get('layout').type), [...LAYOUT_IDS]);
  assert.equal(attributes.get('layout').default, 'auto');
  assert.deepEqual(literals(attributes.get('aggregates').type), ['include', 'exclude']);
  assert.deepEqual(literals(attributes.get('template').type), registry.templateIds());
  assert.deepEqual(literals(attributes.get('renderer').type), ['svg', 'canvas']);
  assert.equal(attributes.get('renderer').default, 'svg');
  assert.deepEqual(literals(attributes.get('format').type), ['csv', 'tsv', 'json']);
  assert.deepEqual(literals(attributes.get('decimal').type), ['.', ',']);
  assert.deepEqual(literals(attributes.get('csp').type), ['strict']);
  assert.deepEqual(literals(attributes.get('menu').type), ['none']);
  for (const tag of ['lnob-chart', 'lnob-stat']) {
    const theme = attributesOf(tag).get('theme');
    assert.deepEqual(literals(theme.type), [...BUILT_IN_THEMES], `${tag} theme`);
    assert.match(theme.description, /lnob-warning/, `${tag}: what an unknown theme does`);
  }
  assert.match(attributes.get('renderer').description, /lnob-warning/);
});

test('<lnob-stat> lists its attributes, the sparkline’s data inputs included', () => {
  const attributes = attributesOf('lnob-stat');
  for (const name of ['value', 'unit', 'label', 'change', 'change-label', 'source', 'source-url', 'notes', 'theme', 'lang', 'src', 'format', 'decimal', 'time-column', 'value-column']) {
    assert.ok(attributes.get(name)?.description?.trim(), `${name} is not listed with a description`);
  }
  assert.deepEqual(literals(attributes.get('format').type), ['csv', 'tsv', 'json']);
  assert.deepEqual(literals(attributes.get('decimal').type), ['.', ',']);
});
