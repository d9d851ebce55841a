import type { TopLevelSpec } from 'vega-lite';
import type { Row } from '../data/table.js';
import type { Country, GeoMatch } from './geo/countries.js';
import type { WorldShapes } from './geo/world.js';
import { params } from './spec-helpers.js';
import type { ChartTemplate, Options } from './types.js';

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

export const DISCLAIMER =
  'The boundaries and names shown and the designations used on this map do not imply official endorsement or ' +
  'acceptance by the makers of this chart or its data sources.';
export const ATTRIBUTION = 'Map: Natural Earth (via world-atlas)';
const DEFAULT_HIGHLIGHT_LABEL = 'Highlighted';
/** Height of the map as a share of its width: the Equal Earth world without Antarctica is about 0.44. */
const ASPECT_RATIO = 0.45;

interface Geo {
  readonly countries: typeof import('./geo/countries.js');
  readonly world: WorldShapes;
}
let geo: Promise<Geo> | undefined;
/** Set once the geo modules have loaded, for the synchronous hooks. */
let loadedGeo: Geo | undefined;

/** The country codes and the shapes, loaded once per page, in parallel. */
export function loadGeo(): Promise<Geo> {
  geo ??= Promise.all([
    import('./geo/countries.js').then(async (m) => (await m.loadCountries(), m)),
    import('./geo/world.js').then((m) => m.loadWorld()),
  ]).then(
    ([countries, world]) => (loadedGeo = { countries, world }),
  );
  geo.catch(() => (geo = undefined));
  return geo;
}

/** The loaded codes and shapes; `load()` runs first (the element awaits it before the other hooks). */
function requireGeo(): Geo {
  if (!loadedGeo) throw new Error('The map template was used before load() finished.');
  return loadedGeo;
}

/** Which countries the rows name, and what the map cannot show. */
export interface MapReport {
  /** One entry per drawn country named by the rows (the first row naming it). */
  readonly keys: { lnob_id: string; geo: string }[];
  /** Values that match no country or group, as written. */
  readonly unknown: string[];
  /** Countries with no shape at 1:110m (e.g. Maldives). */
  readonly tooSmall: string[];
  /** Countries left off this map on purpose (Antarctica). */
  readonly omitted: string[];
  /** Countries named by more than one row. */
  readonly repeated: string[];
  /** Values recognised as regions or groups of countries (World, Sub-Saharan Africa…), skipped. */
  readonly aggregates: string[];
  /** Highlighted countries (ids), after resolving the `highlight` list (or every country in the data when there are no values). */
  readonly highlight: string[];
}

/** Pure: the report for these rows and options, given the loaded codes and shapes. */
export function reportRows(rows: readonly Row[], options: Options, { countries, world }: Geo): MapReport {
  const keys: MapReport['keys'] = [];
  const unknown = new Set<string>();
  const tooSmall = new Set<string>();
  const omitted = new Set<string>();
  const repeated = new Set<string>();
  const aggregates = new Set<string>();
  const seen = new Set<string>();
  const place = (value: string, match: GeoMatch): Country | undefined => {
    if (match.kind === 'unknown') unknown.add(value);
    else if (match.kind === 'aggregate') aggregates.add(match.name);
    else if (world.ids.has(match.country.numeric)) return match.country;
    else if (isOmitted(match.country)) omitted.add(match.country.name);
    else tooSmall.add(match.country.name);
    return undefined;
  };
  for (const row of rows) {
    const value = geoText(row);
    if (value === undefined) continue;
    const country = place(value, countries.resolveGeo(value));
    if (!country) continue;
    if (seen.has(country.numeric)) repeated.add(country.name);
    else keys.push({ lnob_id: country.numeric, geo: value });
    seen.add(country.numeric);
  }
  const listed = (options['highlight'] as readonly string[] | null) ?? [];
  const highlight = new Set<string>();
  for (const value of listed) {
    const country = place(value, countries.resolveGeo(value));
    if (country) highlight.add(country.numeric);
  }
  if (listed.length === 0 && !hasValues(rows)) for (const key of keys) highlight.add(key.lnob_id);
  return {
    keys,
    unknown: [...unknown],
    tooSmall: [...tooSmall],
    omitted: [...omitted],
    repeated: [...repeated],
    aggregates: [...aggregates],
    highlight: [...highlight],
  };
}

