import { expect } from '@open-wc/testing';
import '../../index.js';
import { languages, loadStrings, registerLanguage, type KitLanguage } from '../../i18n/index.js';
import { strings as en } from '../../i18n/en.js';
import { templateFolder, templateIds } from '../../templates/index.js';
import { vegaLocale } from '../../i18n/locale.js';
import { cleanup, filledTable, labels, rendered, scaledBudget, shadowText } from '../helpers.js';

const NNBSP = '\u202f';

/** One bar worth 1234.5: its label and the summary show the thousands and decimal marks. */
const chart = (lang: string, extra = '') => `<lnob-chart eager lang="${lang}" title="T" source="UN" credit="Us" ${extra}><script type="text/csv">
category,value
North,1234.5
South,99.5
</script></lnob-chart>`;

describe('languages', () => {
  afterEach(cleanup);

  it('every language has every string of English (adding a language is adding one file)', async () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    // English: i18n/en.ts's shared words, with the words every template keeps in its folder (templates/<id>/words.ts).
    const english = keys(en);
    for (const id of templateIds()) {
      for (const key of Object.keys(templateFolder(id)!.words.en)) expect(english, id).to.include(`summary.${key}`);
    }
    for (const lang of languages()) {
      const strings = await loadStrings(lang);
      expect(strings.lang, lang).to.equal(lang);
      // The error messages are checked in errors.test.ts (English keeps them with the code that throws); the number
      // and date conventions in known-locales.test.ts (English's are in core/known-locales.ts).
      const words = keys(strings).filter((key) => !key.startsWith('errors.') && !key.startsWith('formats.'));
      expect(words.sort(), lang).to.deep.equal(english.sort());
    }
  });

  it('every template folder has its words in every kit language, each word in each (templates/<id>/words.<lang>.ts)', async () => {
    const kit = languages().filter((lang) => lang !== 'en');
    for (const id of templateIds()) {
      const words = templateFolder(id)!.words;
      expect(Object.keys(words).filter((lang) => lang !== 'en').sort(), id).to.deep.equal([...kit].sort());
      for (const lang of kit) {
        const own = await words[lang as KitLanguage]();
        expect(Object.keys(own.words).sort(), `${id}: ${lang}`).to.deep.equal(Object.keys(words.en).sort());
      }
    }
  });

  it('French: its words and 1 234,5 (narrow no-break space) in the drawing and the chrome', async () => {
    const { chart: c } = await rendered(chart('fr'));
    await c.updateComplete;
    expect(labels(c)).to.include(`1${NNBSP}234,5`);
    // (raw text: shadowText folds white space, U+202F included)
    expect(c.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain(`1${NNBSP}234,5`);
    expect(shadowText(c, '[part="summary"]')).to.match(/^Graphique en barres : T, 2 barres\. Valeur la plus élevée : North/);
    expect(shadowText(c, '[part="source"]')).to.equal('Source : UN');
    expect(shadowText(c, '[part="credit"]')).to.equal('Graphique : Us');
    expect(shadowText(c, '[part="table-toggle"]')).to.equal('Afficher les données en tableau');
    expect(shadowText(c, '[part="menu-button"]')).to.equal('Partager');
    const cell = [...(await filledTable(c)).querySelectorAll('td.num')].map((td) => td.textContent);
    expect(cell).to.include(`1${NNBSP}234,5`);
  });

  it('Brazilian Portuguese: 1.234,5 in the drawing and the chrome', async () => {
    const { chart: c } = await rendered(chart('pt-BR'));
    await c.updateComplete;
    expect(labels(c)).to.include('1.234,5');
    expect(shadowText(c, '[part="summary"]')).to.contain('Maior valor: North, 1.234,5');
    expect(shadowText(c, '[part="table-toggle"]')).to.equal('Mostrar os dados em tabela');
  });

  it('Spanish groups 4-digit numbers the same way in the drawing and the text', async () => {
    const { chart: c } = await rendered(chart('es'));
    await c.updateComplete;
    expect(labels(c)).to.include('1.234,5');
    expect(shadowText(c, '[part="summary"]')).to.contain('1.234,5');
    expect(shadowText(c, '[part="source"]')).to.equal('Fuente: UN');
  });

  it('lang is inherited from the nearest ancestor, as HTML does', async () => {
    const { chart: c } = await rendered(`<div lang="fr">${chart('fr').replace(' lang="fr"', '')}</div>`);
    await c.updateComplete;
    expect(labels(c)).to.include(`1${NNBSP}234,5`);
  });

  it('Arabic: the chrome and the table are right to left, its words shown, Arabic labels drawn as text', async () => {
    const { chart: c } = await rendered(`<lnob-chart eager lang="ar" title="الفقر" source="الأمم المتحدة"><script type="text/csv">
category,value
الشمال,70
الجنوب,40
</script></lnob-chart>`);
    await c.updateComplete;
    const figure = c.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(c.shadowRoot!.querySelector('table')!).direction).to.equal('rtl');
    expect(shadowText(c, '[part="source"]')).to.equal('المصدر: الأمم المتحدة');
    expect(shadowText(c, '[part="table-toggle"]')).to.equal('عرض البيانات في جدول');
    // Read without the invisible isolates that keep each label one right-to-left run.
    const read = (t: Element) => (t.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
    const svgText = [...c.shadowRoot!.querySelectorAll('svg text')].map(read);
    expect(svgText).to.include('الشمال');
    // The drawing is mirrored (render/mirror-spec.ts): the Arabic category names start where the bars start, on the right.
    const label = [...c.shadowRoot!.querySelectorAll('svg text')].find((t) => read(t) === 'الشمال')!;
    const bar = c.shadowRoot!.querySelector('svg g.mark-rect path')!;
    expect(label.getBoundingClientRect().left).to.be.at.least(bar.getBoundingClientRect().right - 1);
    expect(label.getBoundingClientRect().right).to.be.at.most(c.getBoundingClientRect().right + 1);
  });

  it('English charts stay left to right and in English', async () => {
    const { chart: c } = await rendered(chart('en'));
    await c.updateComplete;
    expect(c.shadowRoot!.querySelector('figure')!.getAttribute('dir')).to.equal('ltr');
    expect(labels(c)).to.include('1,234.5');
    expect(shadowText(c, '[part="summary"]')).to.contain('Highest: North, 1,234.5.');
  });

  it('two charts in two languages on one page keep their own formats (no global locale)', async () => {
    const { chart: fr } = await rendered(chart('fr'));
    const { chart: pt } = await rendered(chart('pt-BR'));
    expect(labels(fr)).to.include(`1${NNBSP}234,5`);
    expect(labels(pt)).to.include('1.234,5');
  });

  it('the progress chart says its target and verdict in the chart language', async () => {
    const { chart: c } = await rendered(`<lnob-chart eager lang="fr" template="progress" target="10" direction="decrease"><script type="text/csv">
time,value
2015,40
2018,35
2021,30
</script></lnob-chart>`);
    await c.updateComplete;
    const text = [...c.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    expect(text.join(' | ')).to.contain('Cible 2030');
    expect(text.join(' | ')).to.contain('pas en bonne voie');
    expect(shadowText(c, '[part="summary"]')).to.contain('pas en bonne voie');
  });

  it('a map says "no data" and its summary in the chart language', async function () {
    this.timeout(scaledBudget(30_000));
    // No preloading: the element waits for the map's own data before it writes the summary.
    const { chart: c } = await rendered(`<lnob-chart eager lang="es" template="map" geo-column="country" value-column="rate"><script type="text/csv">
country,rate
NGA,1234.5
KEN,30
</script></lnob-chart>`);
    await c.updateComplete;
    expect(String(c.view!.signal('lnob_nodata_label'))).to.equal('Sin datos');
    const text = [...c.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '').join(' | ');
    expect(text).to.contain('Sin datos');
    // Country names in Spanish, from the browser (Intl.DisplayNames): Kenya → Kenia.
    expect(shadowText(c, '[part="summary"]')).to.contain('Valor más alto: Nigeria, 1.234,5.');
    expect(shadowText(c, '[part="summary"]')).to.contain('Valor más bajo: Kenia, 30,0.');
  });

  it('dates on axes in the chart language (month names from Intl)', async () => {
    const rows = ['2021-01-01', '2021-03-01', '2021-05-01', '2021-07-01', '2021-09-01', '2021-11-01'].map((d, i) => `A,${d},${10 + i}`).join('\n');
    const { chart: c } = await rendered(`<lnob-chart eager lang="fr" template="trend"><script type="text/csv">
series,time,value
${rows}
</script></lnob-chart>`);
    const text = [...c.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    const french = new Intl.DateTimeFormat('fr', { month: 'short', timeZone: 'UTC' });
    const months = Array.from({ length: 12 }, (_, m) => french.format(new Date(Date.UTC(2021, m, 15))));
    // e.g. "janv. 2021", "avr. 2021"
    expect(text.filter((t) => months.some((m) => t.startsWith(`${m} `))).length, text.join(' | ')).to.be.at.least(2);
    expect(text.some((t) => /^(Jan|Apr|Jul|Oct)\b/.test(t))).to.equal(false);
  });

  it('the error box speaks the chart language', async () => {
    const host = document.createElement('div');
    const done = new Promise((resolve) => host.addEventListener('lnob-error', resolve));
    host.innerHTML = `<lnob-chart eager lang="es" template="nope"><script type="text/csv">a,b\n1,2</script></lnob-chart>`;
    document.body.append(host);
    try {
      await done;
      const c = host.querySelector('lnob-chart')!;
      await c.updateComplete;
      expect(shadowText(c, '[part="error"]')).to.contain('Este gráfico no se puede mostrar.');
    } finally {
      host.remove();
    }
  });

  it('a page can add a language with registerLanguage', async () => {
    registerLanguage('sw', { ...en, lang: 'sw', source: 'Chanzo:', table: { ...en.table, show: 'Onyesha data kama jedwali' } });
    const { chart: c } = await rendered(chart('sw'));
    await c.updateComplete;
    expect(shadowText(c, '[part="source"]')).to.equal('Chanzo: UN');
    expect(shadowText(c, '[part="table-toggle"]')).to.equal('Onyesha data kama jedwali');
  });

  it('derives Vega number and time formats from Intl', () => {
    expect(vegaLocale('fr').number.thousands).to.equal(NNBSP);
    expect(vegaLocale('fr').number.decimal).to.equal(',');
    expect(vegaLocale('pt-BR').number.thousands).to.equal('.');
    expect(vegaLocale('en-IN').number.grouping).to.deep.equal([3, 2]);
    expect(vegaLocale('es').time.months[0]).to.equal('enero');
  });
});
