import type { OutputBundle, OutputChunk } from 'rolldown';
import { parseAst, type Plugin } from 'vite';

/**
 * Folds into the standalone entry (dist/lnob-charts.js) the chunks it imports statically (issue 21).
 *
 * The bundler puts a module the entry shares with a chunk loaded later into a chunk of its own when that later chunk
 * is imported from another lazy chunk (today core/errors, core/lists and data/numbers), and the entry must then wait
 * for it before it can run: one more round trip before anything shows. Here each such chunk's code moves into the
 * entry, run once by a function there; the chunk's file becomes a line that re-exports the entry's copy, so the lazy
 * chunks that import it are unchanged and share the one copy (ChartError must stay one class: `instanceof`).
 *
 * Each import line in the entry is overwritten at the same length (padded with spaces) and the folded code is added at
 * the end, so the entry's source map stays right (the folded code itself is left unmapped).
 */
export function foldIntoEntry(): Plugin {
  return {
    name: 'lnob-fold-into-entry',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
      if (!entry) return;
      for (const [n, fileName] of [...entry.imports].entries()) {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') continue;
        if (chunk.imports.length || chunk.dynamicImports.length || chunk.isDynamicEntry || /\bimport\.meta\b/.test(chunk.code)) {
          // Left as it is: the entry waits for it (test/budget/depth.test.ts says so).
          this.warn(`${fileName}, which the entry imports, cannot be folded into it (it imports other files or reads import.meta)`);
          continue;
        }
        fold(bundle, entry, chunk, `__lnobFold${n}`, (message) => this.error(message));
      }
    },
  };
}

function fold(bundle: OutputBundle, entry: OutputChunk, chunk: OutputChunk, name: string, fail: (message: string) => never): void {
  const exported = new Map<string, string>(); // exported name → the chunk's own name for it
  let body = chunk.code.replace(MAP_COMMENT, '');
  for (const node of parseAst(chunk.code).body.reverse()) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    if (node.source || node.declaration) fail(`${chunk.fileName}: only a list of exports can be folded`);
    for (const spec of node.specifiers) exported.set(nameOf(spec.exported), nameOf(spec.local));
    body = body.slice(0, node.start) + body.slice(node.end);
  }
  const exports = [...exported];
  const entryName = (key: string) => `${name}_${key}`;

  const path = relativePath(entry.fileName, chunk.fileName);
  const mapComment = MAP_COMMENT.exec(entry.code)?.[0] ?? '';
  let code = entry.code.slice(0, entry.code.length - mapComment.length);
  for (const node of parseAst(entry.code).body.reverse()) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== path) continue;
    const bindings = node.specifiers.map((spec) =>
      spec.type === 'ImportSpecifier' ? `${JSON.stringify(nameOf(spec.imported))}:${spec.local.name}` : fail(`${entry.fileName}: only named imports of ${path} can be folded`),
    );
    const line = bindings.length ? `const{${bindings.join(',')}}=${name}();` : `${name}();`;
    const length = node.end - node.start;
    if (line.length > length) fail(`${entry.fileName}: the folded import of ${path} is longer than the import`);
    code = code.slice(0, node.start) + line.padEnd(length) + code.slice(node.end);
  }
  // A function declaration is ready before the module's first line runs; it runs the chunk's code once.
  const result = `{${exports.map(([key, local]) => `${JSON.stringify(key)}:${local}`).join(',')}}`;
  code += `\nfunction ${name}(){return ${name}.done??=(()=>{${body}\nreturn${result}})()}`;
  code += `\nconst{${exports.map(([key]) => `${JSON.stringify(key)}:${entryName(key)}`).join(',')}}=${name}();export{${exports.map(([key]) => entryName(key)).join(',')}};`;
  entry.code = code + mapComment;
  entry.imports = entry.imports.filter((file) => file !== chunk.fileName);

  chunk.code = `export{${exports.map(([key]) => `${entryName(key)} as ${key}`).join(',')}}from${JSON.stringify(relativePath(chunk.fileName, entry.fileName))};`;
  chunk.imports = [entry.fileName];
  chunk.map = null;
  delete bundle[`${chunk.fileName}.map`];
}

/** The line that names a file's source map, which must stay last. */
export const MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;

export function nameOf(node: { type: string; name?: string; value?: unknown }): string {
  return node.type === 'Identifier' ? node.name! : String(node.value);
}

/** The import path from one output file to another, as the bundler writes it ("./chunks/a.js", "../b.js"). */
export function relativePath(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  while (fromParts.length && fromParts[0] === toParts[0]) {
    fromParts.shift();
    toParts.shift();
  }
  const up = fromParts.map(() => '..');
  return (up.length ? up.join('/') : '.') + '/' + toParts.join('/');
}
