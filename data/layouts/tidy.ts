import type { Layout } from './types.js';

/** A table already arranged one observation per row: read as it is, columns named after roles or mapped with `<role>-column`. */
export const tidy: Layout = {
  id: 'tidy',
  matches: () => true,
  arrange: (table) => ({ layout: 'tidy', table, roles: {}, dimensions: [], totals: 'none', single: [], notes: [] }),
};
