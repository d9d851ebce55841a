/**
 * A map of the page's own boundaries (`shapes="…"`): which area each row names, what the map cannot show, its
 * signals, datasets and summary — the counterpart of `report.ts` for the world map, over the same spec. Pure
 * functions of the rows and the loaded file; loaded with the file, only when such a map renders.
 */
import type { Shapes } from '../../data/geo/shapes.js';
import type { Row } from '../../data/table.js';
import type { AuthorHint } from '../../data/layouts/index.js';
import { failShapes } from '../../i18n/errors/shapes.en.js';
import type { SummaryStrings } from '../../i18n/strings.js';
import type { Options, SummaryContext } from '../types.js';
import { wordsIn } from '../words.js';
import { NODATA_DATASET, nodataFeatures } from './hatch.js';
import { colourSignals, DEFAULT_HIGHLIGHT_LABEL, highlightMode, scaleSignals } from './report.js';
import { english } from './words.js';

/** For the template's hooks, which have this module (loaded with the file) at hand. */
export { highlightMode, scaleSignals };

/** Properties that usually hold an area's name, most likely first: geoBoundaries, HDX/OCHA, GADM, Natural Earth, others. */
export const KEY_CANDIDATES = ['shapeName', 'name', 'NAME', 'Name', 'NAME_1', 'ADM1_EN', 'admin1Name', 'ADM1_NAME', 'NAME_2', 'ADM2_EN', 'admin2Name', 'shapeISO', 'ISO', 'id'];

/** Names for matching: case, accents, hyphens and repeated spaces do not count ("Akwa-Ibom" is "akwa ibom"). */
export function matchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[-_‐–—]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const geoText = (row: Row): string | undefined => {
  const value = row['geo'];
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text === '' ? undefined : text;
};
const numericValue = (row: Row): number | undefined => (typeof row['value'] === 'number' && Number.isFinite(row['value']) ? row['value'] : undefined);
const propertyText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

export interface ShapesReport {
  /** The property matched against `geo`, and whether the chart chose it (no `shape-key`). */
  readonly key: string;
  readonly guessed: boolean;
  /** One per area of the file: its id in the drawing and its name. */
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  /** One entry per area the rows name (the first row with a value, else the first). */
  readonly keys: { lnob_id: string; geo: string }[];
  readonly values: ReadonlyMap<string, number>;
  /** Rows' `geo` that match no area, as written. */
  readonly unknown: string[];
  readonly highlight: string[];
}

/** Which property to match on: `shape-key`, else the one matching most rows (the usual names first when tied). */
function chooseKey(shapes: Shapes, names: readonly string[], asked: string | undefined): { key: string; guessed: boolean } {
  if (asked) {
    const key = shapes.properties.find((name) => name === asked) ?? shapes.properties.find((name) => name.toLowerCase() === asked.toLowerCase());
    if (!key) throw failShapes('unsupported', 'shapeKeyMissing', asked, shapes.src, shapes.properties);
    return { key, guessed: false };
  }
  const wanted = new Set(names.map(matchText));
  const known = KEY_CANDIDATES.filter((name) => shapes.properties.includes(name));
  const ordered = [...known, ...shapes.properties.filter((name) => !known.includes(name))];
  let best = { key: ordered[0] ?? '', matches: -1 };
  for (const key of ordered) {
    const matches = shapes.areas.filter((area) => {
      const text = propertyText(area.properties[key]);
      return text !== undefined && wanted.has(matchText(text));
    }).length;
    if (matches > best.matches) best = { key, matches };
  }
  return { key: best.key, guessed: true };
}

/** An area's name as the chart shows it: the key when it is a name, else the file's usual name property, else the key. */
function areaName(properties: Readonly<Record<string, unknown>>, key: string): string {
  const own = propertyText(properties[key]);
  if (own && !/^[A-Z0-9_.-]+$/.test(own)) return own;
  for (const name of KEY_CANDIDATES) {
    const text = propertyText(properties[name]);
    if (text && !/^[A-Z0-9_.-]+$/.test(text)) return text;
  }
  return own ?? '';
}

/**
 * Pure: which area each row names. No row naming any area is an error that lists both sides (a wrong `shape-key`
 * or another spelling); one area named twice with different values is `ambiguous-rows`, never a silent pick.
 */
