import type { TopLevelSpec } from 'vega-lite';
import type { Geo } from './report.js';
import { params } from '../spec-helpers.js';
import { YEAR_PARAMS, yearLookup } from '../year-filter.js';
import type { ChartTemplate } from '../types.js';
import { loadOwnShapes, ownReport, ownShapes, shapesAspect, shapesSource } from './own-shapes.js';
import { SHAPES_OPTIONS } from './shapes-options.js';
import { english } from './words.js';
import { HATCHED_SQUARE, KEEP_X, NODATA_HATCH } from './hatch.js';

/**
 * A world map by country: a sequential colour scale for a value, or a
 * highlight map of a set of countries (e.g. where national dialogues were
 * held). The shapes (Natural Earth 1:110m via world-atlas) and the country
 * codes (i18n-iso-countries) load in chunks of their own when a map first
 * renders, so pages without a map never download them.
 *
 * Data flow: the spec reads the shapes from the dataset `lnob_shapes`, finds
 * each shape's row through `lnob_geo` (ISO numeric id → the `geo` text of the
 * row that names it) and then the row in `table` by that text, with Vega-Lite
 * `lookup` transforms. Highlighted countries come in `lnob_highlight`. All
 * three datasets come from `datasets()`; none is in the spec.
 */

export const DISCLAIMER = english.mapDisclaimer!;
export const DISCLAIMER_SHORT = english.mapDisclaimerShort!;
export const ATTRIBUTION = english.mapAttribution!;
/** Below this width (px) the map is on a phone: the disclaimer is its short sentence. */
const PHONE_WIDTH = 480;
/** Height of the map as a share of its width: the Equal Earth world without Antarctica is about 0.44. */
const ASPECT_RATIO = 0.45;

let geo: Promise<Geo> | undefined;
/** Set once the geo modules have loaded, for the synchronous hooks. */
let loadedGeo: Geo | undefined;

/**
 * The country codes, the shapes and the map's data logic (reports, signals,
 * summary), loaded once per page, in parallel, only when a map renders.
 */
export function loadGeo(): Promise<Geo> {
  geo ??= Promise.all([
    import('../../data/geo/countries.js').then(async (m) => (await m.loadCountries(), m)),
    import('./world.js').then((m) => m.loadWorld()),
    import('./report.js'),
  ]).then(([countries, world, report]) => (loadedGeo = { countries, world, report }));
  geo.catch(() => (geo = undefined));
  return geo;
}

/** The loaded codes and shapes; `load()` runs first (the element awaits it before the other hooks). */
function requireGeo(): Geo {
  if (!loadedGeo) throw new Error('The map template was used before load() finished.');
  return loadedGeo;
}

/** The shapes joined with the data: each area's value, highlight, label and description. */
const SHAPE_ROWS = [
    { lookup: 'id', from: { data: { name: 'lnob_geo' }, key: 'lnob_id', fields: ['geo'] } },
    ...yearLookup('geo', 'value'), // the row of this place in the year drawn (templates/year-filter.ts)
    { lookup: 'id', from: { data: { name: 'lnob_highlight' }, key: 'lnob_id' }, as: 'lnob_highlight_row' },
    { calculate: 'datum.properties.name', as: 'lnob_name' },
    { calculate: 'isValid(datum.value) && isFinite(datum.value)', as: 'lnob_has_value' },
    { calculate: 'isValid(datum.lnob_highlight_row)', as: 'lnob_highlighted' },
    // The colour scale sees values only in value mode, so its legend and domain follow the data shown.
    // (0 when the scale shows nothing, so its domain stays finite.)
    {
      calculate: 'lnob_map_highlight || lnob_map_empty ? 0 : datum.lnob_has_value ? datum.value : null',
      as: 'lnob_value',
    },
    {
      calculate:
        "datum.lnob_has_value ? format(datum.value, lnob_format) + lnob_unit : lnob_map_highlight ? (datum.lnob_highlighted ? lnob_highlight_label : '') : lnob_nodata_label",
      as: 'lnob_label',
    },
    { calculate: "datum.lnob_label ? datum.lnob_name + ': ' + datum.lnob_label : datum.lnob_name", as: 'lnob_description' },
];

/** Below this many square pixels an area is too small to see (Fiji, Rwanda, El Salvador on a phone): it gets a marker. */
const TINY_AREA = 30;

/**
 * A small circle in the area's colour, outlined in the text colour, on every tiny area that is highlighted or has
 * a value: those are what the map is about, and a speck of colour a few pixels wide is invisible.
 */
const TINY_MARKERS = {
  data: { name: 'lnob_shapes' },
  transform: [
    ...SHAPE_ROWS,
    { filter: `(lnob_map_highlight ? datum.lnob_highlighted : datum.lnob_has_value && !lnob_map_empty) && geoArea('projection', datum) < ${TINY_AREA}` },
  ],
  mark: {
    type: 'point' as const,
    style: ['point', KEEP_X], // at the place's centroid in every language: a map is not mirrored
    shape: 'circle',
    filled: true,
    size: 40,
    opacity: 1,
    x: { expr: "geoCentroid('projection', datum)[0]" },
    y: { expr: "geoCentroid('projection', datum)[1]" },
    fill: { expr: "lnob_map_highlight ? lnob_color_highlight : scale('color', datum.lnob_value)" },
    stroke: { expr: 'lnob_color_text' },
    strokeWidth: 1,
    aria: false,
  },
  encoding: {
    tooltip: [
      { field: 'lnob_name', type: 'nominal' as const, title: ' ' },
      { field: 'lnob_label', type: 'nominal' as const, title: '  ' },
    ],
  },
};

