import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { PRELOAD_PLACEHOLDER, type PreloadManifest } from '../components/shared/preload-manifest.js';

/**
 * Writes into the standalone entry (dist/lnob-charts.js) which chunk files
 * each part of a chart needs — Vega, each template's precompiled specs and
 * data, each language, the indicator presets, the slicing code, the
 * CSP-safe interpreter — so that the entry, as soon as it runs, can ask for
 * everything the page's charts will need at once (`import()` of each file,
 * components/shared/preload.ts) instead of one round trip after another.
 *
 * The source holds a placeholder string; `transform` pads it with spaces and
 * `generateBundle` writes the manifest over it at the same length (JSON allows
 * trailing spaces), so the source map stays right.
 */
const RESERVED = 4096;

export function preloadManifest(): Plugin {
  return {
    name: 'lnob-preload-manifest',
    apply: 'build',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/components/shared/preload-manifest.ts')) return undefined;
      const padded = code.replace(new RegExp(`(\\bwritten(?::\\s*string)?\\s*=\\s*)(["'])${PRELOAD_PLACEHOLDER}\\2`), `$1$2${PRELOAD_PLACEHOLDER}${' '.repeat(RESERVED)}$2`);
      return padded === code ? undefined : { code: padded, map: null };
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
      if (!entry) return;
      const literal = new RegExp(`(["'\`])${PRELOAD_PLACEHOLDER} +\\1`);
      const found = literal.exec(entry.code);
      if (!found) return; // (a build without the kit's entry module, e.g. a test page: nothing to write)
      const json = JSON.stringify(manifestOf(bundle, entry, (id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
      const quote = found[1]!;
      const body = json.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`);
      const room = found[0].length - 2;
      if (body.length > room) this.error(`the preload manifest (${body.length} characters) outgrew its ${room}: raise RESERVED`);
      entry.code = entry.code.replace(found[0], `${quote}${body.padEnd(room)}${quote}`);
    },
  };
}

const normal = (id: string) => id.replace(/\\/g, '/');

function manifestOf(bundle: OutputBundle, entry: OutputChunk, dynamicImportsOf: (id: string) => readonly string[]): PreloadManifest {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const chunkOf = (id: string) => chunks.find((chunk) => chunk.moduleIds.includes(id));
  /** A chunk with every chunk it imports statically (not the entry: it is running), as paths beside the entry. */
  const closure = (chunk: OutputChunk | undefined, into = new Set<string>()): Set<string> => {
    if (!chunk || chunk === entry || into.has(chunk.fileName)) return into;
    into.add(chunk.fileName);
    for (const name of chunk.imports) closure(bundle[name] as OutputChunk | undefined, into);
    return into;
  };
  const files = (...list: (OutputChunk | undefined)[]) => {
    const into = new Set<string>();
    for (const chunk of list) closure(chunk, into);
    return [...into];
  };
  const byModule = (test: RegExp) => chunks.find((chunk) => chunk !== entry && chunk.moduleIds.some((id) => test.test(normal(id))));

  const templates: Record<string, string[]> = {};
  for (const chunk of chunks) {
    const id = /\0virtual:lnob-precompiled\/(.+)$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (!id) continue;
    // The template's own code (templates/<id>/, loaded on first use: templates/built-in.ts) with the chunks it imports.
    const folder = `/templates/${id.split('+')[0]}/`;
    const code = chunks.find((candidate) => candidate.isDynamicEntry && normal(candidate.facadeModuleId ?? '').endsWith(`${folder}index.ts`));
    const codeFiles = files(code);
    // What a template loads itself (the map's shapes and country names, the rules for long labels every template may
    // need), following imports on demand to the end, but not its words in other languages or its samples (those are
    // asked for separately, or never by a page), nor the indicator presets (only for charts with `indicator`).
    const loads = new Set<string>();
    const follow = (module: string) => {
      for (const next of dynamicImportsOf(module)) {
        if (loads.has(next) || /\/(?:words\.[a-z]+|sample|indicators)\.ts$/.test(normal(next))) continue;
        loads.add(next);
        follow(next);
      }
    };
    const codeModules = chunks.filter((candidate) => codeFiles.includes(candidate.fileName)).flatMap((candidate) => candidate.moduleIds);
    for (const module of [...entry.moduleIds, ...codeModules]) if (normal(module).includes(folder) || normal(module).endsWith('/templates/spec-helpers.ts')) follow(module);
    const geographic = /\btype"?:\s*"geo(?:shape|path|json|point)"|\bprojections"?:/.test(chunk.code);
    templates[id] = [...new Set([...codeFiles, ...files(chunk, ...[...loads].map(chunkOf), ...(geographic ? [byModule(/\/vega-geo\//), byModule(/\/render\/geo-functions\.ts$/)] : []))])];
  }
  const languages: Record<string, string[]> = {};
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      const language = /\/i18n\/([a-z]{2,3})\.ts$/.exec(normal(id))?.[1];
      if (language && chunk !== entry) languages[language] = files(chunk);
    }
  }
  return {
    vega: files(byModule(/\/render\/vega-runtime\.ts$/)),
    interpreter: files(byModule(/\/vega-interpreter\//)),
    indicators: files(byModule(/\/templates\/indicators\.ts$/)),
    slice: files(byModule(/\/data\/slice\.ts$/)),
    templates,
    languages,
  };
}
