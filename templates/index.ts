import { registerTemplate } from './registry.js';
import { rankedBar } from './ranked-bar.js';
import { disaggregation } from './disaggregation.js';
import { progress } from './progress.js';
import { trend } from './trend.js';
import { stacked } from './stacked.js';
import { waffle } from './waffle.js';
import { survey } from './survey.js';
import { map } from './map.js';

export * from './registry.js';
export type * from './types.js';

/** The built-in templates, registered on import. */
export const builtInTemplates = [rankedBar, disaggregation, progress, trend, stacked, waffle, survey, map];
for (const template of builtInTemplates) registerTemplate(template);