/** The legend's keys: the highlighted colour in highlight mode, the "no data" colour otherwise. */
const KEYS = ['highlight', 'other', 'nodata'];

function mapSpec(): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    params: params({
      lnob_map_highlight: false,
      lnob_map_empty: false,
      lnob_map_floor: null,
      lnob_map_ceiling: null,
      lnob_map_extent: [],
      lnob_highlight_label: 'Highlighted',
      lnob_nodata_label: 'No data',
      lnob_disclaimer: DISCLAIMER,
      lnob_disclaimer_short: DISCLAIMER_SHORT,
      lnob_still: false,
      lnob_attribution: ATTRIBUTION,
      lnob_map_projection: 'equalEarth',
      ...YEAR_PARAMS,
    }),
    width: 320,
    height: 160,
    projection: { type: { expr: 'lnob_map_projection' } }, // a page's own boundaries: Mercator, fitted to them
    layer: [
      NODATA_HATCH,
      {
        data: { name: 'lnob_shapes' },
        transform: SHAPE_ROWS,
        mark: {
          type: 'geoshape',
          // Countries without a value are drawn (in the "no data" colour), not dropped.
          invalid: 'show',
          stroke: { expr: "!lnob_map_highlight && !datum.lnob_has_value ? lnob_color_deemphasis : lnob_color_background" },
          strokeWidth: 0.5,
        },
        encoding: {
          color: {
            condition: [
              {
                test: 'lnob_map_highlight',
                value: { expr: 'datum.lnob_highlighted ? lnob_color_highlight : lnob_color_deemphasis' },
              },
              // No fill: the hatching drawn underneath (NODATA_HATCH) shows through, as OWID draws "no data".
              { test: 'lnob_map_empty || !isValid(datum.lnob_value)', value: 'transparent' },
            ],
            field: 'lnob_value',
            type: 'quantitative',
            // Floor and ceiling from the values of every year the chart can show, so a shade means one value in every year.
            scale: { range: 'ramp', domainMin: { expr: 'lnob_map_floor' }, domainMax: { expr: 'lnob_map_ceiling' } },
            legend: {
              title: null,
              orient: 'top',
              direction: 'horizontal',
              offset: 6,
              // In highlight mode (or with nothing to colour) the value legend folds away to nothing.
              gradientLength: { expr: 'lnob_map_highlight || lnob_map_empty ? 0 : clamp(width * 0.45, 100, 240)' },
              gradientThickness: { expr: 'lnob_map_highlight || lnob_map_empty ? 0 : 10' },
              // Labels at the lowest and highest values shown (the gradient starts a little lower: see scaleFloor).
              values: { expr: 'lnob_map_extent' },
              labelExpr: "lnob_map_highlight || lnob_map_empty ? '' : format(datum.value, lnob_format) + lnob_unit",
              labelColor: { expr: 'lnob_color_text' },
              labelOverlap: true,
              aria: false,
            },
          },
          description: { field: 'lnob_description', type: 'nominal' },
          tooltip: [
            { field: 'lnob_name', type: 'nominal', title: ' ' },
            { field: 'lnob_label', type: 'nominal', title: '  ' },
          ],
        },
      },
      TINY_MARKERS,
      {
        // The key for "no data" (value mode) or the highlighted countries (highlight mode). It
        // draws nothing itself (its only row is the constant key, not data): it exists for its legend.
        data: { values: [{ lnob_key: 'nodata' }] },
        mark: { type: 'text', text: '' },
        encoding: {
          fill: {
            field: 'lnob_key',
            type: 'nominal',
            scale: {
              domain: KEYS,
              range: [{ expr: 'lnob_color_highlight' }, { expr: 'lnob_color_deemphasis' }, { expr: 'lnob_color_background' }],
            },
            legend: {
              title: null,
              orient: 'top',
              direction: 'horizontal',
              offset: 6,
              // "No data" is a hatched square, as on the map; the highlight key a plain one.
              symbolType: { expr: `lnob_map_highlight ? 'square' : '${HATCHED_SQUARE}'` },
              symbolSize: 144,
              symbolStrokeColor: { expr: 'lnob_map_highlight ? lnob_color_deemphasis : lnob_color_deemphasis_stroke' },
              symbolStrokeWidth: 1,
              values: { expr: "lnob_map_highlight ? ['highlight'] : ['nodata']" },
              labelExpr: "datum.value == 'highlight' ? lnob_highlight_label : lnob_nodata_label",
              labelColor: { expr: 'lnob_color_text' },
              labelLimit: { expr: 'max(120, width - 30)' },
              aria: false,
            },
          },
        },
      },
      {
        // The disclaimer and the map's attribution, wrapped to the chart's width, under the map. Lines
        // allow 8 px a character: what Vega assumes where it cannot measure text (Node, the render
        // command), so no line is cut short there; browsers measure, and the lines end a little early.
        data: { values: [{}] },
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'top',
          lineBreak: '|',
          fontSize: 10,
          // Never wider than the map, so the text cannot push the layout (Vega fits everything into the width).
          limit: { expr: 'width' },
          x: 0,
          y: { expr: 'height + 6' },
          fill: { expr: 'lnob_color_muted' },
          // On a phone the short sentence, without the blank line before the attribution: the full text would be
          // nearly as tall as the map (the line's tooltip has it). A still image (`lnob_still`: a share image, the
          // command line) has no tooltip: it sets the full text the same way.
          text: {
            expr:
              `width < ${PHONE_WIDTH} ` +
              `? replace(trim(replace(lnob_still ? lnob_disclaimer : lnob_disclaimer_short, regexp('(.{1,' + max(30, floor(width / 8)) + '})( +|$)', 'g'), '$1|')), regexp('[|]$'), '') + '|' + lnob_attribution ` +
              `: trim(replace(lnob_disclaimer, regexp('(.{1,' + max(30, floor(width / 8)) + '})( +|$)', 'g'), '$1|')) + '|' + lnob_attribution`,
          },
          tooltip: { expr: `width < ${PHONE_WIDTH} ? lnob_disclaimer : null` },
        },
      },
    ],
    config: { view: { stroke: null } },
  };
}

