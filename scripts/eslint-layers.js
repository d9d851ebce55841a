/**
 * The layering of the code, enforced by lint (`npx eslint .`): which folder
 * may import which, and no import cycles. README, "Architecture", says it in words.
 *
 *   core/                        imports nothing (not even packages)
 *   data/, i18n/, themes/        import core/ (data/ also the English error catalogues, i18n/errors/*.en.ts)
 *   templates/                   imports core/, data/, i18n/
 *   render/                      imports all of the above
 *   components/, cli/            (the shells) import render/ and everything below it
 *   stories/, test/, bench/, scripts/, index.ts, *.test.ts   import anything
 *
 * Every kind of import counts: `import`, `export … from`, `import()` and `typeof import()`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const BELOW_SHELLS = ['core', 'data', 'i18n', 'themes', 'templates', 'render'];

/** Folder → the folders it may import besides itself. A rule ending in `/` allows only that subfolder; one ending in `.ts`, that file. */
export const LAYERS = {
  core: [],
  data: ['core', 'i18n/errors/'],
  i18n: ['core'],
  themes: ['core'],
  templates: ['core', 'data', 'i18n'],
  render: ['core', 'data', 'i18n', 'themes', 'templates'],
  components: BELOW_SHELLS,
  cli: BELOW_SHELLS,
};

/** Single files allowed more than their folder, each with the reason and the way out (none today: keep it so). */
const EXCEPTIONS = {};

/** Folders whose files may also import packages (every layer but core). */
const NO_PACKAGES = new Set(['core']);

const root = dirname(dirname(new URL(import.meta.url).pathname));
const toPosix = (path) => path.split(sep).join('/');

/** The repository path of a file (`templates/waffle/waffle.ts`), or undefined outside it. */
function repoPath(file) {
  const path = toPosix(relative(root, file));
  return path.startsWith('..') ? undefined : path;
}

/** The layer a file belongs to, or undefined for files that may import anything (tests, stories, scripts…). */
function layerOf(path) {
  if (/\.test\.ts$/.test(path)) return undefined;
  const top = path.split('/')[0];
  return Object.hasOwn(LAYERS, top) && path.includes('/') ? top : undefined;
}

function allowed(path, layer, target) {
  const rules = [layer, ...LAYERS[layer], ...(EXCEPTIONS[path] ?? [])];
  return rules.some((rule) => (rule.endsWith('/') ? target.startsWith(rule) : rule.endsWith('.ts') ? target === rule.replace(/\.ts$/, '.js') || target === rule : target.split('/')[0] === rule));
}

/** The string an import node names, when it is a literal. */
function specifierOf(node) {
  const source = node.type === 'TSImportType' ? (node.argument?.literal ?? node.argument) : node.source;
  if (!source) return undefined;
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the layers below it (see scripts/eslint-layers.js).' },
    schema: [],
    messages: {
      layer: '{{layer}}/ may not import {{target}}: {{layer}}/ imports only {{allowed}}. Move the shared piece down (e.g. to core/), or the code up.',
      package: '{{layer}}/ imports nothing, not even the package "{{target}}".',
    },
  },
  create(context) {
    const path = repoPath(context.filename);
    const layer = path && layerOf(path);
    if (!layer) return {};
    const check = (node) => {
      const specifier = specifierOf(node);
      if (specifier === undefined) return;
      if (!specifier.startsWith('.')) {
        if (NO_PACKAGES.has(layer)) context.report({ node, messageId: 'package', data: { layer, target: specifier } });
        return;
      }
      const target = repoPath(resolve(dirname(context.filename), specifier));
      if (target === undefined || allowed(path, layer, target)) return;
      const list = [layer, ...LAYERS[layer], ...(EXCEPTIONS[path] ?? [])].map((name) => (/[/.]/.test(name) ? name : `${name}/`));
      context.report({ node, messageId: 'layer', data: { layer, target, allowed: list.join(', ') } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
    };
  },
};

// ── cycles ──────────────────────────────────────────────────────────────────

const SKIP = new Set(['node_modules', 'dist', 'storybook-static', 'coverage', '.git']);

function sourceFiles(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') && entry.name !== '.storybook') continue;
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, found);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** Every file's local imports (type-only and dynamic ones too), `.js` resolved to the `.ts` source. */
function importGraph() {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan), as file → its cycle. */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const result = new Map();
  let next = 0;
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file), index.get(target)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) for (const each of component) result.set(each, component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return result;
}

let cached;

const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{files}}. Move what they share into a module both import.' },
  },
  create(context) {
    cached ??= cycles(importGraph());
    const component = cached.get(resolve(context.filename));
    if (!component) return {};
    return {
      Program(node) {
        context.report({ node, loc: { line: 1, column: 0 }, messageId: 'cycle', data: { files: component.map((file) => repoPath(file)).sort().join(' ↔ ') } });
      },
    };
  },
};

export default { rules: { layers, 'no-cycle': noCycle } };
