/**
 * English error messages of small multiples (`facet-column`): bundled with the code that throws them
 * (`render/facets.ts`). See `core.en.ts`.
 */
import { failWith } from '../../core/errors.js';

export const facetErrors = {
  /** `column`: the facet column as the file spells it; `max`: the most panels a chart draws. */
  tooManyPanels: (column: string, max: number) =>
    `facet-column="${column}" would draw more than ${max} small charts, too small to read. ` +
    `Keep the ones your story is about with countries="…", where="${column}=…" or years="…", or draw one chart without facet-column.`,
  /** `template`: what `template="…"` says; `supported`: the templates that draw small multiples. */
  facetTemplate: (template: string, supported: readonly string[]) =>
    `facet-column does not work with template="${template}". Use it with ${supported.join(', ')}, or remove facet-column.`,
};

export const failFacets = failWith(facetErrors);
