import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import { bars, cleanup, labels, mount, rendered, shadowText } from '../helpers.js';

const ZONES = 'category-column="zone" value-column="poverty_rate"';

describe('<lnob-chart> data inputs', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('reads a CSV file, maps columns by attribute and keeps the % unit', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" ${ZONES}></lnob-chart>`);
    expect(bars(chart)).to.have.length(6);
    expect(labels(chart)).to.have.members(['60.7%', '69.0%', '70.0%', '58.7%', '55.9%', '49.8%']);
  });

  it('sorts the bars largest first, top to bottom', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" ${ZONES}></lnob-chart>`);
    const byTop = bars(chart)
      .map((bar) => bar.getBoundingClientRect())
      .sort((a, b) => a.top - b.top)
      .map((box) => Math.round(box.width));
    expect(byTop).to.deep.equal([...byTop].sort((a, b) => b - a));
    const names = [...chart.shadowRoot!.querySelectorAll('g.role-axis-label text')]
      .filter((t) => /[A-Za-z]/.test(t.textContent ?? ''))
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((t) => t.textContent);
    expect(names[0]).to.equal('North West');
    expect(names[names.length - 1]).to.equal('South West');
  });

  it('reads a TSV file', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.tsv" ${ZONES}></lnob-chart>`);
    expect(labels(chart)).to.have.members(['69.0', '70.0', '49.8']);
  });

  it('reads a JSON file whose columns are named after the roles', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect(bars(chart)).to.have.length(3);
  });

  it('strips a byte-order mark from the first header', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/bom.csv"></lnob-chart>`);
    expect(bars(chart)).to.have.length(2);
  });

  it('reads semicolon CSV with decimal commas, as European spreadsheets save it', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/semicolon.csv" category-column="region"></lnob-chart>`);
    expect(labels(chart)).to.have.members(['1.50', '2.25']);
  });

  it('reads an inline CSV script, dedented, without decoding entities', async () => {
    const { chart } = await rendered(`<lnob-chart eager>
      <script type="text/csv">
        category,value
        Fish &amp; chips,3
        Rice,5
      </script>
    </lnob-chart>`);
    expect(bars(chart)).to.have.length(2);
    const names = [...chart.shadowRoot!.querySelectorAll('g.role-axis-label text')].map((t) => t.textContent);
    expect(names).to.include('Fish &amp; chips');
  });

  it('reads an inline TSV script', async () => {
    const { chart } = await rendered(`<lnob-chart eager><script type="text/tab-separated-values">
category\tvalue
A\t1
B\t2
C\t3
</script></lnob-chart>`);
    expect(bars(chart)).to.have.length(3);
  });

  it('reads an inline JSON script', async () => {
    const { chart } = await rendered(`<lnob-chart eager><script type="application/json">
      [{"category": "A", "value": 1}, {"category": "B", "value": 2}]
    </script></lnob-chart>`);
    expect(bars(chart)).to.have.length(2);
  });

  it('reads a child <table>, the form that survives CMS filters', async () => {
    const { chart } = await rendered(`<lnob-chart eager value-column="Poverty rate" category-column="Zone">
      <table>
        <thead><tr><th>Zone</th><th>Poverty rate</th></tr></thead>
        <tbody><tr><td>North East</td><td>69%</td></tr><tr><td>North West</td><td>70%</td></tr></tbody>
      </table>
    </lnob-chart>`);
    expect(labels(chart)).to.have.members(['69%', '70%']);
  });

  it('takes rows from the .data property', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager></lnob-chart>`);
    chart.data = [
      { category: 'A', value: 10 },
      { category: 'B', value: 20.5 },
    ];
    const result = await outcome;
    expect(result.type).to.equal('lnob-render');
    expect(labels(chart)).to.have.members(['10.0', '20.5']);
  });

  it('fetches a src shared by several charts only once', async () => {
    const fetches: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      fetches.push(String(input));
      return original(input, init);
    };
    try {
      const charts = [1, 2, 3].map(() => mount(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`));
      const outcomes = await Promise.all(charts.map((c) => c.outcome));
      expect(outcomes.map((o) => o.type)).to.deep.equal(['lnob-render', 'lnob-render', 'lnob-render']);
      expect(fetches.filter((url) => url.endsWith('/test/fixtures/poverty.json'))).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

  it('shows the title, subtitle, source link, credit and notes as real text', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json" title="Poverty by zone"
      subtitle="Share of people below the national poverty line" source="National Bureau of Statistics"
      source-url="https://example.org/report" credit="Our coalition" notes="Illustrative data"></lnob-chart>`);
    expect(shadowText(chart, '[part="title"]')).to.equal('Poverty by zone');
    expect(shadowText(chart, '[part="subtitle"]')).to.equal('Share of people below the national poverty line');
    expect(shadowText(chart, '[part="source"]')).to.equal('Source: National Bureau of Statistics');
    expect(chart.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal('https://example.org/report');
    expect(shadowText(chart, '[part="credit"]')).to.equal('Chart: Our coalition');
    expect(shadowText(chart, '[part="notes"]')).to.equal('Illustrative data');
  });

  it('never turns a javascript: source-url into a link', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json" source="Us" source-url="javascript:alert(1)"></lnob-chart>`);
    expect(chart.shadowRoot!.querySelector('[part="source"] a')).to.equal(null);
    expect(shadowText(chart, '[part="source"]')).to.equal('Source: Us');
  });

  it('gives the drawing an accessible name and a text summary', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" ${ZONES} title="Poverty by zone"></lnob-chart>`, 600);
    const svg = chart.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('Poverty by zone');
    await chart.updateComplete;
    expect(shadowText(chart, '#summary')).to.contain('Highest: North West, 70.0%').and.contain('Lowest: South West, 49.8%');
  });

  it('keeps the native tooltip of the title attribute off the chart', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json" title="Poverty"></lnob-chart>`);
    // An empty title on the figure stops the browser showing the host's title as a tooltip over the chart.
    expect(chart.shadowRoot!.querySelector('figure')!.getAttribute('title')).to.equal('');
  });
});
