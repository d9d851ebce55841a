/**
 * What Vega's expression functions `geoArea`, `geoBounds` and `geoCentroid` call, in the standalone build (issue 21).
 * Vega imports them from d3-geo, whose spherical geometry (about 7 KiB gzip) would then be in every chart's
 * download; only a map, or a spec that calls them, needs it. scripts/late-copies-plugin.ts hands vega-functions these
 * stand-ins instead, and render/vega-runtime.ts installs the real functions (render/geo-functions.ts, with the
 * geographic transforms) before parsing a spec that uses them. In the source, the tests and the npm library, Vega
 * imports d3-geo itself and this module only holds what was installed.
 */
type GeoFunction = (geojson: unknown) => unknown;
type GeoFunctions = { readonly geoArea: GeoFunction; readonly geoBounds: GeoFunction; readonly geoCentroid: GeoFunction };

const notLoaded = (name: string): GeoFunction => () => {
  throw new Error(`lnob-charts: ${name}() was called before Vega's geographic functions loaded`);
};
let installed: GeoFunctions = { geoArea: notLoaded('geoArea'), geoBounds: notLoaded('geoBounds'), geoCentroid: notLoaded('geoCentroid') };

export function installGeoFunctions(functions: GeoFunctions): void {
  installed = functions;
}

export const geoArea: GeoFunction = (geojson) => installed.geoArea(geojson);
export const geoBounds: GeoFunction = (geojson) => installed.geoBounds(geojson);
export const geoCentroid: GeoFunction = (geojson) => installed.geoCentroid(geojson);
