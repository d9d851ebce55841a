/**
 * axe-core on every registered template × every registered theme (looked up at
 * test time, so new ones are covered without editing this file): zero
 * violations of WCAG 2.1 A/AA and axe's best practices, with the data table
 * hidden, with the drawing focused on a data point (its ring and tooltip
 * shown), and with the table shown; and every template in every kit language
 * (each in another theme, so the run stays short).
 */
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../index.js';
import type { KeyboardOnDemand } from '../../components/lnob-chart/keyboard-on-demand.js';
import type { LnobChart } from '../../index.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import { themeNames } from '../../themes/index.js';
import { cleanup, mount, scaledBudget } from '../helpers.js';

const KIT_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'];
import { sampleRows } from '../safety/sample-data.js';

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

let axe: Axe;
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  // Page-level rules: the chart is one part of a page, not a page.
  rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  resultTypes: ['violations'],
};

function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`));
}

/** Loads axe once per suite and removes each test's charts. */
function withAxe(suite: Mocha.Suite): void {
  suite.timeout(scaledBudget(60_000));
  before(async () => {
    await import('axe-core/axe.min.js' as string);
    axe = (window as unknown as { axe: Axe }).axe;
  });
  afterEach(cleanup);
}

/** A template's sample rows drawn with `markup`'s attributes: the chart, or why it did not render. */
async function drawn(id: string, markup: string): Promise<LnobChart | string> {
  const { chart, outcome } = mount(markup);
  chart.data = sampleRows(getTemplate(id)!);
  const result = await outcome;
  if (result.type === 'lnob-error') return `did not render: ${result.detail.message}`;
  await chart.updateComplete;
  return chart;
}

describe('axe-core: every template × every theme', function () {
  withAxe(this);

  for (const id of templateIds()) {
    it(`${id}: zero violations in ${themeNames().join(', ')}`, async () => {
      const template = getTemplate(id)!;
      const problems: string[] = [];
      for (const theme of themeNames()) {
        const chart = await drawn(
          id,
          `<lnob-chart eager template="${id}" theme="${theme}" title="${template.name}" subtitle="Accessibility check"
             source="Illustrative test data" source-url="https://example.org/" credit="lnob-charts tests" notes="Illustrative data."></lnob-chart>`,
        );
        if (typeof chart === 'string') {
          problems.push(`${theme}: ${chart}`);
          continue;
        }
        for (const state of ['table hidden', 'point focused', 'table shown']) {
          if (state === 'point focused') await focusPoint(chart as LnobChart);
          if (state === 'table shown') {
            chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')?.click();
            await chart.updateComplete;
          }
          const results = await axe.run(chart as LnobChart, OPTIONS);
          problems.push(...describeViolations(results).map((line) => `${theme}, ${state}: ${line}`));
        }
        cleanup();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

/** Focuses the drawing and moves to its first data point, as the keyboard does (once the keys' code has loaded). */
async function focusPoint(chart: LnobChart): Promise<void> {
  const drawing = chart.shadowRoot!.querySelector<HTMLElement>('.chart > [role="application"]')!;
  drawing.focus();
  const time = chart.template === 'trend' || chart.template === 'progress';
  drawing.dispatchEvent(new KeyboardEvent('keydown', { key: time ? 'ArrowRight' : 'ArrowDown', bubbles: true, composed: true }));
  await (chart as unknown as { keyboard: KeyboardOnDemand }).keyboard.load();
}

describe('axe-core: every template in every language, a point focused and the table open', function () {
  withAxe(this);

  for (const id of templateIds()) {
    it(`${id}: zero violations in ${KIT_LANGUAGES.join(', ')}`, async () => {
      const problems: string[] = [];
      const themes = themeNames();
      for (const [i, lang] of KIT_LANGUAGES.entries()) {
        const theme = themes[i % themes.length]!;
        const chart = await drawn(id, `<lnob-chart eager template="${id}" theme="${theme}" lang="${lang}" source="Illustrative test data"></lnob-chart>`);
        if (typeof chart === 'string') {
          problems.push(`${lang}: ${chart}`);
          continue;
        }
        await focusPoint(chart);
        chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')?.click();
        await chart.updateComplete;
        problems.push(...describeViolations(await axe.run(chart, OPTIONS)).map((line) => `${lang} (${theme}): ${line}`));
        cleanup();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

describe('axe-core: other states', function () {
  withAxe(this);

  it('an error message, in every theme', async () => {
    const problems: string[] = [];
    for (const theme of themeNames()) {
      const { chart, outcome } = mount(`<lnob-chart eager theme="${theme}" title="A chart that fails"></lnob-chart>`);
      chart.data = [{ place: 'North', rate: 'high' }];
      expect((await outcome).type).to.equal('lnob-error');
      await chart.updateComplete;
      problems.push(...describeViolations(await axe.run(chart, OPTIONS)).map((line) => `${theme}: ${line}`));
      cleanup();
    }
    expect(problems).to.deep.equal([]);
  });

  it('highlighted bars, a reference line and right-to-left text, in every theme', async () => {
    const problems: string[] = [];
    for (const theme of themeNames()) {
      const { chart, outcome } = mount(
        `<lnob-chart eager lang="ar" dir="rtl" theme="${theme}" title="الفقر حسب المنطقة" highlight="North West" reference="55" reference-label="المتوسط الوطني"></lnob-chart>`,
      );
      chart.data = [
        { category: 'North West', value: 70 },
        { category: 'North East', value: 69 },
        { category: 'South West', value: 49.8 },
      ];
      expect((await outcome).type).to.equal('lnob-render');
      await chart.updateComplete;
      problems.push(...describeViolations(await axe.run(chart, OPTIONS)).map((line) => `${theme}: ${line}`));
      cleanup();
    }
    expect(problems).to.deep.equal([]);
  });
});
