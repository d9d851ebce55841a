/**
 * Words before any script (issue 21): a snippet written for first paint shows its title, subtitle, source and data
 * table — or its fallback picture — while the page is parsed, before lnob-charts.js has arrived, in the room the
 * drawing will take; when the kit arrives, the element upgrades and draws without moving anything (layout-shift
 * entries sum below 0.01), and the fallback leaves the page (not rendered, so not read twice).
 */
import { expect } from '@open-wc/testing';
import { chartSnippet } from '../../components/shared/embed-code.js';
import { embedCode, type ShareChrome, type ShareSource } from '../../components/lnob-chart/share-export.js';
import type { FirstPaint } from '../../render/first-paint.js';
import { heldUrl } from '../helpers.js';
import { scaledBudget } from '../time-budget.js';
import { blankPage, cleanupBuilders, drawnIn } from '../builder/helpers.js';

const CSV = 'category,value\nNorth,70\nNorth East,64\nNorth West,58\nSouth,31\nSouth East,27\nSouth West,22';
const ATTRIBUTES = { title: 'Poverty is highest in the North', subtitle: 'Share of people below the poverty line, by zone', source: 'National Bureau of Statistics (illustrative)' };
const KIT = '/dist/lnob-charts.js';

/** The chart drawn the ordinary way (attributes only) in a blank page: the drawing's room and the drawing. */
async function drawnOnce(): Promise<{ chartHeight: number; svg: string }> {
  const { doc } = await blankPage(chartSnippet({ template: 'ranked-bar', attributes: ATTRIBUTES, csv: CSV, version: '0.0.0', kitUrl: KIT, dataForm: 'script' }));
  const chart = (await drawnIn(doc)) as Element & { view: { toSVG(): Promise<string> } };
  const chartHeight = chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().height;
  return { chartHeight, svg: await chart.view.toSVG() };
}

/**
 * A blank page with `code` whose kit is held by the test server: resolves once the page is parsed (an inline script
 * at its end says so), before any of the kit has arrived.
 */
