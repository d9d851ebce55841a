/**
 * The world's country shapes at 1:110m, from Natural Earth (public domain) as
 * packaged in world-atlas (ISC). The TopoJSON (~105 kB, ~30 kB gzip) is a
 * dynamic import, so bundles put it in a chunk of its own that is fetched only
 * when a map first renders, once per page.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { countryByName, countryByNumeric, loadCountries } from '../../data/geo/countries.js';

/** A country's shape; `id` is its ISO 3166-1 numeric code (three digits). */
export interface CountryShape extends Feature<Geometry, { name: string }> {
  readonly id: string;
}

export interface WorldShapes {
  readonly features: readonly CountryShape[];
  /** Ids of the countries drawn: a country not in here is too small to show at this scale. */
  readonly ids: ReadonlySet<string>;
}

/** Antarctica (ISO 010) is left out: it holds no data and would take a sixth of a world map's height. */
export const OMITTED_IDS: ReadonlySet<string> = new Set(['010']);

let shapes: Promise<WorldShapes> | undefined;

/** Loads and converts the shapes once (with the country codes, which name the shapes). */
export function loadWorld(): Promise<WorldShapes> {
  shapes ??= Promise.all([import('world-atlas/countries-110m.json'), loadCountries()]).then(([module]) =>
    toShapes(module.default as unknown as Topology),
  );
  shapes.catch(() => (shapes = undefined));
  return shapes;
}

function toShapes(topology: Topology): WorldShapes {
  const collection = feature(topology, topology.objects['countries'] as GeometryCollection<{ name: string }>);
  const features: CountryShape[] = [];
  for (const shape of collection.features) {
    // A few Natural Earth units have no ISO numeric code; Kosovo has a
    // user-assigned one in i18n-iso-countries, found by its name.
    const id = shape.id !== undefined ? String(shape.id) : countryByName(shape.properties.name)?.numeric;
    if (id !== undefined && OMITTED_IDS.has(id)) continue;
    const name = (id !== undefined && countryByNumeric(id)?.name) || shape.properties.name;
    features.push({ ...shape, id: id ?? `x-${shape.properties.name}`, properties: { name } });
  }
  return { features, ids: new Set(features.map((f) => f.id)) };
}
