import { registerFolder } from './registry.js';
import { folder as rankedBar } from './ranked-bar/index.js';
import { folder as disaggregation } from './disaggregation/index.js';
import { folder as progress } from './progress/index.js';
import { folder as trend } from './trend/index.js';
import { folder as stacked } from './stacked/index.js';
import { folder as waffle } from './waffle/index.js';
import { folder as survey } from './survey/index.js';
import { folder as map } from './map/index.js';

export * from './registry.js';
export type * from './types.js';

/**
 * The built-in templates, registered on import, in catalogue order: `templateIds()`, the catalogue's sidebar and its
 * "Which chart?" page follow it. A template is one folder (`<id>/<id>.ts`, `words.ts` and `words.<lang>.ts`,
 * `sample.ts`, `<id>.test.ts`, and `index.ts`, which names them for the registry); adding one is its folder, and its
 * import and place in the list here. Everything else — its words in every language, its samples, its pages and the
 * tests that cover every template — comes from this list.
 */
for (const folder of [rankedBar, disaggregation, progress, trend, map, stacked, waffle, survey]) registerFolder(folder);
