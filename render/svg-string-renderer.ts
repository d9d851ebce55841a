/**
 * Vega's SVG-as-text renderer (`view.toSVG()`), for downloads, share images and the command line's drawing: the
 * standalone build leaves it out of Vega's chunk (scripts/vega-sources-plugin.ts), and this registers it as Vega's own
 * bundle does, beside the SVG renderer that draws on the page.
 */
import { SVGHandler, SVGRenderer, SVGStringRenderer, renderModule } from 'vega-scenegraph';

renderModule('svg', { renderer: SVGRenderer, headless: SVGStringRenderer, handler: SVGHandler });
