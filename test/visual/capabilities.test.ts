import '../../index.js';
import { exportSvg } from '../../components/lnob-chart/share-export.js';
import { sampleMarkup, type Sample } from '../../templates/samples/index.js';
import { povertyByArea } from '../../templates/trend/sample.js';
import { nigeriaPovertyNorth } from '../../templates/ranked-bar/sample.js';
import { liberiaMalariaByRegion, liberiaMalariaBySex, liberiaMalariaGapBySex, liberiaMalariaProgress } from '../../templates/uncertainty/samples.js';
import { cleanup, rendered, scaledBudget } from '../helpers.js';
import { expectSnapshot, expectTextRules, LANGUAGES, shareInputs, WIDTHS } from './cases.js';
import { useSnapshotFont } from './font.js';

/**
 * The capabilities of issue 24 that are not templates — ranges (uncertainty), annotations, small multiples, the year
 * control — drawn as a reader gets them in an SVG file, at phone and desktop width, in English and Arabic, against
 * reviewed snapshots and the text rules (the templates themselves are in the theme suites).
 */

/** Illustrative data (said in the chart's source): two countries' rural and urban rates over three years. */
const PANELS = [
  'country,area,year,rate',
  ...['Kenya', 'Ghana'].flatMap((country, c) => ['Rural', 'Urban'].flatMap((area, a) => [2010, 2015, 2020].map((year, y) => `${country},${area},${year},${40 - 10 * c - 12 * a - 3 * y}%`))),
].join('\n');

/** Illustrative data: five places over three years, for the year control. */
const YEARS = ['place,year,rate', ...['North', 'South', 'East', 'West', 'Centre'].flatMap((place, p) => [2010, 2015, 2020].map((year, y) => `${place},${year},${60 - 8 * p - 5 * y}%`))].join('\n');

const CASES: readonly { name: string; markup: (lang: string) => string }[] = [
  ...[liberiaMalariaBySex, liberiaMalariaProgress, liberiaMalariaByRegion, liberiaMalariaGapBySex].map((sample: Sample) => ({
    name: `ranges-${sample.template}`,
    markup: (lang: string) => sampleMarkup(sample, { eager: '', lang }),
  })),
  { name: 'annotations-trend', markup: (lang) => sampleMarkup(povertyByArea, { eager: '', lang, annotations: '2015: SDGs adopted; 2020: COVID-19 pandemic' }) },
  { name: 'annotations-ranked-bar', markup: (lang) => sampleMarkup(nigeriaPovertyNorth, { eager: '', lang, annotations: 'North West: 7 in 10 people live in poverty' }) },
  {
    name: 'small-multiples-trend',
    markup: (lang) =>
      `<lnob-chart eager lang="${lang}" template="trend" title="Rural poverty is higher in both countries" facet-column="country" series-column="area" time-column="year" value-column="rate" source="Illustrative data"><script type="text/csv">\n${PANELS}</script></lnob-chart>`,
  },
  {
    name: 'year-control-ranked-bar',
    markup: (lang) =>
      `<lnob-chart eager lang="${lang}" template="ranked-bar" title="Poverty by region" category-column="place" time-column="year" value-column="rate" source="Illustrative data"><script type="text/csv">\n${YEARS}</script></lnob-chart>`,
  },
];

describe('visual snapshots: ranges, annotations, small multiples, the year control', () => {
  before(useSnapshotFont);
  afterEach(cleanup);
  for (const { name: kind, markup } of CASES) {
    for (const width of WIDTHS) {
      for (const lang of LANGUAGES) {
        const name = `${kind}-${width}-${lang}`;
        it(name, async function () {
          this.timeout(scaledBudget(20_000));
          const { chart, view } = await rendered(markup(lang), width);
          const { source, chrome } = shareInputs(chart);
          const { svg } = await exportSvg(source, chrome, view);
          await expectSnapshot(name, svg);
          await expectTextRules(name, svg);
        });
      }
    }
  }
});
