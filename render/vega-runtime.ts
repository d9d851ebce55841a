/**
 * The part of Vega the kit's charts use: the view, the parser and the
 * transforms Vega-Lite compiles to (data, view layout, encoding, geo).
 * Vega's full bundle also registers force layouts, trees, word clouds,
 * Voronoi, regression and label placement — about 50 KiB gzip that no
 * template uses — so the default download is smaller for readers on slow
 * connections. A template that needs one of those adds it here.
 */
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import * as geo from 'vega-geo';
import * as tx from 'vega-transforms';
import { extend } from 'vega-util';
import * as vtx from 'vega-view-transforms';

extend(transforms, tx, vtx, encode, geo);

export { parse } from 'vega-parser';
export { View } from 'vega-view';
