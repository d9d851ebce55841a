/**
 * The cold-load bench's vega-embed page (scripts/bench-load.js): one file with vega-embed, Vega-Lite and Vega, as a
 * site would put a Vega-Lite chart on a page. It draws the Vega-Lite spec written into the page.
 */
import vegaEmbed from 'vega-embed';
import { chartBox, drawn, pageSpec } from './page-spec.js';

const LOG_ERRORS_ONLY = 1;
const result = await vegaEmbed(chartBox(), pageSpec() as never, { actions: false, renderer: 'svg', logLevel: LOG_ERRORS_ONLY });
drawn(result.view);
