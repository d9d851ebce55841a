/**
 * English error messages of a map's own boundaries (`shapes`, `shape-key`): bundled with the code that reads
 * them (`data/geo/shapes.ts`, `templates/map/shapes-report.ts`), which loads only when a page draws such a map.
 * See `core.en.ts`.
 */
import { failWith } from '../../core/errors.js';
import { listing, quoteList } from '../../core/lists.js';

const ADVICE = 'geoBoundaries, HDX and national statistics offices publish boundaries as .geojson or .topojson files.';

export const shapeErrors = {
  shapesNotJson: (src: string) => `The boundaries file "${src}" (from shapes) is not JSON, so it is not a GeoJSON or TopoJSON file. ${ADVICE}`,
  /** `found`: the file's own `type`, or null when it has none. */
  shapesNotGeo: (src: string, found: string | null) =>
    `The boundaries file "${src}" (from shapes) is JSON, but not GeoJSON or TopoJSON` +
    (found ? ` (its type is "${found}")` : '') +
    `: a map needs a FeatureCollection or a Topology of areas. ${ADVICE}`,
  shapesNotGiven: (src: string) => `The boundaries file "${src}" (from shapes) could not be read. Check its path.`,
  shapesEmpty: (src: string) => `The boundaries file "${src}" (from shapes) has no areas (polygons) to draw. Check that it is the file you meant.`,
  /** Sizes in megabytes. */
  shapesTooLarge: (src: string, megabytes: number, limit: number) =>
    `The boundaries file "${src}" is ${megabytes} MB: too detailed to draw in a web page (the limit is ${limit} MB). ` +
    `Simplify it first, for example at mapshaper.org (Simplify, then Export as TopoJSON), or use the "simplified" file geoBoundaries offers.`,
  shapesTooDetailed: (src: string, points: number, limit: number) =>
    `The boundaries file "${src}" has ${points} points: too detailed to draw in a web page (the limit is ${limit}). ` +
    `Simplify it first, for example at mapshaper.org (Simplify, then Export as TopoJSON), or use the "simplified" file geoBoundaries offers.`,
  shapeKeyMissing: (key: string, src: string, properties: readonly string[]) =>
    `shape-key="${key}" names no property of the areas in "${src}". Their properties are: ${quoteList(properties)}.`,
  /** `areas`: the names in the file; `rows`: the data's `geo` values (both the first few). */
  noAreaMatches: (key: string, src: string, areas: readonly string[], rows: readonly string[]) =>
    `No row of the data names an area of "${src}" (matched on its property "${key}"). The file's areas are: ${listing(areas, 8)}; ` +
    `the data has: ${listing(rows, 8)}. Spell the areas as the file does, or choose another property with shape-key.`,
  sameArea: (area: string, rows: readonly { readonly geo: string; readonly value: string }[]) =>
    `${area} appears ${rows.length === 2 ? 'twice' : `${rows.length} times`} with different values: ` +
    `${listing(rows.map((row) => `${row.geo} (${row.value})`))}. Keep one row per area.`,
};

export const failShapes = failWith(shapeErrors);
