/**
 * Vega's canvas and hybrid renderers, for a chart drawn with `renderer="canvas"`: the standalone build leaves them out
 * of Vega's chunk (scripts/vega-sources-plugin.ts), so this registers them as Vega's own bundle does.
 */
import { CanvasHandler, CanvasRenderer, HybridHandler, HybridRenderer, renderModule } from 'vega-scenegraph';

const canvas = { renderer: CanvasRenderer, headless: CanvasRenderer, handler: CanvasHandler };
renderModule('canvas', canvas);
renderModule('png', canvas);
renderModule('hybrid', { renderer: HybridRenderer, headless: HybridRenderer, handler: HybridHandler });
