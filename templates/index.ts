export * from './registry.js';
export type * from './types.js';

/*
 * The built-in templates, each registered by its folder when imported here, in catalogue order: `templateIds()`,
 * the catalogue's sidebar and its "Which chart?" page follow it. A template is one folder (`<id>/<id>.ts`,
 * `words.ts` and `words.<lang>.ts`, `sample.ts`, `<id>.test.ts`, and `index.ts`, which registers them); adding one
 * is its folder and one line here. Everything else — its words in every language, its samples, its pages and the
 * tests that cover every template — comes from the registry.
 */
import './ranked-bar/index.js';
import './disaggregation/index.js';
import './progress/index.js';
import './trend/index.js';
import './map/index.js';
import './stacked/index.js';
import './waffle/index.js';
import './survey/index.js';
import './pyramid/index.js';
import './slope/index.js';
