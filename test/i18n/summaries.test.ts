import { expect } from '@open-wc/testing';
import '../../index.js';
import { languages, loadStrings, registerLanguage } from '../../i18n/index.js';
import { templateFolder, templateIds } from '../../templates/index.js';
import { strings as en } from '../../i18n/en.js';
import { chromeNumberFormat } from '../../i18n/locale.js';
import { cleanup, rendered } from '../helpers.js';
import { chartMarkup } from '../templates/util.js';

/**
 * Every template's generated summary (the visually hidden `#summary`, also the
 * chart's accessible description) is written in the chart's language, with
 * numbers in that language's way. (That every language has every summary
 * string is checked with all the other strings in languages.test.ts.)
 */

/** The raw summary text: U+202F (French thousands) kept, as a screen reader gets it. */
const summary = async (template: string, csv: string, lang: string, attributes: Record<string, string> = {}) => {
  const { chart } = await rendered(chartMarkup(template, csv, { lang, title: 'T', ...attributes }));
  return chart.shadowRoot!.querySelector('#summary')!.textContent ?? '';
};

/** A number as the chart writes it in `lang` (the same formatter the element uses). */
const num = (lang: string, value: number, decimals = 0, unit = '') => chromeNumberFormat(lang, decimals, unit)(value);

const DOTS = 'category,group,value\nRural,Poorest,31.5%\nRural,Richest,88%';
const PROGRESS = 'time,value\n2015,1400.5\n2020,1200.5';
const TREND = 'time,series,value\n2015,Urban,1200.5\n2020,Urban,1500.5\n2015,Rural,800\n2020,Rural,850';
const STACKED = 'category,group,value\nBolivia,Urban,55\nBolivia,Rural,45';
const WAFFLE = 'category,value\nGirls,37.5';
const SURVEY = 'category,value,n\nChildren,34.5,5000\nWomen,24,5000';

