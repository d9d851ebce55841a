/**
 * Under a strict Content-Security-Policy (`script-src 'self'; style-src 'self';
 * object-src 'none'`), the standalone bundle dist/lnob-charts.js — the one file
 * a site loads — renders every registered template with no violation at all.
 * The page is test/fixtures/csp/index.html in an iframe; the test drives it
 * from outside. The bundle is built by `npm test` before the browser tests
 * (locally: `npx vite build --mode standalone`).
 */
import { expect } from '@open-wc/testing';
import type { ChartTemplate } from '../../templates/types.js';
import { sampleRows, toCsv } from './sample-data.js';
import { scaledBudget } from '../time-budget.js';

interface CspWindow extends Window {
  MouseEvent: typeof MouseEvent;
  lnob: { templateIds(): string[]; getTemplate(id: string): ChartTemplate | undefined; themeNames(): string[] };
  cspViolations: { directive: string; blocked: string; sample: string; source: string }[];
}

let frame: HTMLIFrameElement;
let win: CspWindow;
let doc: Document;

async function openCspPage(): Promise<void> {
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = '/test/fixtures/csp/index.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  win = frame.contentWindow as CspWindow;
  doc = frame.contentDocument!;
  // The bundle's module runs when the browser gets to it: on a busy machine that can take a while.
  const deadline = performance.now() + scaledBudget(5000);
  while (!win.lnob && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!win.lnob) throw new Error('dist/lnob-charts.js did not load in the CSP page: run `npx vite build --mode standalone` first.');
}

/** Puts a chart in the CSP page, its data inline as a <script type="text/csv">, and waits for its outcome. */
function chartIn(attributes: Record<string, string | null>, csv: string): Promise<{ chart: HTMLElement; event: CustomEvent }> {
  const chart = doc.createElement('lnob-chart');
  // A page with this policy says so with csp="strict" (else the first chart reports one violation, then falls back).
  for (const [name, value] of Object.entries({ csp: 'strict', ...attributes })) {
    if (value !== null) chart.setAttribute(name, value);
  }
  const script = doc.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  chart.append(script);
  const outcome = new Promise<{ chart: HTMLElement; event: CustomEvent }>((resolve) => {
    const done = (event: Event) => resolve({ chart, event: event as CustomEvent });
    chart.addEventListener('lnob-render', done, { once: true });
    chart.addEventListener('lnob-error', done, { once: true });
  });
  doc.body.append(chart);
  return outcome;
}

