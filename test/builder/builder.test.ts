import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { scaledBudget } from '../time-budget.js';
import {
  barLabels,
  blankPage,
  button,
  change,
  cleanupBuilders,
  click,
  control,
  desktopPreview,
  drawnIn,
  mountBuilder,
  firstDrawing,
  nextDrawing,
  paste,
  pastedOnAnotherSite,
  root,
} from './helpers.js';

/** As a spreadsheet puts it on the clipboard: tab-separated, the column names not the kit's role names. */
const CLIPBOARD = ['Code\tRegion\tLiving in poverty (%)', 'NW\tNorth West\t70%', 'NE\tNorth East\t69%', 'SW\tSouth West\t49.8%', 'ST\tSão Tomé\t12.5%'].join('\n');

const KIT = `${location.origin}/dist/lnob-charts.js`;
/** The kit's address as a path on the site that pastes the code (its own copy). */
const SITE_KIT = '/dist/lnob-charts.js';

describe('the builder, walked as a campaigner', function () {
  this.timeout(scaledBudget(60_000));
  afterEach(cleanupBuilders);

  it('paste → suggested chart → fix a column → words and goal → code → a blank page draws the same numbers', async () => {
    const builder = await mountBuilder();
    await paste(builder, CLIPBOARD);
    expect(root(builder).querySelector('.read-as')!.textContent).to.contain('a plain table: 4 rows, 3 columns');

    // The suggestion is accepted: ranked bars, chosen and drawn.
    const suggested = root(builder).querySelector<HTMLInputElement>('input[name="template"]')!;
    expect(suggested.value).to.equal('ranked-bar');
    expect(suggested.checked).to.equal(true);
    let chart = desktopPreview(builder);
    await firstDrawing(chart);

    // The bars are named by the first text column, the region codes: the campaigner picks the names instead.
    const category = control<HTMLSelectElement>(builder, /^Category:/);
    expect(category.value).to.equal('Code');
    const redrawn = nextDrawing(chart);
    await change(builder, category, 'Region');
    await redrawn;

    const words = nextDrawing(chart);
    await change(builder, control(builder, 'Title'), 'Poverty is highest in the North');
    await change(builder, control(builder, 'Source'), 'National Bureau of Statistics');
    await change(builder, control<HTMLSelectElement>(builder, 'SDG goal colour'), '1');
    await words;
    chart = desktopPreview(builder);
    expect(chart.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Poverty is highest in the North');
    const shown = barLabels(chart);
    expect(shown).to.deep.equal(['70.0%', '69.0%', '49.8%', '12.5%']);

    // Their own copy of the kit, on their site (a path there).
    await click(builder, root(builder).querySelector<HTMLInputElement>('#kit-self')!);
    await change(builder, control(builder, 'Address of lnob-charts.js on your site'), SITE_KIT);
    await click(builder, button(builder, 'Make the code'));
    await waitUntil(() => root(builder).querySelector('#snippet'), 'no code appeared', { timeout: scaledBudget(20_000) });
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => void (copied = text);
    try {
      await click(builder, button(builder, 'Copy'));
      await waitUntil(() => copied !== '', 'nothing was copied', { timeout: scaledBudget(10_000) });
    } finally {
      clipboard.writeText = original;
    }
    expect(copied.split('\n')[0]).to.equal(`<script type="module" src="${SITE_KIT}"></script>`);
    expect(copied).to.contain('title="Poverty is highest in the North"');
    expect(copied).to.contain('source="National Bureau of Statistics"');
    expect(copied).to.contain('goal="1"');
    expect(copied).to.contain('category-column="Region"');
    expect(copied).to.contain('<td>São Tomé</td>');
    expect(copied).not.to.contain('<td>NW</td>'); // a column the chart does not draw stays out

    // Pasted into a blank page of a partner's site, on another origin, which serves its own copy of the kit.
    const pasted = await pastedOnAnotherSite(copied);
    expect(pasted.type, pasted.message).to.equal('lnob-render');
    expect(pasted.origin).not.to.equal(location.origin);
    expect(pasted.labels).to.deep.equal(shown);
    expect(pasted.title).to.equal('Poverty is highest in the North');
    // The table it carries is hidden once the chart draws.
    expect(pasted.tableShown).to.equal(false);
  });

  it('a genuine UN SDG export: its slices offered as pickers from the file’s values, and the code draws that slice', async () => {
    const text = await (await fetch('/test/fixtures/formats/un-sdg-pre-primary-by-sex.csv')).text();
    const builder = await mountBuilder();
    await paste(builder, text);
    expect(root(builder).querySelector('.read-as')!.textContent).to.contain('a UN SDG Global Database export');
    let chart = desktopPreview(builder);
    await firstDrawing(chart);

    const year = control<HTMLSelectElement>(builder, 'Year');
    expect([...year.options].map((o) => o.value)).to.include.members(['2007', '2010']);
    const sex = control<HTMLSelectElement>(builder, 'Sex');
    expect([...sex.options].map((o) => o.value)).to.include.members(['FEMALE', 'MALE', 'BOTHSEX']);

    const sliced = nextDrawing(chart);
    await change(builder, sex, 'FEMALE');
    await sliced;
    chart = desktopPreview(builder);
    expect(chart.getAttribute('where')).to.equal('Sex=FEMALE');
    const shown = barLabels(chart);
    expect(shown.length).to.be.greaterThan(0);

    const code = await builder.makeSnippet();
    expect(code).not.to.contain('where='); // the code carries the rows shown, not the file
    const { doc } = await blankPage(code.replace(/src="https:\/\/cdn\.jsdelivr\.net\/[^"]+"/, `src="${KIT}"`));
    expect(barLabels(await drawnIn(doc))).to.deep.equal(shown);
  });

  it('says in plain words when the data cannot be read, and for a workbook how to save it as CSV', async () => {
    const builder = await mountBuilder();
    await paste(builder, '   ');
    expect(root(builder).querySelector('[role="alert"]')!.textContent).to.contain('paste a table with a header row');
    const file = control(builder, 'Or choose a CSV or TSV file');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['PK'], 'budget.xlsx'));
    file.files = transfer.files;
    file.dispatchEvent(new Event('change'));
    await waitUntil(() => root(builder).querySelector('[role="alert"]')?.textContent?.includes('CSV UTF-8'), 'no advice for a workbook', { timeout: scaledBudget(10_000) });
  });

  it('a sheet address that cannot be fetched: a clear message, no chart', async () => {
    const builder = await mountBuilder();
    await change(builder, control(builder, /^Or the address of a published Google Sheet/), `${location.origin}/status/404`);
    root(builder).querySelector('form')!.requestSubmit();
    await waitUntil(() => root(builder).querySelector('[role="alert"]'), 'no message', { timeout: scaledBudget(10_000) });
    expect(root(builder).querySelector('[role="alert"]')!.textContent).to.contain('could not be fetched');
    expect(root(builder).querySelector('lnob-chart')).to.equal(null);
  });

  it('a CSV file chosen from the computer is read like a paste', async () => {
    const builder = await mountBuilder();
    const file = control(builder, 'Or choose a CSV or TSV file');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['zone,poverty_rate\nNorth,70\nSouth,40\n'], 'poverty.csv', { type: 'text/csv' }));
    file.files = transfer.files;
    file.dispatchEvent(new Event('change'));
    await waitUntil(() => desktopPreview(builder), 'no preview', { timeout: scaledBudget(10_000) });
    await firstDrawing(desktopPreview(builder));
    expect(barLabels(desktopPreview(builder))).to.deep.equal(['70', '40']);
  });

  it('the code with a picture shows the chart on a page where scripts do not run', async () => {
    const builder = await mountBuilder();
    await paste(builder, CLIPBOARD);
    await firstDrawing(desktopPreview(builder));
    await click(builder, control(builder, /^Also include a picture of the chart/));
    const code = await builder.makeSnippet();
    const { doc } = await blankPage(code, { scripts: false });
    const chart = doc.querySelector('lnob-chart')!;
    expect(chart.shadowRoot).to.equal(null); // no script ran
    // The drawing alone, in the room the live chart will take (its words are HTML around it: first paint).
    const picture = chart.querySelector(':scope > [data-lnob-fallback="chart"] > svg')!;
    // Named for screen readers as the live drawing is: no title here, so by the summary's first sentence.
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.match(/\S/);
    expect(picture.getBoundingClientRect().height).to.be.greaterThan(50);
    // The picture is the drawn chart: its bars, and the numbers on them.
    expect(picture.querySelectorAll('g.mark-rect path').length).to.equal(4);
    expect([...picture.querySelectorAll('g.mark-text text')].map((t) => t.textContent)).to.include.members(['70.0%', '12.5%']);
  });

  it('the reopen link brings back the same chart', async () => {
    const builder = await mountBuilder();
    await paste(builder, CLIPBOARD);
    const chart = desktopPreview(builder);
    await firstDrawing(chart);
    const redrawn = nextDrawing(chart);
    await change(builder, control<HTMLSelectElement>(builder, /^Category:/), 'Region');
    await change(builder, control(builder, 'Title'), 'Poverty by region');
    await change(builder, control<HTMLSelectElement>(builder, 'Language of the chart'), 'fr');
    await redrawn;
    await waitUntil(() => desktopPreview(builder).getAttribute('lang') === 'fr' && /^70,0\s?%$/.test(barLabels(desktopPreview(builder))[0] ?? ''), 'the chart never drew in French', { timeout: scaledBudget(20_000) });
    const shown = barLabels(desktopPreview(builder));
    await click(builder, button(builder, 'Make the link'));
    await waitUntil(() => root(builder).querySelector<HTMLInputElement>('#link')?.value, 'no link', { timeout: scaledBudget(10_000) });
    const link = root(builder).querySelector<HTMLInputElement>('#link')!.value;
    expect(link).to.match(/#chart=[\w-]+$/);
    expect(link).not.to.contain('North'); // compressed: the data is not readable in the address

    // Opened later, in a fresh builder.
    const before = location.href;
    history.replaceState(null, '', link);
    try {
      const reopened = await mountBuilder();
      await waitUntil(() => desktopPreview(reopened), 'the link opened no chart', { timeout: scaledBudget(10_000) });
      const again = desktopPreview(reopened);
      await waitUntil(() => barLabels(again).length === 4, 'the reopened chart never drew', { timeout: scaledBudget(20_000) });
      expect(barLabels(again)).to.deep.equal(shown);
      expect(again.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Poverty by region');
      expect(control<HTMLSelectElement>(reopened, /^Category:/).value).to.equal('Region');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('works with the keyboard alone: paste, then Tab to "Use this data" and press Enter', async () => {
    const builder = await mountBuilder();
    const area = root(builder).querySelector('textarea')!;
    area.focus();
    area.value = CLIPBOARD;
    await sendKeys({ press: 'Tab' });
    expect(root(builder).activeElement!.textContent!.trim()).to.equal('Use this data');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => desktopPreview(builder), 'Enter did not use the data', { timeout: scaledBudget(10_000) });
  });

  it('axe finds no WCAG 2.1 AA violation in the builder with a chart, in English and Arabic', async () => {
    await import('axe-core/axe.min.js' as string);
    const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
    for (const lang of ['en', 'ar']) {
      const builder = await mountBuilder(lang);
      await waitUntil(() => root(builder).querySelector('h1')!.textContent !== '' && (lang === 'en' || root(builder).querySelector('h1')!.textContent !== 'Make a chart'), 'no words');
      root(builder).querySelector('textarea')!.value = CLIPBOARD;
      await click(builder, root(builder).querySelector<HTMLButtonElement>('#use-data')!);
      await firstDrawing(desktopPreview(builder));
      await builder.makeSnippet();
      await builder.updateComplete;
      const results = await axe.run(builder, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false } },
        resultTypes: ['violations'],
      });
      const problems = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`));
      expect(problems, lang).to.deep.equal([]);
      cleanupBuilders();
    }
  });
});