describe('summaries in the chart language', () => {
  afterEach(cleanup);

  it('disaggregation: French and Spanish', async () => {
    const fr = await summary('disaggregation', DOTS, 'fr');
    expect(fr).to.contain('Graphique à points : T, 1 catégorie, 2 groupes.');
    expect(fr).to.contain(`Écart le plus grand : Rural, ${num('fr', 56.5, 1)} points de pourcentage entre Richest (${num('fr', 88, 1, '%')}) et Poorest (31,5%).`);
    expect(fr).to.contain('Poorest est en retard.');
    const es = await summary('disaggregation', DOTS, 'es');
    expect(es).to.contain('Gráfico de puntos: T, 1 categoría, 2 grupos.');
    expect(es).to.contain('Mayor brecha: Rural, 56,5 puntos porcentuales entre Richest (88,0%) y Poorest (31,5%). Poorest se está quedando atrás.');
  });

  it('progress: French and Brazilian Portuguese', async () => {
    const fr = await summary('progress', PROGRESS, 'fr', { target: '1000' });
    expect(fr).to.contain('Graphique en courbes : T.');
    expect(fr).to.contain(`Dernière valeur : ${num('fr', 1200.5, 1)} (2020).`);
    expect(fr.replace(/\u202f/g, ' ')).to.contain('Dernière valeur : 1 200,5 (2020).');
    expect(fr).to.contain(`Cible 2030 : ${num('fr', 1000, 1)}.`);
    expect(fr).to.match(/Au rythme d’évolution observé depuis 2015, la valeur atteindrait .* en 2030 : (pas )?en bonne voie\./);
    expect(fr).not.to.match(/Latest|rate of change|track/);
    const pt = await summary('progress', PROGRESS, 'pt-BR', { target: '1000' });
    expect(pt).to.contain('Gráfico de linhas: T. Último valor: 1.200,5 (2020).');
    expect(pt).to.match(/No ritmo de mudança desde 2015, chegaria a .* em 2030: (no caminho certo|fora do caminho)\./);
    const none = await summary('progress', PROGRESS, 'pt-BR');
    expect(none).to.contain('Nenhuma meta foi definida, então não há veredito.');
  });

  it('trend: French and Arabic', async () => {
    const fr = await summary('trend', TREND, 'fr');
    expect(fr).to.contain('Graphique en courbes : T, 2 courbes, 2015–2020.');
    expect(fr).to.contain(`Plus forte évolution : Urban, qui a augmenté de ${num('fr', 300, 1)}, passant de ${num('fr', 1200.5, 1)} à ${num('fr', 1500.5, 1)}.`);
    const ar = await summary('trend', TREND, 'ar');
    expect(ar).to.contain('مخطط خطي: T، عدد الخطوط: 2، 2015–2020.');
    expect(ar).to.contain(`الأكثر تغيّرًا: Urban، إذ ارتفع بمقدار ${num('ar', 300, 1)}، من ${num('ar', 1200.5, 1)} إلى ${num('ar', 1500.5, 1)}.`);
  });

  it('stacked: French and Spanish', async () => {
    const fr = await summary('stacked', STACKED, 'fr');
    expect(fr).to.equal(`Graphique en barres empilées à 100 % : T, 1 barre. Bolivia : Urban ${num('fr', 55, 0, '%')}, Rural ${num('fr', 45, 0, '%')}.`);
    const es = await summary('stacked', STACKED, 'es');
    expect(es).to.equal('Gráfico de barras apiladas al 100 %: T, 1 barra. Bolivia: Urban 55%, Rural 45%.');
  });

  it('waffle: French and Brazilian Portuguese', async () => {
    const fr = await summary('waffle', WAFFLE, 'fr');
    expect(fr).to.equal('Graphique en gaufre : T. Girls : 37,5% (38 carrés sur 100).');
    const pt = await summary('waffle', WAFFLE, 'pt-BR');
    expect(pt).to.equal('Gráfico de waffle: T. Girls: 37,5% (38 de 100 quadrados).');
  });

  it('survey: French and Arabic', async () => {
    const fr = await summary('survey', SURVEY, 'fr');
    expect(fr).to.equal(
      `Résultats d’enquête : T, 2 réponses. Valeur la plus élevée : Children, 34,5%. Valeur la plus basse : Women, 24,0%. Personnes interrogées : ${num('fr', 5000)}.`,
    );
    expect(fr).to.contain('5\u202f000');
    const ar = await summary('survey', SURVEY, 'ar');
    expect(ar).to.contain('نتائج الاستطلاع: T، عدد الإجابات: 2.');
    expect(ar).to.contain(`الأعلى: Children، ${num('ar', 34.5, 1)}%.`);
    expect(ar).to.contain(`عدد المشاركين: ${num('ar', 5000)}.`);
  });

  it('English stays the default, word for word', async () => {
    expect(await summary('waffle', WAFFLE, 'en')).to.equal('Waffle chart: T. Girls: 37.5% (38 of 100 squares).');
    expect(await summary('survey', SURVEY, 'en')).to.equal(
      'Survey results: T, 2 answers. Highest: Children, 34.5%. Lowest: Women, 24.0%. Respondents: 5,000.',
    );
  });

  it('writes a value that rounds to zero as 0, never -0, as the drawing does', () => {
    expect(chromeNumberFormat('en', 0, '%')(-0.2)).to.equal('0%');
    expect(chromeNumberFormat('fr', 1)(-0.04)).to.equal('0,0');
    expect(chromeNumberFormat('en', 1)(-3.25)).to.match(/^-3\.[23]$/);
  });

  it('every language writes every summary sentence, none left in English', async () => {
    // (stackedBar and targetIs are only names, numbers and punctuation, the same in most languages: left out.)
    const sample = (s: typeof en.summary) =>
      [
        s.noValues,
        s.percentagePoints('5'),
        s.lineChart('T', 2, 2015, 2020),
        s.latestValue(null, '5', 2020),
        s.relativeTarget(0.5, '0.5', 2015, '10'),
        s.projection(2015, true, '5', 2030, 'x'),
        s.reached(false, 2020, 'x'),
        s.noVerdict(s.reasonGrowth),
        s.reasonTwoYears(2015),
        s.noTarget,
        s.verdictCounts(1, ['A'], true, 2, 1),
        s.respondents('5'),
      ] as string[];
    const english = sample(en.summary);
    for (const lang of languages().filter((l) => l !== 'en')) {
      const words = sample((await loadStrings(lang)).summary);
      words.forEach((text, i) => {
        expect(text, `${lang} #${i}`).to.be.a('string').and.not.equal('');
        expect(text, `${lang} #${i}`).not.to.equal(english[i]);
      });
    }
  });

  it('every language writes every template’s own words (templates/<id>/words.ts), none left in English', async () => {
    type Words = string | ((...params: unknown[]) => string);
    /** The words as text: a sentence from made-up arguments, or undefined for one that needs arguments of other shapes. */
    const text = (words: Words): string | undefined => {
      if (typeof words === 'string') return words;
      try {
        return words(...['C', '5%', 5, 'T', 'B', '2'].slice(0, words.length));
      } catch {
        return undefined;
      }
    };
    // (progress's targetIs is only names, numbers and punctuation, the same in most languages: left out, as above.)
    const same = new Set(['targetIs']);
    for (const id of templateIds()) {
      const english = templateFolder(id)!.words.en as Readonly<Record<string, Words>>;
      for (const lang of languages().filter((l) => l !== 'en')) {
        const summary = (await loadStrings(lang)).summary as unknown as Readonly<Record<string, Words | undefined>>;
        for (const [key, say] of Object.entries(english)) {
          const own = summary[key];
          expect(typeof own, `${id}: ${lang} ${key}`).to.equal(typeof say);
          const translated = text(own!);
          if (translated !== undefined) expect(translated, `${id}: ${lang} ${key}`).to.not.be.oneOf(same.has(key) ? [''] : ['', text(say)]);
        }
      }
    }
  });

  it('a language a site registers without a template’s own words writes those in English', async () => {
    // Last: the registered language stays for the rest of this page. It has the shared words only, as a site may write it.
    registerLanguage('xx-words', { ...en, lang: 'xx-words', summary: { ...en.summary, noValues: 'Nada.' } });
    expect(await summary('waffle', WAFFLE, 'xx-words')).to.equal('Waffle chart: T. Girls: 37.5% (38 of 100 squares).');
    expect(await summary('trend', 'time,series,value\n2015,A,5', 'xx-words')).to.contain('one year only');
  });
});
