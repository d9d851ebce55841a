import type { Provenance } from './layouts/types.js';
import type { RawTable } from './table.js';
import type { TypedData } from './typing.js';

/**
 * The provenance a chart shows: its layout's, then what the file itself says
 * under its data (a "Source: …" row when the layout found no source, footnote
 * rows), then typing's notes on values not drawn (bounds such as "<5"); and, for the author, how the
 * bytes were read (encoding, delimiter) before the layout's and the rows' hints.
 * `file` is the table as parsed, before any layout or slice.
 */
export function withFileProvenance(provenance: Provenance, file: RawTable, typed: TypedData): Provenance {
  const notes = [...provenance.notes, ...(file.notes ?? []), ...(typed.notes ?? [])];
  const source = provenance.source ?? file.source;
  const hints = [...(file.hints ?? []), ...(provenance.hints ?? [])]; // how the bytes were read, then the layout and rows
  if (notes.length === provenance.notes.length && source === provenance.source && hints.length === (provenance.hints ?? []).length) return provenance;
  return { ...provenance, ...(source ? { source } : {}), notes, hints };
}
