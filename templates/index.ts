export * from './registry.js';
export type * from './types.js';

/*
 * Every built-in template, loaded now: for the catalogue, the builder, the tests and the scripts, which list and
 * read them all. A page's charts load only the ones they draw (templates/built-in.ts, through the chart plan).
 */
import './built-in.js';
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
