import { facetErrors } from '../../i18n/errors/facets.en.js';
import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { coreErrors } from '../../i18n/errors/core.en.js';
import { sliceErrors } from '../../i18n/errors/slice.en.js';
import { indicatorErrors } from '../../i18n/errors/indicators.en.js';
import { shapeErrors } from '../../i18n/errors/shapes.en.js';
import { internalErrors } from '../../core/errors.js';
import { chromeNumberFormat, languages, loadStrings, type ErrorStrings } from '../../i18n/index.js';
import { cleanup, failed, mount, nextOutcome, rendered, scaledBudget, shadowText } from '../helpers.js';
import { markTexts } from '../templates/util.js';

/** The page's own words (column names, values, addresses) must come back verbatim in every language. */
const DATA = `<script type="text/csv">
région,pauvreté
Nord,70
Sud,beaucoup
</script>`;
const GOOD = `<script type="text/csv">
région,pauvreté
Nord,70
Sud,49
</script>`;
const MISSING = '/test/fixtures/no-such-file.csv';
const HEADER_ONLY = '/test/fixtures/header-only.csv';

interface Case {
  readonly name: string;
  readonly attributes: string;
  readonly body?: string;
  readonly code: string;
}

const CASES: Case[] = [
  { name: 'missing-column', attributes: 'category-column="région" value-column="Taux"', body: GOOD, code: 'missing-column' },
  { name: 'wrong-type', attributes: 'category-column="région" value-column="pauvreté"', body: DATA, code: 'wrong-type' },
  { name: 'empty-data', attributes: `src="${HEADER_ONLY}"`, code: 'empty-data' },
  { name: 'fetch-failed', attributes: `src="${MISSING}"`, code: 'fetch-failed' },
  { name: 'unknown-template', attributes: 'template="camembert"', body: GOOD, code: 'unknown-template' },
  { name: 'slice: no such where column', attributes: 'category-column="région" value-column="pauvreté" where="Sexe=Femmes"', body: GOOD, code: 'missing-column' },
  { name: 'slice: no matching rows', attributes: 'category-column="région" value-column="pauvreté" where="région=Ouest"', body: GOOD, code: 'no-matching-rows' },
];

