/** d3-geo's spherical area, bounds and centroid, for Vega's expressions (render/geo-stubs.ts): loaded with a map. */
export { geoArea, geoBounds, geoCentroid } from 'd3-geo';
