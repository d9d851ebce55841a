import type { OutputChunk } from 'rolldown';
import { parseAst, type Plugin } from 'vite';
import { MAP_COMMENT, nameOf, relativePath } from './fold-into-entry-plugin.js';

/**
 * Copies the bundler's runtime helpers (`chunks/rolldown-runtime-*.js`, 0.3 KiB: the function that makes a module's
 * namespace object) into each chunk that imports them, and drops that file (issue 21).
 *
 * Vega's chunk imports it, so Vega could not run until one more request came back: it was asked for only when the
 * entry imported Vega, not by the page's `<link rel="modulepreload">` of Vega (which fetches that one file), and on a
 * busy page its answer waited behind the entry's own work. A copy costs each importer a few hundred bytes.
 *
 * The helpers are functions: each import becomes a function of the same name that calls the copy, so code that runs
 * before the copy's line (a module's first lines use them) works. The import line is overwritten with spaces and the
 * copy added at the end, so each chunk's source map stays right.
 */
export function inlineRuntime(): Plugin {
  return {
    name: 'lnob-inline-runtime',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const runtime of Object.values(bundle)) {
        if (runtime.type !== 'chunk' || !/(^|\/)rolldown-runtime-[^/]*\.js$/.test(runtime.fileName)) continue;
        const helpers = helpersOf(runtime);
        if (!helpers) {
          this.warn(`${runtime.fileName} exports something other than functions: left as a file of its own`);
          continue;
        }
        const importers = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk' && file.imports.includes(runtime.fileName));
        for (const chunk of importers) inline(chunk, runtime.fileName, helpers, (message) => this.error(message));
        if (!Object.values(bundle).some((file) => file.type === 'chunk' && (file.imports.includes(runtime.fileName) || file.dynamicImports.includes(runtime.fileName)))) {
          delete bundle[runtime.fileName];
          delete bundle[`${runtime.fileName}.map`];
        }
      }
    },
  };
}

type Helpers = { body: string; exported: Map<string, string> };

/** The runtime's code without its export line, and its exports (name → its own name), if every one is a function. */
function helpersOf(runtime: OutputChunk): Helpers | undefined {
  const exported = new Map<string, string>();
  const functions = new Set<string>();
  let body = runtime.code.replace(MAP_COMMENT, '');
  for (const node of parseAst(runtime.code).body.reverse()) {
    if (node.type === 'ExportNamedDeclaration' && !node.source && !node.declaration) {
      for (const spec of node.specifiers) exported.set(nameOf(spec.exported), nameOf(spec.local));
      body = body.slice(0, node.start) + body.slice(node.end);
    } else if (node.type === 'FunctionDeclaration' && node.id) {
      functions.add(node.id.name);
    } else if (node.type === 'VariableDeclaration') {
      for (const declarator of node.declarations) {
        if (declarator.id.type === 'Identifier' && /^(Arrow)?FunctionExpression$/.test(declarator.init?.type ?? '')) functions.add(declarator.id.name);
      }
    } else if (node.type !== 'ExpressionStatement' && node.type !== 'EmptyStatement') {
      return undefined;
    }
  }
  return [...exported.values()].every((local) => functions.has(local)) ? { body, exported } : undefined;
}

function inline(chunk: OutputChunk, runtimeFile: string, helpers: Helpers, fail: (message: string) => never): void {
  const path = relativePath(chunk.fileName, runtimeFile);
  const mapComment = MAP_COMMENT.exec(chunk.code)?.[0] ?? '';
  let code = chunk.code.slice(0, chunk.code.length - mapComment.length);
  const wrappers: string[] = [];
  for (const node of parseAst(chunk.code).body.reverse()) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== path) continue;
    for (const spec of node.specifiers) {
      if (spec.type !== 'ImportSpecifier') fail(`${chunk.fileName}: only named imports of ${path} can be copied in`);
      const key = nameOf(spec.imported);
      if (!helpers.exported.has(key)) fail(`${chunk.fileName} imports ${key}, which ${path} does not export`);
      wrappers.push(`function ${spec.local.name}(...a){return ${RUNTIME}().${helpers.exported.get(key)}(...a)}`);
    }
    code = code.slice(0, node.start) + ' '.repeat(node.end - node.start) + code.slice(node.end);
  }
  const locals = [...new Set(helpers.exported.values())];
  code += `\n${wrappers.join('')}function ${RUNTIME}(){return ${RUNTIME}.done??=(()=>{${helpers.body}\nreturn{${locals.join(',')}}})()}`;
  chunk.code = code + mapComment;
  chunk.imports = chunk.imports.filter((file) => file !== runtimeFile);
}

/** The one name the copy adds to a chunk (a chunk's own names are short minified ones or the source's). */
const RUNTIME = '__lnobRuntime';
