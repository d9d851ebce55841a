/**
 * `npm run analyze` → custom-elements.json, the API of the elements read from
 * their JSDoc (@attr, @fires, @slot, @csspart, @cssprop), plus the attributes
 * `<lnob-chart>` observes from the template registry (every `<role>-column`
 * and template option, scripts/manifest-registry.js: needs `vite build`
 * first, as `npm run build` and `npm start` do). Storybook's API pages and
 * editors (VS Code, JetBrains) read it; it ships in the package.
 */
import { loadRegistry, templateRegistryPlugin } from './scripts/manifest-registry.js';

const registry = await loadRegistry();

/**
 * The elements register through `defineOnce(tag, Class)` (a guard against a
 * second copy of the script), which the analyzer does not know: give each
 * class so registered its tag name, as `customElements.define` would.
 */
function defineOnceTags() {
  const tags = new Map();
  return {
    name: 'lnob-define-once',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineOnce') return;
      const [tag, constructor] = node.arguments;
      if (tag && constructor && ts.isStringLiteral(tag) && ts.isIdentifier(constructor)) tags.set(constructor.getText(), tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind === 'class' && tag && !declaration.tagName) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineOnceTags(), templateRegistryPlugin(registry)],
};
