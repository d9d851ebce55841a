/**
 * The cold-load bench's floor page (scripts/bench-load.js): one file with Vega alone, drawing the spec compiled to
 * Vega beforehand and written into the page — what any Vega chart costs at least.
 */
import { View, parse, type Spec } from 'vega';
import { chartBox, drawn, pageSpec } from './page-spec.js';

const view = new View(parse(pageSpec() as Spec), { renderer: 'svg', container: chartBox() });
await view.runAsync();
drawn(view);
