/**
 * Snippets that never leave a blank box: every generated snippet carries the
 * script line and fallback content (the data as a table, optionally a picture),
 * so a page whose kit cannot load still shows the numbers.
 */
import { expect } from '@open-wc/testing';
import { chartSnippet, fallbackPicture, scriptTag, scriptUrl } from '../../components/shared/embed-code.js';
import { kitAddress } from '../../components/shared/kit-address.js';
import { scaledBudget } from '../time-budget.js';
import { barLabels, blankPage, cleanupBuilders, drawnIn } from './helpers.js';

const CSV = 'zone,poverty_rate\nNorth West,70%\nSão Tomé,12.5%';
/** A picture as the composer makes it: it says something the data does not, so reading it as data would show. */
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120" role="img" aria-label="Poverty"><rect width="200" height="30" fill="#c00"/><text y="80">Atlantis 99</text></svg>';
const KIT = `${location.origin}/dist/lnob-charts.js`;

describe('the snippet: kit address and fallback content', function () {
  this.timeout(scaledBudget(60_000));
  afterEach(cleanupBuilders);

  it('a self-hosted kit replaces the CDN address and its integrity hash; only http(s) addresses and paths', () => {
    expect(scriptTag('1.2.3', 'sha384-abc', '/kit/lnob-charts.js')).to.equal('<script type="module" src="/kit/lnob-charts.js"></script>');
    expect(scriptTag('1.2.3', 'sha384-abc', '')).to.contain(scriptUrl('1.2.3'));
    expect(() => scriptTag('1.2.3', null, 'javascript:alert(1)')).to.throw(/not an address/);
    expect(() => scriptTag('1.2.3', null, 'data:text/javascript,alert(1)')).to.throw(/not an address/);
    const snippet = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3', kitUrl: 'https://ngo.example/kit/lnob-charts.js' });
    expect(snippet.split('\n')[0]).to.equal('<script type="module" src="https://ngo.example/kit/lnob-charts.js"></script>');
  });

  it('starts Vega with the page: a modulepreload line for chunks/vega.js beside the kit, after the script line', () => {
    const cdn = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3', integrity: 'sha384-abc' }).split('\n');
    expect(cdn[1]).to.equal('<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/lnob-charts@1.2.3/dist/chunks/vega.js">');
    const own = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3', kitUrl: '/kit/lnob-charts.js?v=3' }).split('\n');
    expect(own[1]).to.equal('<link rel="modulepreload" href="/kit/chunks/vega.js">');
    expect(chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3', omitScript: true })).to.not.include('modulepreload');
  });

  it('the preload line names the chunk the built kit loads Vega from', async () => {
    const response = await fetch(new URL('chunks/vega.js', KIT));
    expect(response.ok, 'dist/chunks/vega.js exists beside dist/lnob-charts.js').to.equal(true);
    expect(await (await fetch(KIT)).text(), 'the kit asks for that file').to.contain('"chunks/vega.js"');
  });

  it('writes the data as a table by default, the picture after it, and refuses a picture that could run', () => {
    const snippet = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '1.2.3', fallbackSvg: PICTURE });
    expect(snippet).not.to.contain('<script type="text/csv">');
    expect(snippet.indexOf('<table>')).to.be.greaterThan(0);
    expect(snippet.indexOf('<svg')).to.be.greaterThan(snippet.indexOf('</table>'));
    expect(snippet).to.contain('<svg style="max-width:100%;height:auto" xmlns=');
    expect(() => fallbackPicture('<svg><script>alert(1)</script></svg>')).to.throw(/plain SVG/);
    expect(() => fallbackPicture('<svg><a href="javascript:alert(1)">x</a></svg>')).to.throw(/plain SVG/);
    expect(() => fallbackPicture('<svg onload="alert(1)"></svg>')).to.throw(/plain SVG/);
    expect(() => fallbackPicture('<img src=x>')).to.throw(/plain SVG/);
  });

  it('with the kit’s address unreachable, the page still shows the numbers and the picture', async () => {
    const code = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '0.0.0', kitUrl: '/status/404/lnob-charts.js', fallbackSvg: PICTURE });
    const { doc } = await blankPage(code);
    const chart = doc.querySelector('lnob-chart')!;
    expect(chart.shadowRoot).to.equal(null); // never upgraded
    const table = chart.querySelector('table')!;
    expect(table.getClientRects().length).to.be.greaterThan(0);
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['North West', '70%', 'São Tomé', '12.5%']);
    const picture = chart.querySelector('svg')!;
    expect(picture.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('once the kit draws, the fallback is hidden and the picture is never read as data', async () => {
    const code = chartSnippet({ template: 'ranked-bar', csv: CSV, version: '0.0.0', kitUrl: KIT, fallbackSvg: PICTURE, attributes: { 'category-column': 'zone', 'value-column': 'poverty_rate' } });
    const { doc } = await blankPage(code);
    const chart = await drawnIn(doc);
    expect(barLabels(chart)).to.deep.equal(['70.0%', '12.5%']);
    expect(chart.shadowRoot!.textContent).not.to.contain('Atlantis');
    expect(chart.querySelector(':scope > table')!.getClientRects().length).to.equal(0);
    expect(chart.querySelector(':scope > svg')!.getClientRects().length).to.equal(0);
  });

  it('the kit’s address is where the page loaded lnob-charts.js from, else the versioned CDN address', async () => {
    expect(kitAddress('https://ngo.example/kit/lnob-charts.js?v=3#x')).to.equal('https://ngo.example/kit/lnob-charts.js');
    expect(kitAddress(`${location.origin}/components/shared/kit-address.ts`)).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/lnob-charts@[^/]+\/dist\/lnob-charts\.js$/);

    // The share menu of a chart on a page that loads the built file copies that file's address.
    const { doc } = await blankPage(`<script type="module" src="${KIT}"></script>\n${chartSnippet({ template: 'ranked-bar', csv: CSV, version: '0.0.0', omitScript: true, attributes: { 'category-column': 'zone', 'value-column': 'poverty_rate' } })}`);
    const chart = await drawnIn(doc);
    let copied = '';
    Object.defineProperty(doc.defaultView!.navigator, 'clipboard', { value: { writeText: async (text: string) => void (copied = text) } });
    await (chart as unknown as { shareMenu: { run(action: string): Promise<void> } }).shareMenu.run('embed');
    expect(copied.split('\n')[0]).to.equal(`<script type="module" src="${KIT}"></script>`);
    expect(copied).to.contain('<td>São Tomé</td>');
  });
});
