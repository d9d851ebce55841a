/**
 * The code the publishing guides show, made by the same snippet generator as
 * the chart pages: the script line (with version and integrity), the ranked-bar
 * sample in both data forms, and the allow-list a CMS needs — every attribute
 * a chart can take, from the registry.
 */
import '../templates/index.js';
import { ROLE_NAMES } from '../templates/types.js';
import { optionAttributes } from '../templates/registry.js';
import { buildInfo } from './build-info.js';
import { fromThisSite } from './kit-address.js';
import { variantsFor } from './catalogue.js';
import { chartMarkup, scriptTag } from './snippet.js';

/** Every attribute of `<lnob-chart>` (common, role columns, every template's options), sorted. */
export function chartAttributes(): string[] {
  const common = [
    'template', 'src', 'format', 'layout', 'title', 'subtitle', 'notes', 'source', 'source-url', 'credit', 'indicator', 'goal',
    'theme', 'lang', 'decimal', 'renderer', 'height', 'eager', 'menu', 'table', 'where', 'series-code', 'countries', 'years', 'aggregates',
    'class', 'id', 'style',
  ];
  return [...new Set([...common, ...ROLE_NAMES.map((role) => `${role}-column`), ...optionAttributes()])].sort();
}

/** The ranked-bar sample: the simplest chart to show a data form with. */
function sample(): { attributes: Record<string, string>; csv: string } {
  const variant = variantsFor('ranked-bar').find((v) => v.id === 'sample');
  return variant ?? { attributes: { title: 'Poverty rate by region' }, csv: 'category,value\nNorth,70%\nSouth,49%' };
}

/** The script line, versioned, with its integrity hash when known. */
export function guideScript(): string {
  const { version, integrity } = buildInfo();
  return fromThisSite(scriptTag(version, integrity));
}

/** The sample chart with its data as a `<table>`: what survives CMS filters that remove scripts. */
export function guideChartWithTable(): string {
  const { attributes, csv } = sample();
  return chartMarkup('ranked-bar', attributes, csv, 'table');
}

/** The sample chart with its data as a `<script type="text/csv">`. */
export function guideChartWithScript(): string {
  const { attributes, csv } = sample();
  return chartMarkup('ranked-bar', attributes, csv, 'script');
}

/**
 * The sample chart as the share menu's "Copy embed code" and the builder write it (issue 21): its words as HTML and
 * the drawing's room (here 260 px, what the sample draws), shown before any script (render/first-paint.ts).
 */
export function guideChartFirstPaint(): string {
  const { attributes, csv } = sample();
  return chartMarkup('ranked-bar', attributes, csv, 'table', undefined, undefined, { chartHeight: 260 });
}

/** A page that shows one chart, complete. */
export function guidePlainPage(): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '  <meta charset="utf-8">',
    '  <meta name="viewport" content="width=device-width, initial-scale=1">',
    '  <title>Poverty in Nigeria</title>',
    `  ${guideScript()}`,
    '</head>',
    '<body>',
    guideChartWithScript()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
    '</body>',
    '</html>',
  ].join('\n');
}

/** Drupal: the tag and attributes to add to a text format's allowed HTML. */
export function drupalAllowedTag(): string {
  return `<lnob-chart ${chartAttributes()
    .filter((name) => name !== 'style')
    .join(' ')}>`;
}
