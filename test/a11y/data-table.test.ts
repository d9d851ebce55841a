import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { TABLE_ROW_LIMIT } from '../../components/lnob-chart/data-table.js';
import { cleanup, failed, filledTable, mount, nextOutcome, rendered, scaledBudget } from '../helpers.js';

const CSV_CHART = `<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" category-column="zone" value-column="poverty_rate"
  title="Poverty is highest in the North"></lnob-chart>`;

function toggle(chart: LnobChart): HTMLButtonElement {
  return chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
}
function table(chart: LnobChart): HTMLTableElement {
  return chart.shadowRoot!.querySelector<HTMLTableElement>('[part="table"] table')!;
}
function texts(elements: Iterable<Element>): string[] {
  return [...elements].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
}

describe('Show data as table', () => {
  afterEach(cleanup);

  it('is a real table: caption = title, headers = source columns with units, numbers as the chart writes them', async () => {
    const { chart } = await rendered(CSV_CHART);
    const t = await filledTable(chart);
    expect(t.caption!.textContent).to.equal('Poverty is highest in the North');
    expect(texts(t.tHead!.querySelectorAll('th'))).to.deep.equal(['zone', 'poverty_rate (%)']);
    expect(t.tHead!.querySelectorAll('th[scope="col"]')).to.have.length(2);
    const rows = [...t.tBodies[0]!.rows].map((row) => texts(row.cells));
    expect(rows).to.have.length(6);
    expect(rows[2]).to.deep.equal(['North West', '70.0']);
  });

  it('is visually hidden (clipped, not display:none) until the button shows it, so screen readers reach it', async () => {
    const { chart } = await rendered(CSV_CHART);
    await chart.updateComplete;
    const box = chart.shadowRoot!.querySelector<HTMLElement>('[part="table"]')!;
    expect(box.hidden).to.equal(false);
    expect(getComputedStyle(box).display).not.to.equal('none');
    expect(getComputedStyle(box).visibility).to.equal('visible');
    expect(box.getBoundingClientRect().width).to.be.at.most(1);
    expect(toggle(chart).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(chart).getAttribute('aria-controls')).to.equal(box.id);
    expect(toggle(chart).textContent!.trim()).to.equal('Show data as table');

    toggle(chart).click();
    await chart.updateComplete;
    expect(toggle(chart).getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(chart).textContent!.trim()).to.equal('Hide table');
    expect(box.getBoundingClientRect().width).to.be.greaterThan(50);
    expect(table(chart).getBoundingClientRect().height).to.be.greaterThan(50);
  });

  it('is reached and operated with the keyboard, with a visible focus ring', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const { chart } = await rendered(CSV_CHART);
      await chart.updateComplete;
      before.focus();
      // The drawing (one tab stop for its data points) may come first; the button is a few Tabs on.
      // (Booleans, not elements: a failing comparison of DOM elements makes the test browser hang.)
      let reached = false;
      for (let presses = 0; presses < 4 && !reached; presses++) {
        await sendKeys({ press: 'Tab' });
        reached = chart.shadowRoot!.activeElement === toggle(chart);
      }
      expect(reached, 'the table button is reached with Tab').to.equal(true);
      const style = getComputedStyle(toggle(chart));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Enter' });
      await chart.updateComplete;
      expect(toggle(chart).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await chart.updateComplete;
      expect(toggle(chart).getAttribute('aria-expanded')).to.equal('false');
    } finally {
      before.remove();
    }
  });

  it(`is capped at ${TABLE_ROW_LIMIT} rows and says how many more there are`, async () => {
    const { chart, outcome } = mount(`<lnob-chart eager template="ranked-bar"></lnob-chart>`);
    chart.data = Array.from({ length: 600 }, (_, i) => ({ category: `Place ${i}`, value: i }));
    const result = await outcome;
    expect(result.type).to.equal('lnob-render');
    expect((await filledTable(chart)).tBodies[0]!.rows).to.have.length(TABLE_ROW_LIMIT);
    expect(chart.shadowRoot!.querySelector('.lnob-table-more')!.textContent!.replace(/\s+/g, ' ').trim()).to.contain(
      'Showing the first 500 of 600 rows.',
    );
  });

  it('offers every row as CSV when the table shows only the first rows', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager title="Many places"></lnob-chart>`);
    chart.data = Array.from({ length: 600 }, (_, i) => ({ category: `Place ${i}`, value: i }));
    await outcome;
    await chart.updateComplete;
    const downloads: { name: string; type: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const create = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), create.call(URL, object));
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, type: blob?.type ?? '' });
    };
    try {
      const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('.lnob-table-more button')!;
      expect(button.textContent!.trim()).to.equal('Download all rows as CSV');
      button.click();
      await waitUntil(() => downloads.length > 0, 'no download started', { timeout: scaledBudget(5000) });
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = create;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]!.name).to.match(/\.csv$/);
    expect(downloads[0]!.type).to.contain('text/csv');
    expect((await blob!.text()).trim().split(/\r?\n/)).to.have.length(601);
  });

  it('writes numbers in the chart language', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager lang="fr" title="Effectifs"></lnob-chart>`);
    chart.data = [
      { category: 'Nord', value: 1234.5 },
      { category: 'Sud', value: 12 },
    ];
    await outcome;
    const cells = texts((await filledTable(chart)).tBodies[0]!.querySelectorAll('td.num'));
    expect(cells[0]!.replace(/\s/g, ' ')).to.equal('1 234,5');
    expect(cells[1]).to.equal('12,0');
  });

  it('with menu="none" keeps its button: the share menu goes, the table stays reachable by everyone (API.md)', async () => {
    const { chart } = await rendered(CSV_CHART.replace('eager', 'eager menu="none"'));
    await chart.updateComplete;
    expect(toggle(chart)).to.not.equal(null);
    expect(chart.shadowRoot!.querySelector('[part="menu-button"]')).to.equal(null);
  });

  it('with table="none" loses its button but stays in the page, clipped, for screen readers', async () => {
    const { chart } = await rendered(CSV_CHART.replace('eager', 'eager table="none"'));
    await chart.updateComplete;
    expect(toggle(chart)).to.equal(null);
    expect(chart.shadowRoot!.querySelector('[part="menu-button"]')).to.not.equal(null);
    expect(table(chart).closest('[part="table"]')!.classList.contains('visually-hidden')).to.equal(true);
    expect(table(chart).caption!.textContent).to.not.equal('');
  });

  it('is not offered when the chart cannot be drawn', async () => {
    const { chart } = await failed(`<lnob-chart eager src="/status/404"></lnob-chart>`);
    expect(toggle(chart)).to.equal(null);
    expect(chart.shadowRoot!.querySelector('table')).to.equal(null);
  });

  describe('on a page that is never idle', () => {
    // The rows wait for idle time so they never delay a drawing; a reader who asks for them gets them at once.
    const idle = window.requestIdleCallback;
    beforeEach(() => {
      window.requestIdleCallback = () => 0; // never calls back
    });
    afterEach(() => {
      window.requestIdleCallback = idle;
    });

    it('draws the chart first, with the caption and header already in the table', async () => {
      const { chart } = await rendered(CSV_CHART);
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelectorAll('g.mark-rect path')).to.have.length(6);
      expect(table(chart).caption!.textContent).to.equal('Poverty is highest in the North');
      expect(texts(table(chart).tHead!.querySelectorAll('th'))).to.deep.equal(['zone', 'poverty_rate (%)']);
      expect(table(chart).tBodies).to.have.length(0);
    });

    it('fills the rows at once when the reader opens the table', async () => {
      const { chart } = await rendered(CSV_CHART);
      toggle(chart).click();
      await chart.updateComplete;
      expect(table(chart).tBodies[0]!.rows).to.have.length(6);
    });

    it('fills the rows before the page is printed', async () => {
      const { chart } = await rendered(CSV_CHART);
      const redrawn = nextOutcome(chart); // printing draws charts never scrolled into view, and draws this one again
      window.dispatchEvent(new Event('beforeprint'));
      expect((await redrawn).type).to.equal('lnob-render');
      await chart.updateComplete;
      expect(table(chart).tBodies[0]!.rows).to.have.length(6);
    });
  });
});
