/**
 * A page served with a site's security policy (test/fixtures/csp/csp-middleware.js: `policy.html?policy=…`), in an
 * iframe, loading only the built dist/lnob-charts.js; the test drives it from outside. Build the bundle first
 * (`npx vite build --mode standalone`) when running these tests alone.
 */
import type { ChartTemplate } from '../../templates/types.js';
import { scaledBudget } from '../time-budget.js';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

export interface PolicyWindow extends Window {
  lnob?: { templateIds(): string[]; getTemplate(id: string): ChartTemplate | undefined };
  bootError?: string;
  otherLit?: boolean;
  cspViolations: Violation[];
  consoleErrors: string[];
  JSON: typeof JSON;
  URL: typeof URL;
  Blob: typeof Blob;
}

export interface PolicyPage {
  frame: HTMLIFrameElement;
  win: PolicyWindow;
  doc: Document;
  /** Files the page handed to the reader (the menu's temporary `<a download>`), in order, with their contents. */
  downloads: { name: string; blob: Blob }[];
  close(): void;
}

/** Opens `policy.html` with the given policy and options, and waits until the bundle has loaded (or failed to). */
export async function openPolicyPage(policy: string, { lit = false, pageSwitch = false } = {}): Promise<PolicyPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/test/fixtures/csp/policy.html?policy=${policy}${lit ? '&lit=1' : ''}${pageSwitch ? '&switch=1' : ''}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PolicyWindow;
  const doc = frame.contentDocument!;
  if (doc.documentElement.dataset['ready'] !== 'true') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('dist/lnob-charts.js did not load: run `npx vite build --mode standalone` first.')), scaledBudget(20000));
      doc.addEventListener('lnob-boot', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
  // Catch the menu's downloads: record the file (its Blob, through createObjectURL) and stop the browser saving it.
  const blobs = new Map<string, Blob>();
  const create = win.URL.createObjectURL.bind(win.URL);
  win.URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create(object);
    if (object instanceof win.Blob) blobs.set(url, object);
    return url;
  };
  const downloads: PolicyPage['downloads'] = [];
  doc.addEventListener('click', (event) => {
    const a = event.target as HTMLAnchorElement;
    if (a.localName !== 'a' || !a.hasAttribute('download')) return;
    event.preventDefault();
    downloads.push({ name: a.download, blob: blobs.get(a.href)! });
  });
  return { frame, win, doc, downloads, close: () => frame.remove() };
}

export type ChartOutcome = { chart: HTMLElement & { updateComplete: Promise<unknown> }; event: CustomEvent };

/** Puts a chart in the page, its rows given as `.data` (made in the page's own realm), and waits for its outcome. */
export function drawIn(page: PolicyPage, attributes: Record<string, string | null>, rows: readonly object[]): Promise<ChartOutcome> {
  const chart = page.doc.createElement('lnob-chart') as ChartOutcome['chart'];
  for (const [name, value] of Object.entries(attributes)) if (value !== null) chart.setAttribute(name, value);
  (chart as unknown as { data: unknown }).data = page.win.JSON.parse(JSON.stringify(rows));
  const outcome = new Promise<ChartOutcome>((resolve) => {
    const done = (event: Event) => resolve({ chart, event: event as CustomEvent });
    chart.addEventListener('lnob-render', done, { once: true });
    chart.addEventListener('lnob-error', done, { once: true });
  });
  page.doc.body.append(chart);
  return outcome;
}

/** The share menu's `run(action)`, which resolves once the action is done (the menu's items call it). */
export function menuOf(chart: HTMLElement): { run(action: string): Promise<void> } {
  return (chart as unknown as { shareMenu: { run(action: string): Promise<void> } }).shareMenu;
}

/** Violations are reported in a task after the event that caused them: let the queued reports arrive. */
export async function settleReports(win: Window): Promise<void> {
  await new Promise((resolve) => win.setTimeout(resolve));
  await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
}
