import { extname } from 'node:path';

export const USAGE = `Usage: npx lnob-charts render <data file> [options]

Draws a chart to SVG or PNG without a browser, for newsletters, PDFs and
websites that do not allow scripts.

  --out <file>          chart.svg (default), chart.png, or chart.html: the
                        <lnob-chart> to paste, showing its words and this
                        drawing before any script
  --width <px>          width of the drawing (default 640)
  --scale <n>           pixel density of a PNG (default 2)
  --<attribute> <text>  any <lnob-chart> attribute: --template, --title,
                        --subtitle, --source, --credit, --notes, --theme,
                        --value-column, --highlight, --indicator, --lang,
                        --annotations "2015: SDGs adopted; 2020: COVID-19" …

Example:
  npx lnob-charts render poverty.csv --title "Poverty is highest in the North" \\
      --category-column zone --value-column poverty_rate --out poverty.png`;

export interface Parsed {
  file: string;
  out: string;
  width: number;
  scale: number;
  attributes: Record<string, string>;
}

export function parseArguments(argv: readonly string[]): Parsed | string {
  const [command, ...rest] = argv;
  if (command !== 'render' || rest.length === 0 || rest.includes('--help')) return USAGE;
  const attributes: Record<string, string> = {};
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s);
      const value = inline ?? rest[++i];
      if (value === undefined) return `--${name} needs a value.\n\n${USAGE}`;
      attributes[name!] = value;
    } else if (!file) file = arg;
    else return `Only one data file, please (got "${file}" and "${arg}").\n\n${USAGE}`;
  }
  if (!file) return USAGE;
  const { out = 'chart.svg', width = '640', scale = '2', ...chart } = attributes;
  if (!['.svg', '.png', '.html'].includes(extname(out).toLowerCase())) return `--out must end in .svg, .png or .html (got "${out}").`;
  return { file, out, width: Number(width) || 640, scale: Number(scale) || 2, attributes: chart };
}

