/**
 * The benchmark's cases: what is drawn, how many charts, with which rows.
 * Each case is rendered the same three ways (see page.ts). The rows are
 * synthetic — the benchmark measures drawing, not a story — and differ a
 * little from chart to chart so nothing can be served from a cache of data.
 *
 * To add a case, add an entry with the template's id, its role-named rows and
 * the attributes the chart needs. A case whose template is not registered is
 * skipped with a note.
 */
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export interface BenchCase {
  readonly id: string;
  /** As printed in the table. */
  readonly label: string;
  readonly template: string;
  /** How many charts are on the page at once. */
  readonly charts: number;
  /** Option attributes given to every chart, as on a page. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The rows of chart number `index`, with role names as columns. */
  rows(index: number): Record<string, string | number>[];
  /** CSS selector of one mark per data row in Vega's SVG, checked to be equal in every way of drawing. */
  readonly markSelector: string;
}

const ZONES = ['North', 'North-East', 'East', 'South-East', 'South', 'South-West', 'West', 'North-West', 'Centre', 'Capital', 'Coast', 'Islands'];

/** Twelve bars with one decimal, shifted a little per chart. */
function twelveBars(index: number): Record<string, string | number>[] {
  return ZONES.map((zone, i) => ({ category: zone, value: Math.round((12 + ((i * 37 + index * 11) % 61) + i * 0.3) * 10) / 10 }));
}

/** Five lines over thirty years. */
function fiveLines(index: number): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const [s, series] of ['Rural', 'Urban', 'Women', 'Men', 'Youth'].entries()) {
    for (let year = 1995; year < 2025; year++) {
      rows.push({ series, time: year, value: Math.round((40 - (year - 1995) * (0.4 + s * 0.15) + ((year * 7 + s * 13 + index) % 5)) * 10) / 10 });
    }
  }
  return rows;
}

/** One row per country of the world map (UN M49 code where Natural Earth has one, else its name). */
function everyCountry(index: number): Record<string, string | number>[] {
  const countries = (world as unknown as { objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } } }).objects.countries.geometries;
  return countries.map((country, i) => ({ geo: country.id ?? country.properties.name, value: Math.round(((i * 29 + index * 7) % 97) * 10) / 10 + 1 }));
}

export const CASES: readonly BenchCase[] = [
  { id: 'bar-1', label: '12-bar chart', template: 'ranked-bar', charts: 1, rows: twelveBars, markSelector: 'g.mark-rect path' },
  { id: 'trend-1', label: '5 lines × 30 years', template: 'trend', charts: 1, rows: fiveLines, markSelector: 'g.mark-line path' },
  { id: 'map-1', label: 'world choropleth', template: 'map', charts: 1, rows: everyCountry, markSelector: 'g.mark-shape path' },
  { id: 'bar-50', label: '50 bar charts on one page', template: 'ranked-bar', charts: 50, rows: twelveBars, markSelector: 'g.mark-rect path' },
];
