import { expect } from '@open-wc/testing';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { M49_AGGREGATES, WORLD_BANK_AGGREGATES } from '../../data/geo/aggregates.js';
import { allCountries, loadCountries, resolveGeo } from '../../data/geo/countries.js';
import { reportNotes, reportRows } from './report.js';
import { ATTRIBUTION, DISCLAIMER, DISCLAIMER_SHORT, loadGeo, map } from './map.js';
import { csoCoalitions, nationalDialogues } from './sample.js';
import { sampleMarkup } from '../samples/index.js';
import type { Options } from '../types.js';
import { defaultTheme } from '../../themes/default.js';
import { themeToVega } from '../../themes/vega-config.js';
import { cleanup, failed, rendered, shadowText, svgOf } from '../../test/helpers.js';
import { checkEdge, type EdgeCase } from '../../test/templates/edge.js';
import { chartMarkup, csv, recorder, summaryOf } from '../../test/templates/util.js';

const OPTIONS: Options = { highlight: null, 'highlight-label': null };


/** The country shapes drawn (one path each); legend swatches are not marks. */
function shapes(chart: LnobChart): SVGPathElement[] {
  return [...svgOf(chart).querySelectorAll<SVGPathElement>('g.mark-shape.role-mark path')];
}

/** The shape of one country, found by its accessible label ("Nigeria: 70"). */
function shape(chart: LnobChart, name: string): SVGPathElement {
  const found = shapes(chart).find((path) => (path.getAttribute('aria-label') ?? '').split(':')[0] === name);
  if (!found) throw new Error(`no shape labelled ${name}`);
  return found;
}

function fillOf(path: Element): string {
  return path.getAttribute('fill') ?? '';
}

/** The colours at the two ends of the drawn gradient legend. */
function gradientEnds(chart: LnobChart): [string, string] {
  const stops = [...svgOf(chart).querySelectorAll('linearGradient stop')];
  return [stops[0]!.getAttribute('stop-color')!, stops[stops.length - 1]!.getAttribute('stop-color')!];
}

