import { expect } from '@open-wc/testing';
import '../../index.js';
import { cleanup, failed, rendered, shadowText } from '../helpers.js';

const CSV = `<script type="text/csv">
category,value
Chad,107.5
Niger,114.8
Peru,14.3
</script>`;

describe('indicator presets on <lnob-chart>', () => {
  afterEach(cleanup);

  it('fills in the official name as title, the unit as subtitle, the notes and the goal', async () => {
    const { chart } = await rendered(`<lnob-chart eager indicator="3.2.1">${CSV}</lnob-chart>`);
    expect(shadowText(chart, '[part="title"]')).to.equal('Under-5 mortality rate');
    expect(shadowText(chart, '[part="subtitle"]')).to.equal('Deaths before age 5 per 1,000 live births');
    expect(shadowText(chart, '[part="notes"]')).to.contain('25 per 1,000 live births or lower by 2030');
    expect(chart.resolvedGoal).to.equal(3);
    expect(chart.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal('Under-5 mortality rate');
  });

  it('lets every attribute the page sets win over the preset', async () => {
    const { chart } = await rendered(
      `<lnob-chart eager indicator="3.2.1" title="Child deaths" subtitle="Per 1,000" notes="Our note" goal="16">${CSV}</lnob-chart>`,
    );
    expect(shadowText(chart, '[part="title"]')).to.equal('Child deaths');
    expect(shadowText(chart, '[part="subtitle"]')).to.equal('Per 1,000');
    expect(shadowText(chart, '[part="notes"]')).to.equal('Our note');
    expect(chart.resolvedGoal).to.equal(16);
  });

  it('gives the official French name with lang="fr", also when inherited from the page', async () => {
    const own = await rendered(`<lnob-chart eager lang="fr" indicator="3.2.1">${CSV}</lnob-chart>`);
    expect(shadowText(own.chart, '[part="title"]')).to.equal('Taux de mortalité des enfants de moins de 5 ans');
    const inherited = await rendered(`<div lang="es"><lnob-chart eager indicator="7.1.1">${CSV}</lnob-chart></div>`);
    expect(shadowText(inherited.chart, '[part="title"]')).to.equal('Proporción de la población que tiene acceso a la electricidad');
  });

  it('marks a preset text in another language than the chart’s, so screen readers pronounce it right', async () => {
    const lang = (chart: Element, part: string) => chart.shadowRoot!.querySelector(`[part="${part}"]`)!.getAttribute('lang');
    const noFrenchName = await rendered(`<lnob-chart eager lang="fr" indicator="4.1.2">${CSV}</lnob-chart>`);
    expect(shadowText(noFrenchName.chart, '[part="title"]')).to.match(/^Completion rate/);
    expect(lang(noFrenchName.chart, 'title')).to.equal('en');
    expect(lang(noFrenchName.chart, 'subtitle')).to.equal(null); // the unit line is in French
    const french = await rendered(`<lnob-chart eager lang="fr-FR" indicator="3.2.1">${CSV}</lnob-chart>`);
    expect(lang(french.chart, 'title')).to.equal(null);
    const portuguese = await rendered(`<lnob-chart eager lang="pt-BR" indicator="3.2.1">${CSV}</lnob-chart>`);
    expect(lang(portuguese.chart, 'title')).to.equal('en');
    expect(lang(portuguese.chart, 'subtitle')).to.equal('en');
    const own = await rendered(`<lnob-chart eager lang="pt" indicator="3.2.1" title="Mortalidade infantil">${CSV}</lnob-chart>`);
    expect(lang(own.chart, 'title')).to.equal(null);
  });

  it('shows numbers with the preset’s unit when the data has none', async () => {
    const { chart } = await rendered(`<lnob-chart eager indicator="7.1.1">${CSV}</lnob-chart>`);
    const labels = [...chart.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(labels).to.include('107.5%');
  });

  it('reports an unknown indicator code in plain words, listing the known codes', async () => {
    const { error, alert } = await failed(`<lnob-chart eager indicator="3.2.9">${CSV}</lnob-chart>`);
    expect(error.code).to.equal('unsupported');
    expect(alert.textContent).to.contain('There is no SDG indicator preset "3.2.9"').and.contain('3.2.1').and.contain('16.9.1');
  });
});