export function reportShapes(rows: readonly Row[], options: Options, shapes: Shapes): ShapesReport {
  const names = rows.flatMap((row) => geoText(row) ?? []);
  const asked = (options['shape-key'] as string | null)?.trim() || undefined;
  const { key, guessed } = chooseKey(shapes, names, asked);
  const byText = new Map<string, string>();
  const areas = shapes.areas.map((area, index) => {
    const id = `a${index}`;
    const text = propertyText(area.properties[key]);
    if (text !== undefined && !byText.has(matchText(text))) byText.set(matchText(text), id);
    return { id, name: areaName(area.properties, key) || text || id };
  });
  const nameOf = new Map(areas.map((area) => [area.id, area.name]));
  const unknown = new Set<string>();
  const named = new Map<string, { geo: string; value: number | undefined }[]>();
  for (const row of rows) {
    const text = geoText(row);
    if (text === undefined) continue;
    const id = byText.get(matchText(text));
    if (!id) {
      unknown.add(text);
      continue;
    }
    named.set(id, [...(named.get(id) ?? []), { geo: text, value: numericValue(row) }]);
  }
  if (names.length > 0 && named.size === 0) {
    const fileNames = shapes.areas.flatMap((area) => propertyText(area.properties[key]) ?? []);
    throw failShapes('no-matching-rows', 'noAreaMatches', key, shapes.src, fileNames, [...new Set(names)]);
  }
  const keys: ShapesReport['keys'] = [];
  const values = new Map<string, number>();
  for (const [id, spellings] of named) {
    const valued = spellings.filter((row) => row.value !== undefined);
    if (new Set(valued.map((row) => row.value)).size > 1) {
      throw failShapes('ambiguous-rows', 'sameArea', nameOf.get(id) ?? id, valued.map((row) => ({ geo: row.geo, value: String(row.value) })));
    }
    const shown = valued[0] ?? spellings[0]!;
    keys.push({ lnob_id: id, geo: shown.geo });
    if (shown.value !== undefined) values.set(id, shown.value);
  }
  const listed = (options['highlight'] as readonly string[] | null) ?? [];
  const highlight = new Set<string>();
  for (const value of listed) {
    const id = byText.get(matchText(value));
    if (id) highlight.add(id);
    else unknown.add(value);
  }
  if (listed.length === 0 && !rows.some((row) => numericValue(row) !== undefined)) for (const entry of keys) highlight.add(entry.lnob_id);
  return { key, guessed, areas, keys, values, unknown: [...unknown], highlight: [...highlight] };
}

/** The notes under the map: rows (and highlighted names) that match no area of the file. */
export function shapesNotes(report: ShapesReport, strings?: SummaryStrings): string[] {
  const words = wordsIn(english, strings);
  return report.unknown.length ? [words.notOnShapes(report.unknown.join(', '))] : [];
}

/** For the page's author (`lnob-warning`), never drawn: which property the chart matched on when it chose one. */
export function shapesHints(report: ShapesReport): AuthorHint[] {
  return report.guessed
    ? [{ code: 'shape-key', message: `The map matched the data's geo column to the areas' property "${report.key}". Set shape-key to choose another.` }]
    : [];
}

export function shapesSignals(rows: readonly Row[], options: Options, report: ShapesReport): Record<string, unknown> {
  const values = [...report.values.values()];
  const extent: [number, number] | undefined = !highlightMode(options, rows) && values.length ? [Math.min(...values), Math.max(...values)] : undefined;
  return {
    ...colourSignals(rows, options, extent),
    lnob_map_projection: 'mercator',
    lnob_attribution: (options['shapes-source'] as string | null)?.trim() ?? '',
  };
}

/** The datasets of the map's spec: every area of the file (fresh copies: Vega writes onto them), the rows' areas, the highlighted ones. */
export function shapesDatasets(shapes: Shapes, report: ShapesReport, valueMode = false): Record<string, object[]> {
  const features = () => shapes.areas.map((area, index) => ({ type: 'Feature', id: report.areas[index]!.id, geometry: area.geometry, properties: { name: report.areas[index]!.name } }));
  return {
    lnob_shapes: features(),
    [NODATA_DATASET]: nodataFeatures(features(), (area) => report.values.has(area.id), valueMode),
    lnob_geo: report.keys,
    lnob_highlight: report.highlight.map((id) => ({ lnob_id: id })),
  };
}

/** The highest and lowest areas and how many have no data; or, for a highlight map, the areas highlighted. */
export function summariseShapes(rows: readonly Row[], options: Options, { format, title, strings }: SummaryContext, report: ShapesReport): string {
  const words = wordsIn(english, strings);
  const head = words.areasHead(title);
  const name = new Map(report.areas.map((area) => [area.id, area.name]));
  if (highlightMode(options, rows)) {
    const label = (options['highlight-label'] as string | null)?.trim() || DEFAULT_HIGHLIGHT_LABEL;
    return `${head} ${words.areasHighlighted(label, report.highlight.map((id) => name.get(id) ?? id))}`;
  }
  const total = report.areas.length;
  const missing = ` ${words.areasMissing(total - report.values.size, total)}`;
  const sorted = [...report.values].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0) return `${head} ${words.areasNone}${missing}`;
  const [topId, top] = sorted[0]!;
  const [bottomId, bottom] = sorted[sorted.length - 1]!;
  const counted = words.areasWithData(sorted.length);
  if (sorted.length === 1) return `${head} ${counted} ${name.get(topId)}: ${format(top)}.${missing}`;
  const highest = strings?.highest ?? ((area: string, value: string) => `Highest: ${area}, ${value}.`);
  const lowest = strings?.lowest ?? ((area: string, value: string) => `Lowest: ${area}, ${value}.`);
  return `${head} ${counted} ${highest(name.get(topId)!, format(top))} ${lowest(name.get(bottomId)!, format(bottom))}${missing}`;
}