/** What each case must say in each language: its words, with the page's own verbatim. */
const EXPECTED: Record<string, Record<string, readonly string[]>> = {
  fr: {
    'missing-column': ['Il n’y a pas de colonne "Taux" (demandée par value-column="Taux")', 'Vos données ont ces colonnes : "région", "pauvreté".'],
    'wrong-type': ['La colonne "pauvreté" devrait contenir des nombres, mais la ligne 3 contient "beaucoup".'],
    'empty-data': [`Le fichier "${HEADER_ONLY}" a une ligne d’en-tête mais aucune ligne de données.`],
    'fetch-failed': [`Le fichier de données "${MISSING}" n’a pas pu être chargé (le serveur a répondu 404). Aucun fichier`],
    'unknown-template': ['Il n’y a pas de modèle de graphique appelé "camembert". Utilisez l’un de ceux-ci : ', 'ranked-bar'],
    'slice: no such where column': ['Il n’y a pas de colonne "Sexe" (demandée par where="Sexe=Femmes"). Les colonnes du fichier sont : région, pauvreté.'],
    'slice: no matching rows': ['Aucune ligne pour région=Ouest ; le fichier a région = Nord, Sud.'],
  },
  es: {
    'missing-column': ['No hay ninguna columna "Taux" (pedida con value-column="Taux")', 'Sus datos tienen estas columnas: "région", "pauvreté".'],
    'wrong-type': ['La columna "pauvreté" debería tener números, pero la fila 3 tiene "beaucoup".'],
    'empty-data': [`El archivo "${HEADER_ONLY}" tiene encabezado pero ninguna fila de datos.`],
    'fetch-failed': [`No se pudo cargar el archivo de datos "${MISSING}" (el servidor respondió 404). No hay ningún archivo`],
    'unknown-template': ['No hay ninguna plantilla de gráfico llamada "camembert". Use una de estas: ', 'ranked-bar'],
    'slice: no such where column': ['No hay ninguna columna "Sexe" (pedida con where="Sexe=Femmes"). Las columnas del archivo son: région, pauvreté.'],
    'slice: no matching rows': ['No hay filas para région=Ouest; el archivo tiene région = Nord, Sud.'],
  },
  pt: {
    'missing-column': ['Não existe a coluna "Taux" (pedida em value-column="Taux")', 'Seus dados têm estas colunas: "région", "pauvreté".'],
    'wrong-type': ['A coluna "pauvreté" deveria ter números, mas a linha 3 tem "beaucoup".'],
    'empty-data': [`O arquivo "${HEADER_ONLY}" tem cabeçalho, mas nenhuma linha de dados.`],
    'fetch-failed': [`Não foi possível carregar o arquivo de dados "${MISSING}" (o servidor respondeu 404). Nenhum arquivo`],
    'unknown-template': ['Não existe um modelo de gráfico chamado "camembert". Use um destes: ', 'ranked-bar'],
    'slice: no such where column': ['Não existe a coluna "Sexe" (pedida em where="Sexe=Femmes"). As colunas do arquivo são: région, pauvreté.'],
    'slice: no matching rows': ['Não há linhas para région=Ouest; o arquivo tem région = Nord, Sud.'],
  },
  ar: {
    'missing-column': ['لا يوجد عمود باسم "Taux" (المطلوب في value-column="Taux")', 'أعمدة بياناتك هي: "région"، "pauvreté".'],
    'wrong-type': ['يجب أن يحتوي العمود "pauvreté" على أرقام، لكن الصف 3 فيه "beaucoup".'],
    'empty-data': [`في الملف "${HEADER_ONLY}" صف عناوين، لكن لا توجد صفوف بيانات.`],
    'fetch-failed': [`تعذّر تحميل ملف البيانات "${MISSING}" (ردّ الخادم بالرمز 404). لم يُعثر على أي ملف`],
    'unknown-template': ['لا يوجد قالب رسم بياني باسم "camembert". استخدم أحد هذه القوالب: ', 'ranked-bar'],
    'slice: no such where column': ['لا يوجد عمود باسم "Sexe" (المطلوب في where="Sexe=Femmes"). أعمدة الملف هي: région، pauvreté.'],
    'slice: no matching rows': ['لا توجد صفوف لـ région=Ouest؛ في الملف région = Nord، Sud.'],
  },
};

const HEADINGS: Record<string, string> = {
  fr: 'Ce graphique ne peut pas être affiché.',
  es: 'Este gráfico no se puede mostrar.',
  pt: 'Este gráfico não pode ser exibido.',
  ar: 'لا يمكن عرض هذا الرسم البياني.',
};

/** The alert's heading and message, as shown. */
function shown(chart: LnobChart): { heading: string; message: string } {
  const alert = chart.shadowRoot!.querySelector('[role="alert"]')!;
  const heading = alert.querySelector('strong')?.textContent ?? '';
  return { heading, message: (alert.textContent ?? '').replace(heading, '').trim() };
}

