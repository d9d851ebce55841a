import { registerLoader } from './registry.js';

/*
 * The built-in templates in catalogue order (`templateIds()`, the catalogue's sidebar and its "Which chart?" page
 * follow it): each one's id, the option attributes its charts may carry (so `<lnob-chart>` watches them before the
 * template's code has loaded; test/templates/built-in.test.ts checks them against each template's own options) and its
 * folder, loaded when a chart first asks for it. A template is one folder (`<id>/<id>.ts`, `words.ts` and
 * `words.<lang>.ts`, `sample.ts`, `<id>.test.ts`, and `index.ts`, which registers them); adding one is its folder,
 * one line here and one in templates/index.ts.
 */
export const BUILT_IN: readonly (readonly [id: string, attributes: readonly string[], load: () => Promise<unknown>])[] = [
  ['ranked-bar', ['highlight', 'reference', 'reference-label', 'sort'], () => import('./ranked-bar/index.js')],
  ['disaggregation', ['sort', 'direction'], () => import('./disaggregation/index.js')],
  ['progress', ['target', 'target-relative', 'target-year', 'target-label', 'direction', 'baseline-year'], () => import('./progress/index.js')],
  ['trend', ['highlight'], () => import('./trend/index.js')],
  ['map', ['highlight', 'shapes', 'shape-key', 'shapes-source', 'highlight-label'], () => import('./map/index.js')],
  ['stacked', [], () => import('./stacked/index.js')],
  ['waffle', [], () => import('./waffle/index.js')],
  ['survey', ['highlight', 'reference', 'reference-label', 'sort'], () => import('./survey/index.js')],
  ['pyramid', ['outline'], () => import('./pyramid/index.js')],
  ['slope', ['highlight', 'direction'], () => import('./slope/index.js')],
];

for (const [id, attributes, load] of BUILT_IN) registerLoader(id, attributes, load);
