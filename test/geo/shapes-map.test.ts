import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { clearShapesCache, setShapeLimits } from '../../data/geo/shapes.js';
import { cleanup, failed, mount, rendered, shadowText, svgOf } from '../helpers.js';

/** The areas drawn (one path each); legend swatches are not marks. */
function areas(chart: LnobChart): SVGPathElement[] {
  return [...svgOf(chart).querySelectorAll<SVGPathElement>('g.mark-shape.role-mark path')];
}

/** The areas without data: drawn, not read out one by one (the summary counts them), as on the world map. */
function unnamed(chart: LnobChart): SVGPathElement[] {
  return areas(chart).filter((path) => !path.getAttribute('aria-label'));
}

function area(chart: LnobChart, name: string): SVGPathElement {
  const found = areas(chart).find((path) => (path.getAttribute('aria-label') ?? '').split(':')[0] === name);
  if (!found) throw new Error(`no area labelled ${name}`);
  return found;
}

const STATES_TOPO = '/test/fixtures/shapes/nigeria-states.topojson';
const STATES_GEO = '/test/fixtures/shapes/nigeria-states.geojson';
const ZONES = '/test/fixtures/shapes/nigeria-zones.topojson';

const zoneMarkup = (attributes: string) => `
  <lnob-chart eager template="map" shapes="${ZONES}" geo-column="zone" value-column="poverty_rate" ${attributes}>
    <script type="text/csv">
      zone,poverty_rate
      North West,70%
      North East,69%
      South West,49.8%
      Atlantis,12%
    </script>
  </lnob-chart>`;

describe('map of the page’s own boundaries (shapes)', () => {
  afterEach(() => {
    cleanup();
    setShapeLimits();
    clearShapesCache();
  });

  it('draws one shape per area of a TopoJSON file, colours the areas with data and lists the rows that match none', async () => {
    const { chart } = await rendered(zoneMarkup('title="Poverty by zone"'));
    expect(areas(chart)).to.have.length(6);
    expect(unnamed(chart)).to.have.length(3);
    const noData = unnamed(chart)[0]!.getAttribute('fill');
    expect(area(chart, 'North West').getAttribute('aria-label')).to.equal('North West: 70.0%');
    expect(area(chart, 'North West').getAttribute('fill')).to.not.equal(noData);
    expect(area(chart, 'South West').getAttribute('fill')).to.not.equal(area(chart, 'North West').getAttribute('fill'));
    for (const path of unnamed(chart)) expect(path.getAttribute('fill')).to.equal(noData);
    expect(shadowText(chart, '[part="warnings"]')).to.include('Not on the map (no area by that name in the boundaries file): Atlantis.');
    expect(chart.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.include('Map: Poverty by zone.')
      .and.include('3 areas with data.').and.include('North West').and.include('3 of the 6 areas on the map have no data.');
  });

  it('fits the map to the areas: their shapes fill the drawing’s width', async () => {
    const { chart } = await rendered(zoneMarkup(''), 600);
    const boxes = areas(chart).map((path) => path.getBBox());
    const left = Math.min(...boxes.map((box) => box.x));
    const right = Math.max(...boxes.map((box) => box.x + box.width));
    expect(right - left).to.be.greaterThan(400); // a world map would draw Nigeria a few pixels wide
  });

  it('reads GeoJSON too, matches names whatever their case or hyphens, and says which property it matched on', async () => {
    const warnings: string[] = [];
    const { chart, outcome } = mount(`
      <lnob-chart eager template="map" shapes="${STATES_GEO}">
        <script type="text/csv">
          geo,value
          LAGOS,10
          akwa-ibom,20
          Kano,30
        </script>
      </lnob-chart>`);
    chart.addEventListener('lnob-warning', (event) => warnings.push((event as CustomEvent<{ message: string }>).detail.message));
    expect((await outcome).type).to.equal('lnob-render');
    expect(areas(chart)).to.have.length(37);
    expect(area(chart, 'Akwa Ibom').getAttribute('aria-label')).to.equal('Akwa Ibom: 20');
    expect(warnings.join(' ')).to.include('"admin1Name"');
  });

  it('matches on the property shape-key names (codes)', async () => {
    const { chart } = await rendered(`
      <lnob-chart eager template="map" shapes="${STATES_TOPO}" shape-key="admin1Pcod">
        <script type="text/csv">
          geo,value
          NG025,10
          NG020,30
        </script>
      </lnob-chart>`);
    expect(areas(chart)).to.have.length(37);
    expect(area(chart, 'Lagos').getAttribute('aria-label')).to.equal('Lagos: 10'); // named from the file, not by the code
  });

  it('highlights areas by name', async () => {
    const { chart } = await rendered(`
      <lnob-chart eager template="map" shapes="${ZONES}" highlight="North East; North West" highlight-label="Dialogue held">
        <script type="text/csv">
          geo
          North East
        </script>
      </lnob-chart>`);
    const fill = area(chart, 'North East').getAttribute('fill');
    expect(area(chart, 'North West').getAttribute('fill')).to.equal(fill);
    for (const path of unnamed(chart)) expect(path.getAttribute('fill')).to.not.equal(fill); // South West and the others
    expect(chart.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.include('Dialogue held: 2 areas');
  });

  it('a file that is not GeoJSON or TopoJSON: a clear message and lnob-error parse-error', async () => {
    for (const file of ['not-shapes.json', 'not-json.geojson']) {
      const { error, alert } = await failed(zoneMarkup('').replace(ZONES, `/test/fixtures/shapes/${file}`));
      expect(error.code).to.equal('parse-error');
      expect(alert.textContent).to.include(`/test/fixtures/shapes/${file}`).and.include('GeoJSON');
      cleanup();
    }
  });

  it('a file too detailed to draw: too-large', async () => {
    setShapeLimits({ points: 100 });
    const { error, alert } = await failed(zoneMarkup(''));
    expect(error.code).to.equal('too-large');
    expect(alert.textContent).to.include('mapshaper.org');
  });

  it('a file that does not arrive: fetch-failed', async () => {
    const { error } = await failed(zoneMarkup('').replace(ZONES, '/test/fixtures/shapes/missing.topojson'));
    expect(error.code).to.equal('fetch-failed');
  });

  it('no row matching any area: no-matching-rows, naming the file’s areas; a shape-key the file lacks: unsupported', async () => {
    const none = await failed(`
      <lnob-chart eager template="map" shapes="${ZONES}">
        <script type="text/csv">
          geo,value
          Atlantis,1
        </script>
      </lnob-chart>`);
    expect(none.error.code).to.equal('no-matching-rows');
    expect(none.alert.textContent).to.include('North Central').and.include('Atlantis');
    cleanup();
    const missing = await failed(zoneMarkup('shape-key="NAME_1"'));
    expect(missing.error.code).to.equal('unsupported');
    expect(missing.alert.textContent).to.include('"zone"');
  });

  it('says it in the chart’s language (French summary and notes)', async () => {
    const { chart } = await rendered(zoneMarkup('lang="fr" title="Pauvreté"'));
    expect(chart.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.include('Carte : Pauvreté.');
    expect(shadowText(chart, '[part="warnings"]')).to.include('Absent de la carte');
  });
});
