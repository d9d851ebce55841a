/**
 * Screenshots of the keyboard's focus ring and tooltip on a point, for people to look at:
 *   npx wtr --config test/a11y/screenshots.config.js
 * writes /tmp/lnob-a11y-screenshots/*.png. The assertions are in keyboard.test.ts.
 */
import type { KeyboardOnDemand } from '../../components/lnob-chart/keyboard-on-demand.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { rendered } from '../helpers.js';

const CASES: [name: string, template: string, extra: Record<string, string>, keys: string[]][] = [
  ['ranked-bar', 'ranked-bar', {}, ['ArrowDown']],
  ['trend-dark', 'trend', { theme: 'dark' }, ['ArrowRight', 'ArrowRight', 'ArrowDown']],
  ['progress-projection', 'progress', {}, ['End']],
  ['disaggregation-high-contrast', 'disaggregation', { theme: 'high-contrast' }, ['ArrowDown', 'ArrowRight']],
  ['map', 'map', {}, ['k']],
  ['stacked-ar', 'stacked', { lang: 'ar' }, ['ArrowDown', 'ArrowRight']],
];

describe('screenshots of the focus ring', () => {
  for (const width of [360, 800]) {
    for (const [name, template, extra, keys] of CASES) {
      it(`${name} at ${width} px`, async () => {
        const sample = samples.find((s) => s.template === template)!;
        const { host, chart } = await rendered(sampleMarkup(sample, { eager: '', ...extra }), width);
        await chart.updateComplete;
        host.id = 'shot';
        chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!.focus();
        await (chart as unknown as { keyboard: KeyboardOnDemand }).keyboard.load();
        for (const key of keys) await sendKeys({ press: key });
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `/tmp/lnob-a11y-screenshots/${name}-${width}.png` });
        host.remove();
      });
    }
  }
});
