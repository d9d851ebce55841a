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
  /** Report the longest main-thread task for this case (always done for pages of several charts). */
  readonly reportLongestTask?: boolean;
  /**
   * For a case whose chart keeps part of a bigger file (slice attributes): Vega-Lite transforms that do the same
   * in vega-embed and the floor, which are then given the whole file, so all three do the same job.
   */
  readonly sliceInVega?: readonly Record<string, unknown>[];
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

/**
 * A UN SDG Global Database export as downloaded (issue 9): 50 series × 25 years × 40 areas = 50,000 rows in the
 * export's own columns. The chart picks one series and one year with `series-code` and `years`.
 */
function sdgExport(index: number): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (let series = 0; series < 50; series++) {
    const code = series === 0 ? 'SI_POV_DAY1' : `SE_TEST_${String(series).padStart(2, '0')}`;
    for (let year = 2000; year < 2025; year++) {
      for (let area = 0; area < 40; area++) {
        rows.push({
          Goal: '1', Target: '1.1', Indicator: '1.1.1', SeriesCode: code, SeriesDescription: `Series ${series}`,
          GeoAreaCode: String(100 + area), GeoAreaName: `Area ${area + 1}`, TimePeriod: year,
          Value: Math.round(((area * 31 + year * 7 + series * 3 + index) % 800) / 10 * 10) / 10, Units: 'PERCENT', Nature: 'C',
        });
      }
    }
  }
  return rows;
}

export const CASES: readonly BenchCase[] = [
  { id: 'bar-1', label: '12-bar chart', template: 'ranked-bar', charts: 1, rows: twelveBars, markSelector: 'g.mark-rect path' },
  { id: 'trend-1', label: '5 lines × 30 years', template: 'trend', charts: 1, rows: fiveLines, markSelector: 'g.mark-line path' },
  { id: 'map-1', label: 'world choropleth', template: 'map', charts: 1, rows: everyCountry, markSelector: 'g.mark-shape path' },
  { id: 'bar-50', label: '50 bar charts on one page', template: 'ranked-bar', charts: 50, rows: twelveBars, markSelector: 'g.mark-rect path' },
  {
    id: 'sdg-50k',
    label: 'UN SDG export, 50,000 rows → 1 series',
    template: 'ranked-bar',
    charts: 1,
    attributes: { 'series-code': 'SI_POV_DAY1', years: '2020' },
    sliceInVega: [
      { filter: "datum.SeriesCode === 'SI_POV_DAY1' && datum.TimePeriod === 2020" },
      { calculate: 'datum.GeoAreaName', as: 'category' },
      { calculate: 'datum.Value', as: 'value' },
    ],
    rows: sdgExport,
    markSelector: 'g.mark-rect path',
    reportLongestTask: true,
  },
];
