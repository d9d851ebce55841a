/**
 * A map's own boundaries (`shapes="…"`): a GeoJSON or TopoJSON file of areas — a country's states, regions or
 * counties, as geoBoundaries, HDX and national statistics offices publish them — fetched under the data files'
 * rules (time limit, size limit, the same errors), checked, and turned into plain GeoJSON features. Loaded only
 * when a page draws such a map, with topojson-client.
 */
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { isAbort } from '../../core/errors.js';
import { failShapes } from '../../i18n/errors/shapes.en.js';
import { fetchFile } from '../load.js';

/** An area of the file: its geometry and its properties as written (names, codes). */
export interface Area {
  readonly geometry: Geometry;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface Shapes {
  /** The address as the page wrote it, for messages. */
  readonly src: string;
  readonly areas: readonly Area[];
  /** Every property name some area has, in the file's order: what `shape-key` may name. */
  readonly properties: readonly string[];
}

/** A boundaries file bigger than this is refused before it is parsed: a detailed national file (~50 MB) freezes a phone. */
export const MAX_SHAPES_BYTES = 10_000_000;
/** Points the map draws at most: about what a 3 MB simplified file holds, drawn in well under a second. */
export const MAX_SHAPE_POINTS = 250_000;
let limits = { bytes: MAX_SHAPES_BYTES, points: MAX_SHAPE_POINTS };

/** For tests: smaller limits (no argument restores them). Not a public attribute. */
export function setShapeLimits(next: { readonly bytes?: number; readonly points?: number } = {}): void {
  limits = { bytes: next.bytes ?? MAX_SHAPES_BYTES, points: next.points ?? MAX_SHAPE_POINTS };
}

const cache = new Map<string, Promise<Shapes>>();

/** The boundaries at `src`, fetched and read once per page (a failure is forgotten, so a later chart tries again). */
export function loadShapes(src: string): Promise<Shapes> {
  const key = cacheKey(src);
  let shapes = cache.get(key);
  if (!shapes) {
    // Shared by every map of the page that names this file: no one chart may cancel it.
    // (Without a page — the command line — the file must have been given with provideShapes.)
    shapes =
      typeof document === 'undefined'
        ? Promise.reject(failShapes('fetch-failed', 'shapesNotGiven', src))
        : fetchFile(src, new AbortController().signal).then(({ bytes }) => readShapes(bytes, src));
    shapes.catch(() => cache.delete(key));
    cache.set(key, shapes);
  }
  return shapes;
}

/** The bytes of the file `shapes` names, read by a shell without a page (the command line reads it from disk). */
export function provideShapes(src: string, bytes: Uint8Array): void {
  cache.set(cacheKey(src), Promise.resolve().then(() => readShapes(bytes, src)));
}

/** One entry per file: its full address on a page; as written without one. */
function cacheKey(src: string): string {
  return typeof document === 'undefined' ? src : new URL(src, document.baseURI).href;
}

/** For tests: forget every loaded boundaries file. */
export function clearShapesCache(): void {
  cache.clear();
}

/** Pure: a file's bytes → its areas, or a `parse-error` / `too-large` error that says what is wrong. */
export function readShapes(bytes: Uint8Array, src: string): Shapes {
  if (bytes.byteLength > limits.bytes) {
    throw failShapes('too-large', 'shapesTooLarge', src, megabytes(bytes.byteLength), megabytes(limits.bytes));
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (isAbort(error)) throw error;
    throw failShapes('parse-error', 'shapesNotJson', src);
  }
  const areas = toAreas(json, src);
  if (areas.length === 0) throw failShapes('parse-error', 'shapesEmpty', src);
  const points = areas.reduce((sum, area) => sum + countPoints(area.geometry), 0);
  if (points > limits.points) throw failShapes('too-large', 'shapesTooDetailed', src, points, limits.points);
  const properties = new Set<string>();
  for (const area of areas) for (const name of Object.keys(area.properties)) properties.add(name);
  return { src, areas, properties: [...properties] };
}

const megabytes = (bytes: number) => Math.round((bytes / 1_000_000) * 10) / 10;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);

/** The polygons of a FeatureCollection, a Feature or a Topology (all its objects), with their properties. */
function toAreas(json: unknown, src: string): Area[] {
  const type = isObject(json) && typeof json['type'] === 'string' ? json['type'] : null;
  if (!isObject(json) || type === null) throw failShapes('parse-error', 'shapesNotGeo', src, null);
  let features: unknown[];
  if (type === 'Topology') {
    if (!isObject(json['objects']) || !Array.isArray(json['arcs'])) throw failShapes('parse-error', 'shapesNotGeo', src, type);
    features = [];
    try {
      for (const object of Object.values(json['objects'])) {
        const converted = feature(json as unknown as Topology, object as Parameters<typeof feature>[1]) as unknown;
        features.push(...(isObject(converted) && Array.isArray(converted['features']) ? converted['features'] : [converted]));
      }
    } catch {
      throw failShapes('parse-error', 'shapesNotGeo', src, type); // arcs or transform that do not add up
    }
  } else if (type === 'FeatureCollection') {
    if (!Array.isArray(json['features'])) throw failShapes('parse-error', 'shapesNotGeo', src, type);
    features = json['features'];
  } else if (type === 'Feature') {
    features = [json];
  } else {
    throw failShapes('parse-error', 'shapesNotGeo', src, type);
  }
  const areas: Area[] = [];
  for (const item of features) {
    if (!isObject(item)) continue;
    const geometry = item['geometry'];
    if (!isObject(geometry) || !AREA_TYPES.has(geometry['type'] as string) || !validCoordinates(geometry['coordinates'])) continue;
    areas.push({ geometry: geometry as unknown as Geometry, properties: isObject(item['properties']) ? item['properties'] : {} });
  }
  return areas;
}

/** Rings of [longitude, latitude] numbers, nested as a Polygon or MultiPolygon nests them. */
function validCoordinates(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (typeof value[0] === 'number') return value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  return value.every(validCoordinates);
}

function countPoints(geometry: Geometry | Feature['geometry']): number {
  const count = (value: unknown): number => (Array.isArray(value) && Array.isArray(value[0]) ? value.reduce((sum: number, item) => sum + count(item), 0) : 1);
  return 'coordinates' in geometry ? count(geometry.coordinates) : 0;
}
