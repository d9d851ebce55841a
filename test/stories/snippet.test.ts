import { expect } from '@open-wc/testing';
import '../../index.js';
import { chartMarkup, chartSnippet, csvTable, scriptTag, tokensCss } from '../../stories/snippet.js';
import { cleanup, rendered, shadowText } from '../helpers.js';

const CSV = 'zone,poverty_rate\nNorth West,70%\nNorth East,69%';

/** Parses markup the way a browser does when it is pasted into a page. */
function parse(markup: string): Element {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.querySelector('lnob-chart')!;
}

describe('the snippet', () => {
  afterEach(cleanup);

  it('loads the versioned bundle, with its integrity hash when known', () => {
    expect(scriptTag('1.2.3', 'sha384-abc')).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/lnob-charts@1.2.3/dist/lnob-charts.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
    );
    expect(scriptTag('1.2.3', null)).to.equal('<script type="module" src="https://cdn.jsdelivr.net/npm/lnob-charts@1.2.3/dist/lnob-charts.js"></script>');
    const snippet = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3' });
    expect(snippet.split('\n')[0]).to.equal(scriptTag('1.2.3'));
    expect(chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3', omitScript: true })).to.not.include('<script type="module"');
  });

  it('writes template first, bare boolean attributes, and leaves out empty ones', () => {
    const markup = chartMarkup('ranked-bar', { title: 'T', eager: true, notes: '', subtitle: null, credit: undefined, height: 300, template: 'x' }, CSV);
    expect(markup.split('\n')[0]).to.equal('<lnob-chart template="ranked-bar" title="T" eager height="300">');
    expect(() => chartMarkup('ranked-bar', { 'on click': 'x' }, CSV)).to.throw(/not a valid attribute name/);
  });

  it('escapes attribute values: what the page shows is the text, never markup', async () => {
    const title = 'Tom & Jerry\'s "best" <b>results</b>';
    const markup = chartMarkup('ranked-bar', { title, 'category-column': 'zone', 'value-column': 'poverty_rate' }, CSV);
    expect(parse(markup).getAttribute('title')).to.equal(title);
    const { chart } = await rendered(markup.replace('<lnob-chart', '<lnob-chart eager'));
    expect(shadowText(chart, '[part="title"]')).to.equal(title);
    expect(chart.shadowRoot!.querySelector('[part="title"] b')).to.equal(null);
  });

  it('keeps data as written inside the script, and switches to a table when the data could end the script', async () => {
    const csv = 'zone,poverty_rate\nA & B <north>,70%\n"South, ""West""",49.8%';
    const markup = chartMarkup('ranked-bar', { 'category-column': 'zone', 'value-column': 'poverty_rate', eager: true }, csv);
    expect(markup).to.include('<script type="text/csv">');
    expect(markup).to.include('A & B <north>,70%');
    const { chart } = await rendered(markup);
    const axisLabels = [...chart.shadowRoot!.querySelectorAll('svg g.role-axis-label text')].map((t) => t.textContent);
    expect(axisLabels).to.include.members(['A & B <north>', 'South, "West"']);

    const hostile = 'zone,poverty_rate\n</script><img src=x onerror=alert(1)>,70%\n<!-- x,50%';
    const safe = chartMarkup('ranked-bar', { 'category-column': 'zone', 'value-column': 'poverty_rate' }, hostile);
    expect(safe).to.not.include('<script type="text/csv">');
    const table = parse(safe).querySelector('table')!;
    expect(table.querySelector('img')).to.equal(null);
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['</script><img src=x onerror=alert(1)>', '70%', '<!-- x', '50%']);
    expect(() => chartMarkup('ranked-bar', {}, hostile, 'script')).to.throw(/table form/);
  });

  it('writes the table form with a header row and escaped cells', () => {
    expect(csvTable('a,b\n1 < 2,"x, y"')).to.equal(
      ['<table>', '  <thead><tr><th>a</th><th>b</th></tr></thead>', '  <tbody>', '    <tr><td>1 &lt; 2</td><td>x, y</td></tr>', '  </tbody>', '</table>'].join('\n'),
    );
  });

  it('puts one attribute per line when the start tag is long', () => {
    const markup = chartMarkup('ranked-bar', { title: 'A title long enough to need its own line', subtitle: 'And a subtitle that makes the tag long' }, CSV);
    expect(markup.split('\n').slice(0, 5)).to.deep.equal([
      '<lnob-chart',
      '  template="ranked-bar"',
      '  title="A title long enough to need its own line"',
      '  subtitle="And a subtitle that makes the tag long"',
      '>',
    ]);
  });

  it('writes theme CSS a stylesheet accepts: palette lists space-separated, nothing but --lnob-* tokens', () => {
    const css = tokensCss('lnob-chart', { '--lnob-palette': '#111; #222;#333', '--lnob-color-accent': 'red', color: 'blue', '--lnob-radius': ' ' });
    expect(css).to.equal('lnob-chart {\n  --lnob-palette: #111 #222 #333;\n  --lnob-color-accent: red;\n}');
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const rule = style.sheet!.cssRules[0] as CSSStyleRule;
    expect(rule.style.getPropertyValue('--lnob-palette').trim()).to.equal('#111 #222 #333');
    style.remove();
  });
});