/** Relative lightness 0–1 of a CSS colour as Vega writes it (`#rrggbb` or `rgb(r, g, b)`). */
function lightness(color: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const channels = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function signal(chart: LnobChart, name: string): string {
  return String(chart.view!.signal(name));
}

function warningsOf(chart: LnobChart): HTMLElement {
  return chart.shadowRoot!.querySelector<HTMLElement>('[part="warnings"]')!;
}

/** Every text the SVG shows, lines joined by spaces. */
function svgText(chart: LnobChart): string {
  return [...svgOf(chart).querySelectorAll('text')]
    .map((text) => ([...text.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') || text.textContent) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

const VALUES = csv(['country', 'rate'], [['NGA', 70], ['Kenya', 30], ['604', 55], ['BO', 55]]);
const valueMap = (data = VALUES, attributes: Record<string, string> = {}) =>
  chartMarkup('map', data, { 'geo-column': 'country', 'value-column': 'rate', ...attributes });

describe('map template', () => {
  afterEach(cleanup);

  describe('country codes', () => {
    before(() => loadCountries());

    it('reads alpha-3, alpha-2, UN M49 numeric and English names as the same country', () => {
      for (const value of ['NGA', 'NG', '566', '0566', 'Nigeria', 'nigeria', ' NGA ']) {
        const match = resolveGeo(value);
        expect(match.kind, value).to.equal('country');
        if (match.kind === 'country') expect(match.country.numeric, value).to.equal('566');
      }
    });

    it('reads World Bank and UN spellings of names', () => {
      const alpha3 = (value: string) => {
        const match = resolveGeo(value);
        return match.kind === 'country' ? match.country.alpha3 : match.kind;
      };
      expect(alpha3('Congo, Dem. Rep.')).to.equal('COD');
      expect(alpha3('Congo')).to.equal('COG');
      expect(alpha3("Côte d'Ivoire")).to.equal('CIV');
      expect(alpha3('Cote d’Ivoire')).to.equal('CIV');
      expect(alpha3('Bolivia (Plurinational State of)')).to.equal('BOL');
      expect(alpha3('Gambia, The')).to.equal('GMB');
      expect(alpha3('St. Lucia')).to.equal('LCA');
      expect(alpha3('Korea, Rep.')).to.equal('KOR');
      expect(alpha3('Turkiye')).to.equal('TUR');
      expect(alpha3('Viet Nam')).to.equal('VNM');
      expect(alpha3('XKX')).to.equal('XKK');
    });

    it('recognises regions and groups of countries as aggregates, not countries or unknowns', () => {
      for (const value of ['WLD', '1', '001', 'SSF', '202', '419', 'LMC', 'EAP', 'World', 'Sub-Saharan Africa', '747']) {
        expect(resolveGeo(value).kind, value).to.equal('aggregate');
      }
      expect(resolveGeo('Atlantis').kind).to.equal('unknown');
      expect(resolveGeo('XYZ').kind).to.equal('unknown');
    });

    it('has no aggregate code that is also a country code', () => {
      const alpha3 = new Set(allCountries().map((c) => c.alpha3));
      const numeric = new Set(allCountries().map((c) => Number(c.numeric)));
      expect(Object.keys(WORLD_BANK_AGGREGATES).filter((code) => alpha3.has(code))).to.deep.equal([]);
      expect(Object.keys(M49_AGGREGATES).filter((code) => numeric.has(Number(code)))).to.deep.equal([]);
    });

    it('finds the countries too small to draw by comparing the code list with the shapes', async () => {
      const { world } = await loadGeo();
      const tooSmall = allCountries().filter((c) => !world.ids.has(c.numeric)).map((c) => c.alpha3);
      expect(tooSmall).to.include.members(['MDV', 'SGP', 'TUV']);
      expect(tooSmall).to.not.include('NGA');
      expect(world.ids.has('983'), 'Kosovo gets its shape by name').to.equal(true);
      expect(world.features.length).to.equal(world.ids.size);
    });

    it('reports unknown, too small and repeated countries, and names the groups it leaves out (never as unknowns)', async () => {
      const rows = ['NGA', 'Nigeria', 'Atlantis', 'Maldives', 'WLD', '1', 'SSF', 'Kenya'].map((geo) => ({ geo, value: 1 }));
      const report = reportRows(rows, OPTIONS, await loadGeo());
      expect(report.keys.map((k) => k.lnob_id)).to.deep.equal(['566', '404']);
      expect(report.unknown).to.deep.equal(['Atlantis']);
      expect(report.tooSmall).to.deep.equal(['Maldives']);
      expect(report.repeated).to.deep.equal(['Nigeria']);
      expect(report.aggregates).to.deep.equal(['World', 'Sub-Saharan Africa']);
      const notes = reportNotes(report).join(' ');
      expect(notes).to.include('Atlantis').and.include('Too small to show at this scale: Maldives');
      expect(notes).to.include('Regional and income groups are not drawn on the map: World, Sub-Saharan Africa.');
      expect(notes).to.include('Not on the map (no country by that name or code): Atlantis.');
    });
  });

  describe('spec', () => {
    it('compiles without Vega-Lite warnings and runs headless over sample rows without warnings', async () => {
      await map.load!();
      const theme = themeToVega(defaultTheme);
      for (const options of [OPTIONS, { ...OPTIONS, highlight: ['Kenya'] }]) {
        for (const fixedHeight of [false, true]) {
          const messages: string[] = [];
          const { spec } = vegaLite.compile(map.spec(options, { fixedHeight }), { logger: recorder(messages) as never });
          expect(messages, `compile ${JSON.stringify(options)}`).to.deep.equal([]);
          spec.autosize = { type: fixedHeight ? 'fit' : 'fit-x', contains: 'padding' };
          const rows = [{ geo: 'NGA', value: 70 }, { geo: 'KE', value: 30 }];
          const view = new vega.View(vega.parse(spec, theme.config, { ast: true }), {
            renderer: 'none',
            expr: expressionInterpreter,
            logger: recorder(messages) as never,
          } as never);
          for (const [name, value] of Object.entries({ ...theme.signals, ...map.signals!(options, rows) })) view.signal(name, value);
          view.data('table', rows);
          for (const [name, values] of Object.entries(map.datasets!(rows, options))) view.data(name, values);
          await view.width(320).height(160).runAsync();
          expect(messages, 'view').to.deep.equal([]);
          view.finalize();
        }
      }
    });

    it('holds no data: the shapes and rows come in as named datasets', () => {
      const text = JSON.stringify(map.spec(OPTIONS, { fixedHeight: false }));
      expect(text).to.include('"lnob_shapes"').and.include('"table"');
      expect(text).to.not.include('Nigeria');
      expect(text.length).to.be.lessThan(12_000);
    });
  });

  describe('in the page', () => {
    it('draws every country once, coloured by its value on the theme’s ramp, others as no data', async () => {
      // Kenya has the lowest value.
      const { chart, view } = await rendered(valueMap());
      const paths = shapes(chart);
      expect(paths.length).to.equal((await loadGeo()).world.features.length);
      // No data: no fill, so the hatching under the countries shows (test/geo/nodata.test.ts).
      const noData = 'transparent';
      const coloured = paths.filter((path) => fillOf(path) !== noData);
      expect(coloured.map((path) => path.getAttribute('aria-label')).sort()).to.deep.equal(['Bolivia: 55', 'Kenya: 30', 'Nigeria: 70', 'Peru: 55']);
      const [low, high] = gradientEnds(chart);
      expect(fillOf(shape(chart, 'Nigeria'))).to.equal(high);
      expect(fillOf(shape(chart, 'Peru'))).to.equal(fillOf(shape(chart, 'Bolivia')));
      // Darker for higher values; the lowest is visibly darker than the ramp's light end and than "no data".
      const [kenya, peru, nigeria] = ['Kenya', 'Peru', 'Nigeria'].map((name) => lightness(fillOf(shape(chart, name))));
      expect(kenya).to.be.above(peru!);
      expect(peru).to.be.above(nigeria!);
      expect(lightness(low) - kenya!).to.be.above(0.05);
      expect(lightness(String(view.signal('lnob_color_background'))) - kenya!).to.be.above(0.05);
      expect(svgText(chart)).to.include('No data');
    });

    it('puts NGA, NG, 566 and Nigeria on the same shape', async () => {
      for (const code of ['NGA', 'NG', '566', 'Nigeria']) {
        const { chart } = await rendered(valueMap(csv(['country', 'rate'], [[code, 70], ['Kenya', 30]])));
        const [, high] = gradientEnds(chart);
        expect(fillOf(shape(chart, 'Nigeria')), code).to.equal(high);
        cleanup();
      }
    });

    it('says which rows are not on the map, visibly, and still draws the rest', async () => {
      const data = csv(['country', 'rate'], [['NGA', 70], ['Atlantis', 10], ['XYZ', 12], ['Maldives', 40], ['WLD', 9], ['1', 9], ['SSF', 40], ['Kenya', 30]]);
      const { chart } = await rendered(valueMap(data));
      await chart.updateComplete;
      const warnings = warningsOf(chart);
      expect(warnings.hidden).to.equal(false);
      expect(warnings.getBoundingClientRect().height).to.be.greaterThan(0);
      const text = shadowText(chart, '[part="warnings"]');
      expect(text).to.include('Not on the map').and.include('Atlantis, XYZ');
      expect(text).to.include('Too small to show at this scale: Maldives.');
      expect(text).to.include('Regional and income groups are not drawn on the map: World, Sub-Saharan Africa.');
      expect(text).to.not.match(/Not on the map[^.]*(WLD|SSF)/);
      expect(chart.shadowRoot!.querySelector('[role="alert"]')!.hasAttribute('hidden')).to.equal(true);
      expect(shape(chart, 'Nigeria').getAttribute('aria-label')).to.equal('Nigeria: 70');
    });

    it('shows no warnings line when every row is on the map', async () => {
      const { chart } = await rendered(valueMap());
      await chart.updateComplete;
      expect(warningsOf(chart).hidden).to.equal(true);
    });

    it('highlights exactly the listed countries, in any accepted form, and mutes the others', async () => {
      const { chart, view } = await rendered(valueMap(VALUES, { highlight: 'Kenya; PER; 242', 'highlight-label': 'National dialogue held' }));
      const highlight = String(view.signal('lnob_color_highlight'));
      const muted = String(view.signal('lnob_color_deemphasis'));
      const highlighted = shapes(chart).filter((path) => fillOf(path) === highlight).map((path) => path.getAttribute('aria-label')!.split(':')[0]);
      expect(highlighted.sort()).to.deep.equal(['Fiji', 'Kenya', 'Peru']);
      expect(shapes(chart).filter((path) => fillOf(path) !== highlight).every((path) => fillOf(path) === muted)).to.equal(true);
      expect(svgText(chart)).to.include('National dialogue held');
      const gradient = svgOf(chart).querySelector('.role-legend-gradient path');
      expect(gradient?.getBoundingClientRect().width ?? 0, 'no value legend').to.equal(0);
    });

    it('without a value column, highlights the countries in the data', async () => {
      const { chart } = await rendered(chartMarkup('map', 'country\nTogo\nJamaica\nTZA', { 'geo-column': 'country' }));
      const highlight = signal(chart, 'lnob_color_highlight');
      const highlighted = shapes(chart).filter((path) => fillOf(path) === highlight).map((path) => path.getAttribute('aria-label')!.split(':')[0]);
      expect(highlighted.sort()).to.deep.equal(['Jamaica', 'Tanzania', 'Togo']);
      expect(summaryOf(chart)).to.include('3 countries').and.include('Togo');
    });

    it('carries the disclaimer and the map attribution, visibly, in the drawing (on a phone, the short disclaimer)', async () => {
      const { chart: wide } = await rendered(valueMap(), 800);
      expect(svgText(wide)).to.include('do not imply official endorsement or acceptance');
      cleanup();
      const { chart } = await rendered(valueMap(), 320);
      const text = svgText(chart);
      expect(text).to.include(DISCLAIMER_SHORT);
      expect(text).to.include(ATTRIBUTION);
      expect(DISCLAIMER).to.include('makers of this chart or its data sources');
      const box = [...svgOf(chart).querySelectorAll('text')].find((t) => (t.textContent ?? '').includes('Natural Earth'))!.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.right).to.be.at.most(svgOf(chart).getBoundingClientRect().right + 1);
    });

    it('fits a 320 px phone screen at a map’s proportions', async () => {
      const { chart } = await rendered(valueMap(), 320);
      const svg = svgOf(chart).getBoundingClientRect();
      expect(svg.width).to.be.at.most(320);
      const map = svgOf(chart).querySelector('g.mark-shape.role-mark')!.getBoundingClientRect();
      expect(map.width).to.be.greaterThan(280);
      expect(map.height).to.be.within(110, 180);
    });

    it('summarises the highest and lowest countries and how many have no data', async () => {
      const { chart } = await rendered(valueMap(VALUES, { title: 'Poverty' }));
      const total = (await loadGeo()).world.features.length;
      expect(summaryOf(chart)).to.equal(
        `World map: Poverty. 4 countries with data. Highest: Nigeria, 70. Lowest: Kenya, 30. ${total - 4} of the ${total} countries on the map have no data.`,
      );
    });
  });

  describe('one country, several rows', () => {
    it('fails with ambiguous-rows naming the country, both spellings and values, when they differ', async () => {
      for (const [a, b] of [['KEN', '404'], ['Kenya', 'KEN']] as const) {
        const { error, alert } = await failed(valueMap(csv(['country', 'rate'], [[a, 36.1], ['NGA', 70], [b, 30.2]])));
        expect(error.code).to.equal('ambiguous-rows');
        expect(error.message).to.equal(`Kenya appears twice: ${a} (36.1) and ${b} (30.2). Keep one row per country.`);
        expect(alert.textContent).to.contain('Kenya appears twice');
        cleanup();
      }
    });

    it('names every row when a country appears three times', async () => {
      const { error } = await failed(valueMap(csv(['country', 'rate'], [['KEN', 1], ['404', 2], ['Kenya', 3]])));
      expect(error.message).to.equal('Kenya appears 3 times: KEN (1), 404 (2) and Kenya (3). Keep one row per country.');
    });

    it('draws a country written twice with the same value once, and counts it once', async () => {
      const { chart } = await rendered(valueMap(csv(['country', 'rate'], [['KEN', 30], ['NGA', 70], ['404', 30], ['Kenya', 30]])));
      const total = (await loadGeo()).world.features.length;
      expect(summaryOf(chart)).to.equal(
        `World map. 2 countries with data. Highest: Nigeria, 70. Lowest: Kenya, 30. ${total - 2} of the ${total} countries on the map have no data.`,
      );
      expect(shape(chart, 'Kenya').getAttribute('aria-label')).to.equal('Kenya: 30');
    });

    it('draws the row with a value when the other row for the country has none', async () => {
      const { chart } = await rendered(valueMap(csv(['country', 'rate'], [['KEN', null], ['NGA', 70], ['404', 30.2]])));
      expect(shape(chart, 'Kenya').getAttribute('aria-label')).to.equal('Kenya: 30.2');
      expect(summaryOf(chart)).to.contain('2 countries with data').and.contain('Lowest: Kenya, 30.2');
    });

    it('the same rule holds for the report the drawing and the summary share', async () => {
      const geo = await loadGeo();
      expect(() => reportRows([{ geo: 'KEN', value: 36.1 }, { geo: '404', value: 30.2 }], OPTIONS, geo)).to.throw('Kenya appears twice');
      const report = reportRows([{ geo: 'KEN', value: null }, { geo: '404', value: 30.2 }], OPTIONS, geo);
      expect(report.keys).to.deep.equal([{ lnob_id: '404', geo: '404' }]);
    });
  });

  describe('samples', () => {
    it('national dialogues: a partial list from the deck, highlighted', async () => {
      const { chart } = await rendered(sampleMarkup(nationalDialogues, { eager: '' }));
      const highlight = signal(chart, 'lnob_color_highlight');
      const highlighted = shapes(chart).filter((path) => fillOf(path) === highlight).map((path) => path.getAttribute('aria-label')!.split(':')[0]);
      expect(highlighted.sort()).to.deep.equal(['El Salvador', 'Fiji', 'India', 'Kenya', 'Peru', 'Philippines', 'Rwanda', 'Tajikistan']);
      expect(svgText(chart)).to.include('National dialogue held (partial list)');
      expect(shadowText(chart, '[part="notes"]')).to.include('Partial list');
      expect(nationalDialogues.illustrative).to.equal(false);
      expect(warningsOf(chart).hidden).to.equal(true);
    });

    it('CSO coalitions: the deck’s "including" list, with Togo, Jamaica and Tanzania', async () => {
      const { chart } = await rendered(sampleMarkup(csoCoalitions, { eager: '' }));
      const highlight = signal(chart, 'lnob_color_highlight');
      const highlighted = shapes(chart).filter((path) => fillOf(path) === highlight).map((path) => path.getAttribute('aria-label')!.split(':')[0]);
      expect(highlighted).to.have.length(15);
      expect(highlighted).to.include.members(['Togo', 'Jamaica', 'Tanzania', 'Palestine', 'Fiji']);
      expect(shadowText(chart, '[part="notes"]')).to.include('not complete');
      expect(warningsOf(chart).hidden).to.equal(true);
    });
  });

  describe('edge data', () => {
    const h = ['geo', 'value'];
    const some = ['NGA', 'KEN', 'PER', 'BOL', 'IND', 'FJI'];
    const cases: EdgeCase[] = [
      { name: 'one row', csv: csv(h, [['NGA', 69]]) },
      { name: 'all equal values', csv: csv(h, some.map((geo) => [geo, 40])) },
      { name: 'zeros', csv: csv(h, some.map((geo) => [geo, 0])) },
      { name: 'nulls', csv: csv(h, [['NGA', 10], ['KEN', null], ['PER', 'NA'], ['BOL', 30]]) },
      { name: 'negative values', csv: csv(h, [['NGA', -5], ['KEN', 10], ['PER', -20]]) },
      { name: 'unknown long names', csv: csv(h, [['The Autonomous Region of a Very Long Official Name Including Several Districts', 55], ['NGA', 12]]) },
      { name: "Côte d'Ivoire and Arabic script", csv: csv(h, [["Côte d'Ivoire", 20], ['الأردن', 35], ['São Tomé and Príncipe', 50], ['Jordan', 40]]) },
      { name: 'only aggregates', csv: csv(h, [['WLD', 9], ['SSF', 40], ['1', 9]]) },
    ];
    for (const edge of cases) it(edge.name, () => checkEdge('map', edge));
    it('200 rows', async () => {
      await loadCountries();
      await checkEdge('map', { name: '200 rows', csv: csv(h, allCountries().slice(0, 200).map((c, i) => [c.alpha3, (i * 37) % 97])) });
    });
  });

  it('keeps the shapes out of the standalone entry file (they are a chunk of their own)', async function () {
    const response = await fetch('/dist/lnob-charts.js');
    if (!response.ok) this.skip(); // not built in this run: the design keeps them in a dynamic import
    const entry = await response.text();
    expect(entry).to.not.include('GeometryCollection');
    expect(entry).to.not.include('ISO 3166-2:AF');
  });
});
