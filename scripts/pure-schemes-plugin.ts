import { parseAst, type Plugin } from 'vite';

/**
 * d3-scale-chromatic's colour schemes as values the bundler may leave out, in the standalone build (issue 21).
 *
 * Vega's scales import ten of its categorical schemes; its module makes every scheme and interpolator at load time
 * with calls (`ramp(…)`, `colors(…)`), which the bundler must keep, in case they do something else: about 5 KiB
 * gzip in every chart's download. Each of those top-level values is marked as free of side effects (it only builds a
 * value), so only the schemes some module reads stay.
 */
const FILE = /\/node_modules\/d3-scale-chromatic\/dist\/d3-scale-chromatic\.mjs$/;

export function pureSchemes(): Plugin {
  return {
    name: 'lnob-pure-schemes',
    apply: 'build',
    transform(code, id) {
      if (!FILE.test(id.replace(/\\/g, '/'))) return null;
      const wraps: { start: number; end: number }[] = [];
      for (const node of parseAst(code).body) {
        if (node.type !== 'VariableDeclaration') continue;
        for (const { init } of node.declarations) {
          if (init && (init.type === 'CallExpression' || init.type === 'NewExpression')) wraps.push({ start: init.start, end: init.end });
        }
      }
      let out = code;
      for (const { start, end } of wraps.reverse()) out = `${out.slice(0, start)}/*#__PURE__*/(() => (${out.slice(start, end)}))()${out.slice(end)}`;
      return { code: out, map: null };
    },
  };
}
