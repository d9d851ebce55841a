import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArguments } from './arguments.js';
import { ChartError } from '../core/errors.js';
import { renderChart } from './render-chart.js';
import { chartHtml } from './snippet.js';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return argv[0] === 'render' && !argv.includes('--help') ? 2 : 0;
  }
  let data: Uint8Array;
  try {
    data = await readFile(parsed.file);
  } catch {
    console.error(`Cannot read the data file "${parsed.file}". Check the path.`);
    return 1;
  }
  const shapesFile = parsed.attributes['shapes']?.trim();
  let shapes: Uint8Array | undefined;
  if (shapesFile) {
    try {
      shapes = await readFile(shapesFile);
    } catch {
      console.error(`Cannot read the boundaries file "${shapesFile}" (--shapes). Check the path.`);
      return 1;
    }
  }
  try {
    const { svg, plan, drawing } = await renderChart({ data, dataName: parsed.file, attributes: parsed.attributes, width: parsed.width, shapes });
    // What the element tells the page's author as lnob-warning events: how the file was read, what was chosen.
    for (const hint of plan.hints) console.error(`Note (${hint.code}): ${hint.message}`);
    if (extname(parsed.out).toLowerCase() === '.png') {
      const resvg = await import('@resvg/resvg-js').catch(() => undefined);
      if (!resvg) {
        console.error('Drawing PNG needs the rasteriser @resvg/resvg-js: run "npm install @resvg/resvg-js", or write an .svg instead.');
        return 1;
      }
      const { Resvg } = resvg;
      const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: parsed.scale }, font: { loadSystemFonts: true } }).render().asPng();
      await writeFile(parsed.out, png);
    } else if (extname(parsed.out).toLowerCase() === '.html') {
      await writeFile(parsed.out, chartHtml(parsed.attributes, parsed.file, plan, drawing));
      console.error('Paste it after the kit\'s script line, with the data file beside the page.');
    } else {
      await writeFile(parsed.out, svg);
    }
    console.log(`Wrote ${parsed.out}`);
    return 0;
  } catch (error) {
    if (error instanceof ChartError) {
      console.error(`The chart cannot be drawn (${error.code}): ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
