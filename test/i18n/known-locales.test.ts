import { expect } from '@open-wc/testing';
import '../../index.js';
import { knownLocale, knownLocaleTags } from '../../core/known-locales.js';
import { languages, loadStrings } from '../../i18n/index.js';
import { chromeNumberFormat, intlVegaLocale } from '../../i18n/locale.js';
import { samples, sampleMarkup } from '../../templates/samples/index.js';
import { templateIds } from '../../templates/index.js';
import { cleanup, rendered } from '../helpers.js';

/**
 * The kit's languages write numbers and dates from a table (core/known-locales.ts), so that a chart in them creates
 * no Intl formatter before it is drawn (the first of a page costs ~25 ms, 100 ms and more on a cheap phone: issue 21).
 * The table must say what Intl says, and the numbers written without Intl must be Intl's.
 */
describe('the languages the kit knows without Intl', () => {
  afterEach(cleanup);
  // Each kit language's file adds its own when it loads.
  before(() => Promise.all(languages().map((lang) => loadStrings(lang))));
  const TAGS = ['en', 'en-US', 'en-GB', 'fr', 'fr-FR', 'es', 'es-ES', 'pt', 'pt-BR', 'pt-PT', 'ar'];

  it('holds the kit languages and their usual regions', () => {
    expect(knownLocaleTags().sort()).to.deep.equal([...TAGS].sort());
  });

  for (const tag of TAGS) {
    it(`${tag}: the table is what this browser's Intl gives`, () => {
      const fromIntl = intlVegaLocale(tag);
      const { number, time } = knownLocale(tag)!;
      expect({ number, time }, `${tag} is now: ${JSON.stringify(fromIntl)}`).to.deep.equal(fromIntl);
    });
  }

  const VALUES = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 0.045, -0.04, -0.05, 999.995, 1234.5, -1234567.891, 12345678901.25, 70.25, 99.95, 1e-7, 1e21, 123e-20];
  for (const tag of TAGS) {
    it(`${tag}: numbers are written as Intl writes them, rounding included`, () => {
      const random = Array.from({ length: 300 }, (_, i) => Math.round(Math.sin(i + 1) * 10 ** (i % 9)) / 10 ** (i % 4) + (i % 3) * 0.005);
      for (const decimals of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: 'always' as unknown as boolean, signDisplay: 'negative' });
        const plain = chromeNumberFormat(tag, decimals, ' %');
        for (const value of [...VALUES, ...random]) expect(plain(value), `${value} with ${decimals} decimals`).to.equal(`${intl.format(value)} %`);
      }
    });
  }

  /** Counts every Intl formatter made, and every use of one, while `work` runs. */
  async function intlUses(work: () => Promise<unknown>): Promise<string[]> {
    const used: string[] = [];
    const kinds = ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames', 'PluralRules', 'RelativeTimeFormat', 'Collator'] as const;
    const originals = kinds.map((kind) => Intl[kind]);
    const toLocaleString = Number.prototype.toLocaleString;
    kinds.forEach((kind, i) => {
      (Intl as Record<string, unknown>)[kind] = new Proxy(originals[i]!, {
        construct(target, args, newTarget) {
          used.push(`new Intl.${kind}(${JSON.stringify(args[0])})`);
          return Reflect.construct(target, args, newTarget) as object;
        },
      });
    });
    Number.prototype.toLocaleString = function (this: number, ...args: Parameters<number['toLocaleString']>) {
      used.push(`toLocaleString(${JSON.stringify(args[0])})`);
      return toLocaleString.apply(this, args);
    };
    try {
      await work();
    } finally {
      kinds.forEach((kind, i) => ((Intl as Record<string, unknown>)[kind] = originals[i]));
      Number.prototype.toLocaleString = toLocaleString;
    }
    return used;
  }

  for (const lang of ['en', 'en-US', 'fr', 'es', 'pt-BR', 'ar']) {
    it(`a ranked-bar chart in ${lang} is drawn, with its summary and table, without an Intl formatter`, async () => {
      const csv = 'category,value\nNorth,1234.5\nSouth,-20.25\nEast,70';
      const used = await intlUses(() => rendered(`<lnob-chart lang="${lang}" eager title="Poverty"><script type="text/csv">${csv}</script></lnob-chart>`));
      expect(used).to.deep.equal([]);
    });
  }

  // Left to Intl: the map names countries with the browser's Intl.DisplayNames (it is the heaviest chart anyway, with
  // its shapes), and the pyramid writes its summary's shares with Intl's percent style.
  for (const id of templateIds().filter((template) => template !== 'map' && template !== 'pyramid')) {
    it(`${id}: its first sample is drawn in English without an Intl formatter`, async () => {
      const sample = samples.find((each) => each.template === id)!;
      const used = await intlUses(() => rendered(`<div lang="en">${sampleMarkup(sample, { eager: '' })}</div>`));
      expect(used).to.deep.equal([]);
    });
  }

  it('a chart in a language the table does not hold still reads Intl (Swahili)', async () => {
    const used = await intlUses(() => rendered(`<lnob-chart lang="sw" eager><script type="text/csv">category,value\nA,1\nB,2</script></lnob-chart>`));
    expect(used.some((use) => use.startsWith('new Intl.NumberFormat'))).to.equal(true);
  });
});
