import { registerTemplate } from './registry.js';
import { rankedBar } from './ranked-bar/ranked-bar.js';
import { disaggregation } from './disaggregation/disaggregation.js';
import { progress } from './progress/progress.js';
import { trend } from './trend/trend.js';
import { stacked } from './stacked/stacked.js';
import { waffle } from './waffle/waffle.js';
import { survey } from './survey/survey.js';
import { map } from './map/map.js';

export * from './registry.js';
export type * from './types.js';

/**
 * The built-in templates, registered on import, in catalogue order: `templateIds()`, the catalogue's sidebar and its
 * "Which chart?" page follow it. A template is one folder (`<id>/<id>.ts`, `words.ts`, `sample.ts`, `<id>.test.ts`);
 * adding one is its folder, its import and place in the list here, and its line in `samples/folders.ts`.
 */
for (const template of [rankedBar, disaggregation, progress, trend, map, stacked, waffle, survey]) registerTemplate(template);