async function parsedPage(code: string, pageCss = ''): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:760px;height:900px;border:0';
  frame.title = 'A page whose kit has not arrived yet';
  const parsed = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data !== 'parsed') return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
  });
  frame.srcdoc =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>First paint</title>` +
    `<script>window.shifts = []; new PerformanceObserver((l) => window.shifts.push(...l.getEntries())).observe({ type: 'layout-shift', buffered: true });</script>` +
    `<style>${pageCss}</style></head><body style="margin:8px">\n${code}\n<p id="after">Text after the chart.</p><script>parent.postMessage('parsed', '*')</script></body></html>`;
  document.body.prepend(frame);
  frame.scrollIntoView({ block: 'start' });
  await parsed;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

/** Every layout shift the page had, once the frames after the drawing have been laid out and painted. */
async function layoutShift(win: Window): Promise<number> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  const observer = new (win as Window & typeof globalThis).PerformanceObserver(() => undefined);
  observer.observe({ type: 'layout-shift', buffered: true });
  const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
  observer.disconnect();
  return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
}

const visible = (element: Element | null | undefined) => !!element && element.getClientRects().length > 0;

describe('first paint: the words, the table and the picture before any script, and no jump when the chart draws', function () {
  this.timeout(scaledBudget(90_000));
  let drawn: { chartHeight: number; svg: string };
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    drawn = await drawnOnce();
    cleanupBuilders();
  });
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    cleanupBuilders();
  });

  it('shows the title, subtitle, source and the data table in the drawing’s room before the kit arrives; no shift once drawn', async () => {
    expect(drawn.chartHeight).to.be.greaterThan(100);
    const kit = heldUrl(KIT);
    const code = chartSnippet({ template: 'ranked-bar', attributes: ATTRIBUTES, csv: CSV, version: '0.0.0', kitUrl: kit.url, firstPaint: { chartHeight: drawn.chartHeight } });
    const { frame, doc, win } = await parsedPage(code);
    frames.push(frame);
    const chart = doc.querySelector('lnob-chart')!;
    expect(win.customElements.get('lnob-chart')).to.equal(undefined);
    expect(chart.shadowRoot).to.equal(null);
    const heading = chart.querySelector('[data-lnob-fallback="header"] [role="heading"]');
    expect(heading?.textContent).to.equal(ATTRIBUTES.title);
    expect(visible(heading)).to.equal(true);
    expect(chart.querySelector('[data-lnob-fallback="header"] p')?.textContent).to.equal(ATTRIBUTES.subtitle);
    expect(chart.querySelector('[data-lnob-fallback="footer"]')?.textContent).to.equal(`Source: ${ATTRIBUTES.source}`);
    const table = chart.querySelector(':scope > table')!;
    expect(visible(table)).to.equal(true);
    expect(Math.abs(table.getBoundingClientRect().height - drawn.chartHeight)).to.be.below(1);
    expect(table.querySelector('td')?.textContent).to.equal('North');

    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await kit.release();
    await rendered;
    expect(await layoutShift(win)).to.be.below(0.01);
    expect(visible(heading)).to.equal(false);
    expect(visible(table)).to.equal(false);
    expect(chart.shadowRoot!.querySelectorAll('svg g.mark-rect path').length).to.equal(6);
  });

  it('shows the fallback picture, named by the title, in the room; once drawn it is gone and nothing moved', async () => {
    const kit = heldUrl(KIT);
    const code = chartSnippet({
      template: 'ranked-bar',
      attributes: ATTRIBUTES,
      csv: CSV,
      version: '0.0.0',
      kitUrl: kit.url,
      fallbackSvg: drawn.svg,
      firstPaint: { chartHeight: drawn.chartHeight },
    });
    const { frame, doc, win } = await parsedPage(code);
    frames.push(frame);
    const chart = doc.querySelector('lnob-chart')!;
    expect(win.customElements.get('lnob-chart')).to.equal(undefined);
    const picture = chart.querySelector('[data-lnob-fallback="chart"] > svg')!;
    expect(visible(picture)).to.equal(true);
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.equal(ATTRIBUTES.title);
    expect(picture.querySelectorAll('g.mark-rect path').length).to.equal(6);
    expect(Math.abs(chart.querySelector('[data-lnob-fallback="chart"]')!.getBoundingClientRect().height - drawn.chartHeight)).to.be.below(1);
    // The table is there for screen readers, out of sight beside the picture.
    const table = getComputedStyle(chart.querySelector(':scope > table')!);
    expect([table.position, table.clipPath]).to.deep.equal(['absolute', 'inset(50%)']);

    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await kit.release();
    await rendered;
    expect(await layoutShift(win)).to.be.below(0.01);
    // Not rendered any more: out of the accessibility tree, so the chart is not read twice.
    expect(visible(picture)).to.equal(false);
    expect(chart.shadowRoot!.querySelectorAll('svg g.mark-rect path').length).to.equal(6);
  });

  it('words and labels that look like markup arrive as text, before and after the kit', async () => {
    const payload = '<img src="/status/404/injected.png" onerror="window.injected = true">';
    const kit = heldUrl(KIT);
    const code = chartSnippet({
      template: 'ranked-bar',
      attributes: { title: payload, subtitle: `</div>${payload}`, source: payload },
      csv: `category,value\n"${payload.replace(/"/g, '""')}",70\nSouth,31`,
      version: '0.0.0',
      kitUrl: kit.url,
      fallbackSvg: drawn.svg.replace('North', payload.replace(/</g, '&lt;').replace(/"/g, '&quot;')),
      firstPaint: { chartHeight: drawn.chartHeight },
    });
    const { frame, doc, win } = await parsedPage(code);
    frames.push(frame);
    const chart = doc.querySelector('lnob-chart')!;
    expect(doc.querySelectorAll('img').length).to.equal(0);
    expect(chart.querySelector('[role="heading"]')?.textContent).to.equal(payload);
    expect(chart.querySelector('[data-lnob-fallback="header"] p')?.textContent).to.equal(`</div>${payload}`);
    expect(chart.querySelector('[data-lnob-fallback="chart"] > svg')?.getAttribute('aria-label')).to.equal(payload);
    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await kit.release();
    await rendered;
    expect(doc.querySelectorAll('img').length + chart.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect((win as unknown as { injected?: boolean }).injected).to.equal(undefined);
  });

  it('on a page whose theme styles paragraphs, divisions and tables, the words still take the chart’s room: no shift', async () => {
    const kit = heldUrl(KIT);
    const code = chartSnippet({ template: 'ranked-bar', attributes: ATTRIBUTES, csv: CSV, version: '0.0.0', kitUrl: kit.url, firstPaint: { chartHeight: drawn.chartHeight } });
    // What a WordPress theme's stylesheet does to post content.
    const theme = 'body { font: 18px/1.8 Georgia, serif; } p { margin: 0 0 1.5em; font-size: 1.1rem; line-height: 1.9; } div { line-height: 2; } table { margin: 0 0 2em; width: 100%; border: 2px solid; } td, th { padding: 0.6em; }';
    const { frame, doc, win } = await parsedPage(code, theme);
    frames.push(frame);
    const chart = doc.querySelector('lnob-chart')!;
    expect(Math.abs(chart.querySelector(':scope > table')!.getBoundingClientRect().height - drawn.chartHeight)).to.be.below(1);
    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await kit.release();
    await rendered;
    expect(await layoutShift(win)).to.be.below(0.01);
  });

  it('a chart whose page sets its height keeps that height, not the room held for it', async () => {
    const kit = heldUrl(KIT);
    const code = chartSnippet({ template: 'ranked-bar', attributes: ATTRIBUTES, csv: CSV, version: '0.0.0', kitUrl: kit.url, firstPaint: { chartHeight: drawn.chartHeight } });
    const { frame, doc } = await parsedPage(code.replace('<lnob-chart', '<lnob-chart style="height:520px"'));
    frames.push(frame);
    const chart = doc.querySelector('lnob-chart')!;
    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await kit.release();
    await rendered;
    expect(Math.round(chart.getBoundingClientRect().height)).to.equal(520);
    expect((chart as HTMLElement).style.minHeight).to.equal('');
    // The drawing fills the room the page gave it, below the title and above the buttons and the source.
    expect(chart.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect().height).to.be.greaterThan(drawn.chartHeight);
  });

  it('the share menu’s embed code of a chart with a goal line and a French source: its words before any script, no shift', async () => {
    const { doc: drawnDoc } = await blankPage(
      chartSnippet({ template: 'ranked-bar', attributes: { ...ATTRIBUTES, goal: '1', lang: 'fr', credit: 'ONG' }, csv: CSV, version: '0.0.0', kitUrl: KIT, dataForm: 'script' }),
    );
    const original = await drawnIn(drawnDoc);
    const menu = (original as unknown as { shareMenu: { source: ShareSource; chrome(): ShareChrome; firstPaint(source: ShareSource): FirstPaint } }).shareMenu;
    const kit = heldUrl(KIT);
    const attributes = [...original.attributes].map(({ name, value }) => ({ name, value }));
    const code = embedCode(menu.source, attributes, menu.chrome(), ['title', 'subtitle', 'source', 'credit', 'goal', 'lang', 'template'], {
      kitUrl: kit.url,
      version: '0.0.0',
      firstPaint: menu.firstPaint(menu.source),
    });
    const goalLine = original.shadowRoot!.querySelector('[part="goal"]')!.textContent!.replace(/\s+/g, ' ').trim();
    cleanupBuilders();
    const { frame, doc, win } = await parsedPage(code);
    frames.push(frame);
    const chart = doc.querySelector('lnob-chart')!;
    const header = chart.querySelector('[data-lnob-fallback="header"]')!;
    expect(header.querySelector('p:last-child')?.textContent).to.equal(goalLine);
    expect(chart.querySelector('[data-lnob-fallback="footer"]')?.textContent).to.equal(`Source : ${ATTRIBUTES.source}Graphique : ONG`);
    const rendered = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    await kit.release();
    await rendered;
    expect(await layoutShift(win)).to.be.below(0.01);
  });

  it('an attributes-only snippet is unchanged: no fallback words, the chart draws as before', async () => {
    const code = chartSnippet({ template: 'ranked-bar', attributes: ATTRIBUTES, csv: CSV, version: '0.0.0', kitUrl: KIT, dataForm: 'script' });
    expect(code).not.to.contain('data-lnob-fallback');
    const { doc } = await blankPage(code);
    const chart = await drawnIn(doc);
    expect(chart.shadowRoot!.querySelector('[part="title"]')?.textContent).to.equal(ATTRIBUTES.title);
    expect((chart as HTMLElement).style.minHeight).to.equal('');
  });
});
