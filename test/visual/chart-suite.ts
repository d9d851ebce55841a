import '../../index.js';
import { exportSvg } from '../../components/lnob-chart/share-export.js';
import { sampleMarkup } from '../../templates/samples/index.js';
import { cleanup, rendered, scaledBudget } from '../helpers.js';
import { expectSnapshot, expectTextRules, LANGUAGES, SAMPLES, shareInputs, WIDTHS, type THEMES } from './cases.js';
import { useSnapshotFont } from './font.js';

/**
 * Every template in one theme, at phone and desktop width, in English and Arabic: the chart as a reader gets it
 * in an SVG file (drawing, title, source, notes: the share menu's SVG export) against its reviewed snapshot,
 * and the text rules on it. One file per theme, so the files run side by side.
 */
export function chartSuite(theme: (typeof THEMES)[number]): void {
  describe(`visual snapshots: ${theme} theme`, () => {
    before(useSnapshotFont);
    afterEach(cleanup);
    for (const sample of SAMPLES) {
      for (const width of WIDTHS) {
        for (const lang of LANGUAGES) {
          const name = `${sample.template}-${theme}-${width}-${lang}`;
          it(name, async function () {
            this.timeout(scaledBudget(20_000));
            const { chart, view } = await rendered(sampleMarkup(sample, { eager: '', theme, lang }), width);
            const { source, chrome } = shareInputs(chart);
            const { svg } = await exportSvg(source, chrome, view);
            await expectSnapshot(name, svg);
            await expectTextRules(name, svg);
          });
        }
      }
    }
  });
}
