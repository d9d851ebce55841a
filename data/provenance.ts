import type { Provenance } from './layouts/types.js';
import type { RawTable } from './table.js';

/**
 * The provenance a chart shows: its layout's, then what the file itself says
 * under its data (a "Source: …" row when the layout found no source, footnote
 * rows). `file` is the table as parsed, before any layout or slice.
 */
export function withFileProvenance(provenance: Provenance, file: RawTable): Provenance {
  const notes = [...provenance.notes, ...(file.notes ?? [])];
  const source = provenance.source ?? file.source;
  if (notes.length === provenance.notes.length && source === provenance.source) return provenance;
  return { ...provenance, ...(source ? { source } : {}), notes };
}
