import { preambleProvenance } from '../preamble.js';
import type { Layout } from './types.js';

/** A table already arranged one observation per row: read as it is, columns named after roles or mapped with `<role>-column`. */
export const tidy: Layout = {
  id: 'tidy',
  matches: () => true,
  // A table with title lines above it (data/preamble.ts) says its source and notes below the data.
  arrange: (table) => ({ layout: 'tidy', table, roles: {}, dimensions: [], totals: 'none', single: [], ...preambleProvenance(table.meta) }),
};
