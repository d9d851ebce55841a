import { registerTemplate } from './registry.js';
import { rankedBar } from './ranked-bar.js';

export * from './registry.js';
export type * from './types.js';

/** The built-in templates, registered on import. */
export const builtInTemplates = [rankedBar];
for (const template of builtInTemplates) registerTemplate(template);
