/**
 * What the kit writes for others (issue 18): the CSV download must not carry
 * live spreadsheet formulas (OWASP "CSV injection"), and "Copy embed code"
 * must carry only the kit's documented attributes, never whatever else the
 * page put on the element.
 */
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { cleanup, mountWithData, rendered } from '../helpers.js';

type Menu = { source: never; chrome(): never; run(action: string): Promise<void> };
const menuOf = (chart: LnobChart) => (chart as unknown as { shareMenu: Menu }).shareMenu;

/** A chart given `.data`; resolves once it has drawn. */
async function drawn(attributes: Record<string, string>, data: readonly Record<string, unknown>[]): Promise<LnobChart> {
  const { chart, outcome } = mountWithData(attributes, data);
  const result = await outcome;
  if (result.type === 'lnob-error') throw new Error(`${result.detail.code}: ${result.detail.message}`);
  return chart;
}

const FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '\t=1+1', '\r=2+2'];

describe('exports are safe to open', () => {
  afterEach(cleanup);

  it('the CSV download neutralises formula-leading cells and headers, and keeps negative numbers as numbers', async () => {
    const chart = await drawn({ eager: '', template: 'ranked-bar', 'category-column': '=name', 'value-column': '@value' }, [
      ...FORMULAS.map((name, i) => ({ '=name': name, '@value': i + 1 })),
      { '=name': 'Minus', '@value': -3.5 },
      { '=name': '-4.25', '@value': 2 },
    ]);
    // What the menu's "Download data (CSV)" writes (the share menu's own tests check it is handed over as a file).
    const { dataCsv } = await import('../../components/lnob-chart/share-export.js');
    const rows = csvParseRows(dataCsv((menuOf(chart).source as { plan: { table: Parameters<typeof dataCsv>[0] } }).plan.table));
    expect(rows[0]).to.deep.equal(["'=name", "'@value"]);
    const cells = rows.slice(1).flat();
    for (const cell of cells) expect(cell, cell).not.to.match(/^[=+@\t\r]/);
    // Labels are trimmed when read, so a leading tab or carriage return never reaches the file; the rest keep their text.
    for (const formula of FORMULAS) expect(cells, formula).to.include(`'${formula.trim()}`);
    expect(cells).to.include('-3.5'); // a number the kit wrote stays a number
    expect(cells).to.include('-4.25'); // and so does a plain negative number in a text column
  });

  it('a cell starting with a tab or a carriage return is neutralised too', async () => {
    const { neutraliseFormula } = await import('../../components/lnob-chart/share-export.js');
    const cases: [string, string][] = [
      ['\t=1+1', "'\t=1+1"],
      ['\r=1+1', "'\r=1+1"],
      ['-', "'-"],
      ['+1e5', '+1e5'],
      ['-12.5%', '-12.5%'],
      ['North', 'North'],
    ];
    for (const [cell, written] of cases) expect(neutraliseFormula(cell), JSON.stringify(cell)).to.equal(written);
  });

  it('the embed code keeps the data as it is (it is read by the chart, not by a spreadsheet)', async () => {
    const chart = await drawn({ eager: '', template: 'ranked-bar', 'category-column': 'name', 'value-column': 'value' }, [
      { name: '=A1', value: 1 },
      { name: 'B', value: -2 },
    ]);
    const { embedCode } = await import('../../components/lnob-chart/share-export.js');
    const code = embedCode(menuOf(chart).source, [...chart.attributes], menuOf(chart).chrome());
    expect(code).to.contain('<td>=A1</td><td>1</td>');
    expect(code).not.to.contain("'=A1");
  });

  it('"Copy embed code" carries the documented attributes only, and a name that is not valid never makes it fail', async () => {
    const { chart } = await rendered(`<lnob-chart eager id="poverty" class="wide" style="color: red" onmouseover="alert(1)" onclick="alert(2)"
      data-track="x" aria-describedby="n" hx-on:click="alert(3)" :title="evil" x-unknown="1" slot="s" tabindex="0"
      title="Poverty" highlight="North" theme="dark" lang="en" category-column="zone" value-column="rate"><script type="text/csv">
zone,rate
North,60
South,40
</script></lnob-chart>`);
    // What the menu hands to the clipboard (the share menu's own tests check "Copied" and the dialog).
    let copied = '';
    const menu = menuOf(chart) as Menu & { copy(text: string): Promise<void> };
    menu.copy = async (text: string) => void (copied = text);
    await menu.run('embed');
    // The kit's script line, then the chart (so it draws on a partner's page).
    expect(copied).to.match(/^<script type="module" src="[^"]*lnob-charts\.js"><\/script>\n<link rel="modulepreload" href="[^"]*chunks\/vega\.js">\n<lnob-chart/);
    const element = copied.slice(copied.indexOf('<lnob-chart'));
    const start = element.slice(0, element.indexOf('>'));
    for (const kept of ['title="Poverty"', 'highlight="North"', 'theme="dark"', 'lang="en"', 'category-column="zone"', 'value-column="rate"']) expect(start).to.contain(kept);
    for (const dropped of ['onmouseover', 'onclick', 'alert', 'style', 'class', 'id=', 'data-track', 'aria-', 'hx-on', ':title', 'x-unknown', 'slot', 'tabindex']) {
      expect(start, dropped).not.to.contain(dropped);
    }
    expect(copied).to.contain('<td>North</td><td>60</td>');
  });
});
