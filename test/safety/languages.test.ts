/**
 * A `lang` that is not a language (issue 18): `constructor`, `__proto__`,
 * `toString` or any invalid tag — on the chart, inherited from an ancestor or
 * from `<html lang>` — must never leave a blank box or an unhandled
 * rejection. The chart speaks English and the console says why.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { loadStrings } from '../../i18n/index.js';
import { cleanup, mount, type Outcome } from '../helpers.js';

const CSV = `<script type="text/csv">
category,value
North,1234.5
South,99.5
</script>`;

/** Warnings and unhandled rejections while `run` runs. */
async function watching<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[]; rejections: unknown[] }> {
  const warnings: string[] = [];
  const rejections: unknown[] = [];
  const warn = console.warn;
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    event.preventDefault();
  };
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await run();
    // Unhandled rejections are reported after a task: let one pass (an event-driven wait, not a sleep).
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { result, warnings, rejections };
  } finally {
    console.warn = warn;
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

async function outcomeOf(markup: string): Promise<{ outcome: Outcome; chart: LnobChart }> {
  const { outcome, chart } = mount(markup);
  return { outcome: await outcome, chart };
}

describe('language tags that are not languages', () => {
  afterEach(cleanup);

  for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'en_US!!', '1234']) {
    it(`lang="${lang}" draws in English with a console warning`, async () => {
      const { result, warnings, rejections } = await watching(() => outcomeOf(`<lnob-chart eager lang="${lang}" title="T">${CSV}</lnob-chart>`));
      expect(result.outcome.type, JSON.stringify(result.outcome.type === 'lnob-error' ? result.outcome.detail : '')).to.equal('lnob-render');
      expect(rejections).to.deep.equal([]);
      expect(result.chart.shadowRoot!.textContent).to.contain('Show data as table');
      if (lang !== 'toString' && lang !== 'hasOwnProperty') {
        // `tostring` and `hasownproperty`… are well-formed tags of languages the kit does not have: plain English, no warning needed.
        expect(warnings.join('\n')).to.contain(`"${lang}"`);
      }
    });
  }

  it('an invalid lang inherited from an ancestor or from <html lang> draws in English too', async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.setAttribute('lang', 'constructor');
    try {
      const fromHtml = await watching(() => outcomeOf(`<lnob-chart eager title="T">${CSV}</lnob-chart>`));
      expect(fromHtml.result.outcome.type).to.equal('lnob-render');
      expect(fromHtml.rejections).to.deep.equal([]);
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
    const fromDiv = await watching(() => outcomeOf(`<div lang="__proto__"><lnob-chart eager title="T" indicator="1.2.1">${CSV}</lnob-chart></div>`));
    expect(fromDiv.result.outcome.type).to.equal('lnob-render');
    expect(fromDiv.rejections).to.deep.equal([]);
  });

  it('loadStrings never looks a language up on Object.prototype', async () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'valueOf']) {
      expect((await loadStrings(lang)).lang, lang).to.equal('en');
    }
  });
});