function isOmitted(country: Country): boolean {
  return country.numeric === '010';
}

/** Plain-words notes on what the map leaves out (regions and groups are left out quietly: they are not mistakes). */
export function reportNotes(report: MapReport): string[] {
  const notes: string[] = [];
  const list = (items: readonly string[]) => items.join(', ');
  if (report.unknown.length) notes.push(`Not on the map (no country by that name or code): ${list(report.unknown)}.`);
  if (report.tooSmall.length) notes.push(`Too small to show at this scale: ${list(report.tooSmall)}.`);
  if (report.omitted.length) notes.push(`Not drawn on this map: ${list(report.omitted)}.`);
  if (report.repeated.length) notes.push(`More than one row for ${list(report.repeated)}: the map shows one of them.`);
  return notes;
}

function geoText(row: Row): string | undefined {
  const value = row['geo'];
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function numericValue(row: Row): number | undefined {
  const value = row['value'];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function hasValues(rows: readonly Row[]): boolean {
  return rows.some((row) => numericValue(row) !== undefined);
}

/** Highlight mode: a `highlight` list was given, or the data has no values to colour by. */
function highlightMode(options: Options, rows: readonly Row[]): boolean {
  const listed = (options['highlight'] as readonly string[] | null) ?? [];
  return listed.length > 0 || !hasValues(rows);
}

/** The lowest and highest values the map colours (rows of drawn countries), or undefined when it colours none. */
function drawnExtent(options: Options, rows: readonly Row[]): [number, number] | undefined {
  if (!loadedGeo || highlightMode(options, rows)) return undefined;
  const valueOf = new Map<string, number>();
  for (const row of rows) {
    const value = numericValue(row);
    const text = geoText(row);
    if (value !== undefined && text !== undefined && !valueOf.has(text)) valueOf.set(text, value);
  }
  const values = reportRows(rows, options, loadedGeo).keys.flatMap((key) => (valueOf.has(key.geo) ? [valueOf.get(key.geo)!] : []));
  return values.length ? [Math.min(...values), Math.max(...values)] : undefined;
}

/**
 * Where the colour scale starts: a fifth of the data's range below the lowest
 * value, so the lowest country gets a visible colour, never the near-white end
 * of the ramp that "no data" could be mistaken for.
 */
function scaleFloor([low, high]: [number, number]): number {
  return high > low ? low - 0.2 * (high - low) : low - Math.max(1, Math.abs(low) * 0.2);
}

/** The legend's keys: the highlighted colour in highlight mode, the "no data" colour otherwise. */
const KEYS = ['highlight', 'other', 'nodata'];

function mapSpec(): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    params: params({
      lnob_map_highlight: false,
      lnob_map_empty: false,
      lnob_map_floor: null,
      lnob_map_extent: [],
      lnob_highlight_label: DEFAULT_HIGHLIGHT_LABEL,
      lnob_nodata_label: 'No data',
      lnob_disclaimer: DISCLAIMER,
      lnob_attribution: ATTRIBUTION,
    }),
    width: 320,
    height: 160,
    projection: { type: 'equalEarth' },
    layer: [
      {
        data: { name: 'lnob_shapes' },
        transform: [
          { lookup: 'id', from: { data: { name: 'lnob_geo' }, key: 'lnob_id', fields: ['geo'] } },
          { lookup: 'geo', from: { data: { name: 'table' }, key: 'geo', fields: ['value'] } },
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
        ],
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
              { test: 'lnob_map_empty || !isValid(datum.lnob_value)', value: { expr: 'lnob_color_grid' } },
            ],
            field: 'lnob_value',
            type: 'quantitative',
            scale: { range: 'ramp', domainMin: { expr: 'lnob_map_floor' } },
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
              range: [{ expr: 'lnob_color_highlight' }, { expr: 'lnob_color_deemphasis' }, { expr: 'lnob_color_grid' }],
            },
            legend: {
              title: null,
              orient: 'top',
              direction: 'horizontal',
              offset: 6,
              symbolType: 'square',
              symbolStrokeColor: { expr: 'lnob_color_deemphasis' },
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
          text: {
            expr:
              "trim(replace(lnob_disclaimer, regexp('(.{1,' + max(30, floor(width / 8)) + '})( +|$)', 'g'), '$1|')) + '|' + lnob_attribution",
          },
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
    {
      attribute: 'highlight-label',
      type: 'string',
      structural: false,
      description: 'What the highlight colour means, shown in the legend (default "Highlighted").',
    },
  ],

  aspectRatio: ASPECT_RATIO,

  spec: () => mapSpec(),

  signals(options, rows) {
    const extent = drawnExtent(options, rows);
    const label = (options['highlight-label'] as string | null)?.trim();
    return {
      lnob_map_highlight: highlightMode(options, rows),
      lnob_map_empty: !highlightMode(options, rows) && loadedGeo !== undefined && extent === undefined,
      lnob_map_floor: extent ? scaleFloor(extent) : null,
      lnob_map_extent: extent ?? [],
      lnob_highlight_label: label || DEFAULT_HIGHLIGHT_LABEL,
    };
  },

  async load() {
    await loadGeo();
  },

  datasets(rows, options) {
    const loaded = requireGeo();
    const report = reportRows(rows, options, loaded);
    return {
      // Copies: Vega writes the looked-up fields onto the objects it is given, and
      // several maps on a page share the loaded shapes.
      lnob_shapes: loaded.world.features.map((shape) => ({ ...shape })),
      lnob_geo: report.keys,
      lnob_highlight: report.highlight.map((id) => ({ lnob_id: id })),
    };
  },

  check(rows, options) {
    return reportNotes(reportRows(rows, options, requireGeo()));
  },

  summary(rows, options, { format, title }) {
    const head = `World map${title ? `: ${title}` : ''}.`;
    const name = (row: Row) => {
      const text = geoText(row) ?? '';
      const match = loadedGeo?.countries.resolveGeo(text);
      return match?.kind === 'country' ? match.country.name : text;
    };
    const countryRows = rows.filter((row) => {
      const text = geoText(row);
      if (text === undefined) return false;
      const match = loadedGeo?.countries.resolveGeo(text);
      return !match || match.kind === 'country';
    });
    const total = loadedGeo?.world.features.length;
    if (highlightMode(options, rows)) {
      const report = loadedGeo ? reportRows(rows, options, loadedGeo) : undefined;
      const names = report
        ? report.highlight.map((id) => loadedGeo!.countries.countryByNumeric(id)?.name ?? id)
        : countryRows.map(name);
      const label = (options['highlight-label'] as string | null)?.trim() || DEFAULT_HIGHLIGHT_LABEL;
      if (names.length === 0) return `${head} No countries highlighted.`;
      return `${head} ${label}: ${names.length} ${names.length === 1 ? 'country' : 'countries'} — ${names.join(', ')}.`;
    }
    const valued = countryRows
      .map((row) => ({ row, value: numericValue(row) }))
      .filter((entry): entry is { row: Row; value: number } => entry.value !== undefined);
    let missing = '';
    if (loadedGeo && total !== undefined) {
      const withValue = new Set(valued.map((entry) => geoText(entry.row)));
      const drawn = reportRows(rows, options, loadedGeo).keys.filter((key) => withValue.has(key.geo)).length;
      missing = ` ${total - drawn} of the ${total} countries on the map have no data.`;
    }
    if (valued.length === 0) return `${head} No values to show.${missing}`;
    const sorted = [...valued].sort((a, b) => b.value - a.value);
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    const counted = `${valued.length} ${valued.length === 1 ? 'country' : 'countries'} with data.`;
    if (valued.length === 1) return `${head} ${counted} ${name(top.row)}: ${format(top.value)}.${missing}`;
    return (
      `${head} ${counted} Highest: ${name(top.row)}, ${format(top.value)}. ` +
      `Lowest: ${name(bottom.row)}, ${format(bottom.value)}.${missing}`
    );
  },
};