export const map: ChartTemplate = {
  id: 'map',
  name: 'World map',
  description:
    'Show a number for each country on a world map, from light (low) to dark (high) — for example the share of people ' +
    'living in extreme poverty — or mark a set of countries, such as where national dialogues were held. Name countries ' +
    'by ISO code (NGA or NG), UN M49 number (566) or English name (Nigeria). Best for patterns across regions; to ' +
    'compare exact values or a few countries, use ranked-bar. Small island states do not show at world scale: the ' +
    'chart lists them under the map.',
  roles: [
    { name: 'geo', type: 'geo', required: true, meaning: 'the country of each row (a name, or an ISO or UN code)' },
    { name: 'value', type: 'quantitative', required: false, meaning: 'the number for each country' },
  ],
  options: [
    {
      attribute: 'highlight',
      type: 'list',
      structural: false,
      description:
        'Countries to highlight, separated by `;` (names or codes). The map then shows only which countries are highlighted ' +
        '(values stay in the tooltip). Without a `value` column, every country in the data is highlighted.',
    },
    ...SHAPES_OPTIONS,
    {
      attribute: 'highlight-label',
      type: 'string',
      structural: false,
      description: 'What the highlight colour means, shown in the legend (default "Highlighted").',
    },
  ],

  aspectRatio: ASPECT_RATIO,
  years: true,

  aspectRatioFor(options) {
    const own = ownShapes(options);
    return own ? shapesAspect(own.shapes) : ASPECT_RATIO;
  },

  spec: () => mapSpec(),

  signalsAcrossYears(options, years) {
    const own = ownShapes(options);
    const report = own?.report ?? loadedGeo?.report;
    const extents = years.flatMap((rows) => {
      try {
        const extent = map.signals?.(options, rows)['lnob_map_extent'];
        return Array.isArray(extent) && extent.length === 2 ? [extent as [number, number]] : [];
      } catch {
        return []; // a year the map cannot draw says so when it is shown
      }
    });
    if (!report || extents.length === 0) return {};
    return report.scaleSignals([Math.min(...extents.map(([low]) => low)), Math.max(...extents.map(([, high]) => high))]);
  },

  signals(options, rows) {
    const own = ownShapes(options);
    if (own) return own.report.shapesSignals(rows, options, ownReport(rows, options, own));
    return loadedGeo ? loadedGeo.report.mapSignals(rows, options, loadedGeo) : {};
  },

  async load(options) {
    const src = shapesSource(options);
    await (src === undefined ? loadGeo() : loadOwnShapes(src));
  },

  datasets(rows, options, context) {
    const own = ownShapes(options);
    if (own) return own.report.shapesDatasets(own.shapes, ownReport(rows, options, own), !own.report.highlightMode(options, rows));
    const geo = requireGeo();
    return geo.report.mapDatasets(rows, options, geo, context?.lang);
  },

  check(rows, options, context) {
    const own = ownShapes(options);
    if (own) return own.report.shapesNotes(ownReport(rows, options, own), context?.strings);
    const geo = requireGeo();
    return geo.report.reportNotes(geo.report.reportRows(rows, options, geo));
  },

  hints(rows, options) {
    const own = ownShapes(options);
    return own ? own.report.shapesHints(ownReport(rows, options, own)) : [];
  },

  summary(rows, options, context) {
    const own = ownShapes(options);
    if (own) return own.report.summariseShapes(rows, options, context, ownReport(rows, options, own));
    return loadedGeo ? loadedGeo.report.summarise(rows, options, context, loadedGeo) : `World map${context.title ? `: ${context.title}` : ''}.`;
  },
};