describe('error messages in the chart language', () => {
  afterEach(cleanup);

  for (const lang of ['fr', 'es', 'pt', 'ar']) {
    describe(lang, () => {
      for (const c of CASES) {
        it(`${c.name}: shown in ${lang}, with the page's words verbatim; the event says the same`, async () => {
          const { chart, error } = await failed(`<lnob-chart eager lang="${lang}" ${c.attributes}>${c.body ?? ''}</lnob-chart>`);
          expect(error.code).to.equal(c.code);
          const { heading, message } = shown(chart);
          expect(heading).to.equal(HEADINGS[lang]);
          for (const part of EXPECTED[lang]![c.name]!) expect(message).to.contain(part);
          expect(error.message).to.equal(message);
        });
      }
    });
  }

  it('a language given by the page (pt-BR on an ancestor) and a region subtag use the base language', async () => {
    const host = document.createElement('div');
    host.lang = 'pt-BR';
    document.body.append(host);
    try {
      const outcome = nextOutcome(host);
      host.innerHTML = '<lnob-chart eager template="camembert"></lnob-chart>';
      const detail = (await outcome).detail as { message: string };
      expect(detail.message).to.contain('Não existe um modelo de gráfico chamado "camembert"');
    } finally {
      host.remove();
    }
  });

  it('follows a change of lang: the message is shown again in the new language', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager lang="fr" template="camembert">${GOOD}</lnob-chart>`);
    expect(((await outcome).detail as { message: string }).message).to.contain('Il n’y a pas de modèle de graphique appelé');
    const next = nextOutcome(chart);
    chart.setAttribute('lang', 'es');
    const detail = (await next).detail as { message: string };
    expect(detail.message).to.contain('No hay ninguna plantilla de gráfico llamada "camembert"');
    await chart.updateComplete;
    expect(shown(chart).message).to.equal(detail.message);
    expect(shown(chart).heading).to.equal(HEADINGS['es']);
  });

  it('English messages are unchanged, and a language the kit does not have shows English', async () => {
    const { error } = await failed(`<lnob-chart eager category-column="région" value-column="Taux">${GOOD}</lnob-chart>`);
    expect(error.message).to.equal(
      'There is no column "Taux" (from value-column="Taux"). Your data has these columns: "région", "pauvreté". Change value-column to one of them.',
    );
    const { error: german, alert } = await failed(`<lnob-chart eager lang="de" template="camembert">${GOOD}</lnob-chart>`);
    expect(german.message).to.match(/^There is no chart template called "camembert"\. Use one of: /);
    expect(alert.textContent).to.contain('This chart cannot be shown.');
  });

  it('<lnob-stat> says its errors in its language too', async () => {
    const host = document.createElement('div');
    const outcome = nextOutcome(host);
    host.innerHTML = '<lnob-stat lang="fr"></lnob-stat>';
    document.body.append(host);
    try {
      const detail = (await outcome).detail as { code: string; message: string };
      expect(detail.code).to.equal('empty-data');
      expect(detail.message).to.match(/^Cet encadré n’a pas encore de nombre\. Ajoutez value="30"/);
      const stat = host.querySelector('lnob-stat')!;
      await (stat as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const alert = stat.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.querySelector('strong')!.textContent).to.equal('Cet encadré ne peut pas être affiché.');
      expect(alert.textContent).to.contain(detail.message);
    } finally {
      host.remove();
    }
  });

  it('every language has every error message, none empty for sample parameters', async () => {
    const english = { ...coreErrors, ...sliceErrors, ...indicatorErrors, ...shapeErrors, ...facetErrors, ...internalErrors };
    const samples: { [K in keyof ErrorStrings]: Parameters<ErrorStrings[K]> } = {
      notText: [{ file: 'a.csv' }],
      webPage: ['inline'],
      emptyFile: ['table'],
      headerOnly: [{ file: 'a.csv' }],
      badJson: ['inline', 'Unexpected token'],
      notJsonRows: [{ file: 'a.json' }],
      unclosedQuote: [{ file: 'a.csv' }, 2],
      textAfterQuote: ['inline', 3, '"B"', 'x', ';'],
      tooManyCells: [{ file: 'a.csv' }, 4, 3, 2, '1,234'],
      tooSlow: ['a.csv', 30],
      cors: ['example.org', 'https://example.org/a.csv'],
      connectionFailed: ['a.csv'],
      hostUnreachable: ['localhost:9', 'http://localhost:9/a.csv'],
      corsRedirect: ['a.csv'],
      redirectUnreachable: ['a.csv'],
      insecureAddress: ['http://example.org/a.csv'],
      fileTooLarge: ['a.csv', 212.4, 20],
      fileOverLimit: ['a.csv', 20],
      serverAnswered: ['a.csv', 500],
      noSuchColumn: ['Taux', 'value', ['a', 'b']],
      needsColumn: ['value', 'quantitative', 'the number for each bar', ['a', 'b'], undefined],
      duplicateColumn: ['a'],
      oneBound: ['lower', 'lower_ci', 'upper'],
      notNumbers: ['a', [[2, 'x'], [3, 'y']], 4],
      mixedDecimals: ['a'],
      ambiguousDecimal: ['a', '1,500'],
      notDates: ['a', [2, 'Q1']],
      notANumber: ['target', 'ten'],
      outOfRange: ['target-year', '99999', 1000, 9999, true],
      unknownValue: ['sort', 'up', ['ascending', 'descending']],
      unknownTemplate: ['pie', ['ranked-bar', 'map']],
      tooManyRows: [60000, 50000],
      tooManyColumns: [300000, 10000],
      templateTooManyRows: ['Waffle', 'waffle', 12, 40],
      noValues: ['value'],
      ambiguousRows: ['Kenya, 2019', 2, [{ column: 'Sex', values: ['FEMALE', 'MALE'] }]],
      repeatedRows: ['Kenya', ['1', '2']],
      sameCountry: ['Kenya', [{ geo: 'KEN', value: '36.1' }, { geo: '404', value: '30.2' }]],
      severalValues: ['Units', ['PERCENT', 'NUMBER'], 'where'],
      dataNotList: ['[{ value: 1 }]'],
      dataEmptyList: [],
      dataListUnreadable: ['[{ value: 1 }]'],
      dataHole: [2],
      dataBigInt: [2, 'value'],
      dataCycle: [3, 'value'],
      dataUnreadable: [2],
      noData: [],
      cardNoNumber: [],
      cardNoNumbers: ['value'],
      cardRepeatedYear: ['2019', ['36.1', '30.2']],
      internal: ['x is not a function'],
      unknownLayout: ['sdmx', ['auto', 'tidy']],
      layoutMismatch: ['world-bank', ['a', 'b']],
      noSeriesColumn: ['SI_POV_DAY1', Array.from({ length: 20 }, (_, i) => `c${i}`)],
      badWhere: ['Female'],
      noWhereColumn: ['Sex', 'Sex=Female', ['a']],
      countriesNeedColumn: ['KEN'],
      noCountryRows: [['Narnia'], 'Narnia; KEN', 'Country', ['Kenya']],
      yearsNeedColumn: ['2015-'],
      noYearRows: ['1990', [2000, 2020]],
      badYears: ['soon'],
      badAggregates: ['drop'],
      aggregatesNeedColumn: [],
      onlyAggregates: [['World']],
      noAggregates: [['Kenya', 'Nigeria']],
      noRows: ['Sex=Male', 'Sex', ['Female']],
      noFilledRows: ['Age', ['']],
      surveyRange: [],
      stackedNegative: [],
      waffleTooMany: [12, 40],
      waffleRange: [],
      unknownIndicator: ['99.9.9', ['1.1.1']],
      pyramidGroups: [['Female', 'Male', 'Total']],
      pyramidNegative: ['0-4'],
      slopeOneTime: ['2020'],
      shapesNotJson: ['states.geojson'],
      shapesNotGeo: ['states.geojson', 'Point'],
      shapesEmpty: ['states.geojson'],
      shapesNotGiven: ['states.geojson'],
      shapesTooLarge: ['states.geojson', 52.3, 10],
      shapesTooDetailed: ['states.geojson', 300000, 250000],
      shapeKeyMissing: ['NAME_9', 'states.geojson', ['shapeName', 'shapeISO']],
      noAreaMatches: ['shapeName', 'states.geojson', ['Abia', 'Lagos'], ['Atlantis']],
      sameArea: ['Lagos', [{ geo: 'Lagos', value: '1' }, { geo: 'LAGOS', value: '2' }]],
      tooManyPanels: ['Country', 24],
      facetTemplate: ['map', ['trend', 'progress']],
    };
    expect(Object.keys(samples).sort()).to.deep.equal(Object.keys(english).sort());
    for (const lang of languages()) {
      const errors = lang === 'en' ? english : (await loadStrings(lang)).errors;
      expect(errors, lang).to.not.equal(undefined);
      expect(Object.keys(errors!).sort(), lang).to.deep.equal(Object.keys(english).sort());
      for (const [key, params] of Object.entries(samples)) {
        const say = (errors as Record<string, (...p: unknown[]) => string>)[key]!;
        const text = say(...params);
        expect(text.trim().length, `${lang} ${key}`).to.be.greaterThan(20);
        expect(text, `${lang} ${key}`).to.not.match(/undefined|\[object|NaN/);
      }
    }
  });
});

describe('labels drawn in the chart language', () => {
  afterEach(cleanup);

  const survey = (lang: string) => `<lnob-chart eager lang="${lang}" template="survey"><script type="text/csv">
category,value,n
Children,34,5000
Older people,24,5000
</script></lnob-chart>`;

  it('the survey’s number of respondents, in French and in Arabic', async () => {
    const { chart: fr } = await rendered(survey('fr'));
    expect(markTexts(fr)).to.include('Personnes interrogées : 5\u202f000');
    const { chart: ar } = await rendered(survey('ar'));
    // Arabic words, and 5000 as the chart's chrome writes it in Arabic.
    const arabic = (await loadStrings('ar')).summary.respondents(chromeNumberFormat('ar', 0)(5000));
    // Read without the invisible isolates that keep its number whole in a right-to-left drawing.
    expect(markTexts(ar).map((text) => text.replace(/[\u2066-\u2069]/g, ''))).to.include(arabic);
    expect(markTexts(ar).join(' ')).to.not.contain('Respondents');
    const { chart: en } = await rendered(survey('en'));
    expect(markTexts(en)).to.include('Respondents: 5,000');
  });

  /** The shapes' accessible names ("Allemagne: 70") and the names their tooltips show. */
  async function mapNames(lang: string) {
    const { chart } = await rendered(`<lnob-chart eager lang="${lang}" template="map" geo-column="country" value-column="rate"><script type="text/csv">
country,rate
DEU,70
KEN,30
</script></lnob-chart>`);
    const aria = [...chart.shadowRoot!.querySelectorAll('g.mark-shape.role-mark path')].map((path) => path.getAttribute('aria-label') ?? '');
    const tooltips: unknown[] = [];
    const walk = (node: { items?: unknown[]; tooltip?: unknown }) => {
      if (node.tooltip !== undefined) tooltips.push(node.tooltip);
      for (const item of node.items ?? []) walk(item as typeof node);
    };
    walk((chart.view!.scenegraph() as unknown as { root: { items?: unknown[] } }).root);
    return { aria, tooltips: tooltips.map((t) => JSON.stringify(t)), summary: shadowText(chart, '[part="summary"]') };
  }

  it('country names in a map (tooltips and accessible names) come in the chart language', async function () {
    this.timeout(scaledBudget(30_000));
    const fr = await mapNames('fr');
    expect(fr.aria).to.include('Allemagne: 70');
    expect(fr.tooltips.some((t) => t.includes('"Allemagne"'))).to.equal(true);
    expect(fr.tooltips.some((t) => t.includes('"Germany"'))).to.equal(false);
    const es = await mapNames('es');
    expect(es.aria).to.include('Alemania: 70');
    expect(es.tooltips.some((t) => t.includes('"Alemania"'))).to.equal(true);
    const en = await mapNames('en');
    expect(en.aria).to.include('Germany: 70');
    expect(en.tooltips.some((t) => t.includes('"Germany"'))).to.equal(true);
    // A name the browser does not have stays English (Natural Earth's "N. Cyprus" has no ISO code).
    expect(fr.aria.some((label) => label.startsWith('N. Cyprus'))).to.equal(en.aria.some((label) => label.startsWith('N. Cyprus')));
  });
});