describe('strict Content-Security-Policy', () => {
  before(openCspPage);
  after(() => frame.remove());

  it('is really enforced on the test page (an inline script is blocked and reported)', async () => {
    const script = doc.createElement('script');
    script.textContent = 'window.inlineRan = true';
    const reported = new Promise((resolve) => doc.addEventListener('securitypolicyviolation', resolve, { once: true }));
    doc.body.append(script);
    await reported; // the browser's own report, however long a busy machine takes to make it
    // The policy comes twice (meta tag and header): the second report is queued with the first.
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect((win as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    expect(win.cspViolations.map((v) => v.directive)).to.include('script-src-elem');
    win.cspViolations.length = 0;
    script.remove();
  });

  it('renders every registered template and every built-in theme, svg and canvas, with zero violations', async () => {
    const ids = win.lnob.templateIds();
    expect(ids.length).to.be.greaterThan(0);
    const failures: string[] = [];
    for (const id of ids) {
      const template = win.lnob.getTemplate(id)!;
      for (const theme of win.lnob.themeNames()) {
        for (const renderer of ['svg', 'canvas']) {
          const { chart, event } = await chartIn(
            { template: id, eager: '', theme, renderer, title: `${template.name} under CSP`, source: 'Illustrative test data', 'source-url': 'https://example.org/' },
            toCsv(sampleRows(template)),
          );
          const root = chart.shadowRoot!;
          if (event.type !== 'lnob-render') failures.push(`${id}/${theme}/${renderer}: ${event.detail.code}: ${event.detail.message}`);
          else if (!root.querySelector(renderer === 'svg' ? 'svg' : 'canvas')) failures.push(`${id}/${theme}/${renderer}: nothing drawn`);
          // The data table too (its styles are adopted stylesheets, like the rest of the chrome).
          root.querySelector<HTMLButtonElement>('[part="table-toggle"]')?.click();
          // Hover a mark, so the tooltip and hover paths run under the policy as well.
          const mark = root.querySelector('svg .role-mark path, svg .role-mark text');
          const box = (mark ?? root.querySelector('canvas'))?.getBoundingClientRect();
          if (mark || box) {
            const init = { bubbles: true, composed: true, clientX: (box?.x ?? 0) + 2, clientY: (box?.y ?? 0) + 2 };
            (mark ?? root.querySelector('canvas'))!.dispatchEvent(new win.MouseEvent('pointermove', init));
            (mark ?? root.querySelector('canvas'))!.dispatchEvent(new win.MouseEvent('mousemove', init));
          }
          await new Promise((resolve) => setTimeout(resolve, 0));
          chart.remove();
        }
      }
    }
    expect(failures).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    // Nothing but the page's own origin was asked for: no fonts, trackers or assets from third parties.
    const foreign = win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith(win.location.origin));
    expect(foreign).to.deep.equal([]);
  });

  it('opens the menu and runs its exports with zero violations (when the build has a menu)', async () => {
    const template = win.lnob.getTemplate('ranked-bar')!;
    const { chart } = await chartIn({ eager: '', title: 'Exports under CSP' }, toCsv(sampleRows(template)));
    await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = chart.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[part="menu-button"]');
    if (button) {
      button.click();
      await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // Downloads only (the copy and share actions need a user gesture and a clipboard, not the policy). Each
      // item's action is awaited through the menu's run() (what its click calls), not a guessed pause.
      const menu = (chart as unknown as { shareMenu: { run(action: string): Promise<void> } }).shareMenu;
      for (const item of root.querySelectorAll<HTMLButtonElement>('[role="menuitem"][data-action]')) {
        const action = item.dataset['action'] ?? '';
        if (/svg|png|csv/i.test(action)) await menu.run(action);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve)); // let the browser file any report
    }
    expect(win.cspViolations).to.deep.equal([]);
    chart.remove();
  });

  it('injects no <style> or <link> into the page or the chart, and nothing outside the chart', async () => {
    const template = win.lnob.getTemplate('ranked-bar')!;
    const before = doc.documentElement.querySelectorAll('*').length;
    const { chart } = await chartIn({ eager: '', title: 'Styles' }, toCsv(sampleRows(template)));
    expect(chart.shadowRoot!.querySelectorAll('style, link')).to.have.length(0);
    expect(doc.querySelectorAll('style, link')).to.have.length(0);
    // Vega sets a few styles through the CSSOM (cursor, the SVG background), which CSP allows; the zero-violation count is the check.
    expect(doc.documentElement.querySelectorAll('*').length).to.equal(before + 2); // the chart and its data script
    expect(win.cspViolations).to.deep.equal([]);
    chart.remove();
  });

  it('without csp="strict", falls back to the interpreter by itself: every chart draws, one eval violation at most', async () => {
    const template = win.lnob.getTemplate('ranked-bar')!;
    win.cspViolations.length = 0;
    for (let i = 0; i < 3; i++) {
      const { chart, event } = await chartIn({ csp: null, eager: '', title: `Fallback ${i}` }, toCsv(sampleRows(template)));
      expect(event.type, event.detail?.message).to.equal('lnob-render');
      expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
      chart.remove();
    }
    // The browser reports the refused eval once; from then on the page's charts never try again.
    expect(win.cspViolations.length).to.be.at.most(1);
    for (const violation of win.cspViolations) expect(violation.directive).to.match(/^script-src/);
  });
});
