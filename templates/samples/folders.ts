/** What the catalogue shows of every template folder (its `sample.ts`), one line per folder; `index.ts` puts them in catalogue order. */
export { catalogue as rankedBar } from '../ranked-bar/sample.js';
export { catalogue as disaggregation } from '../disaggregation/sample.js';
export { catalogue as progress } from '../progress/sample.js';
export { catalogue as trend } from '../trend/sample.js';
export { catalogue as map } from '../map/sample.js';
export { catalogue as stacked } from '../stacked/sample.js';
export { catalogue as waffle } from '../waffle/sample.js';
export { catalogue as survey } from '../survey/sample.js';
