/**
 * The policy matrix (issue 18), as security.mdx documents it: every site policy the kit promises to work under ×
 * every way to say "strict" × every registered template × every export. One page view per policy and mode, with the
 * templates drawn together in it (a page of charts, as a site has), so the whole matrix is nine page loads.
 *
 * Per page: every chart draws; SVG, PNG, CSV and the embed code each give a file or a visible message (the SVG
 * with "blocks image downloads" where the policy forbids `blob:` images; the embed code copied, or shown to copy by
 * hand where the frame has no clipboard); and the violations are exactly the documented ones:
 * - no policy: none;
 * - `default-src 'self'` (with or without Trusted Types): with neither `csp="strict"` nor the page's meta switch, at
 *   most one report of the refused `eval`, once per page view (`script-src`; on a page requiring Trusted Types the
 *   browser files it as `require-trusted-types-for`, a `Function` sink); at most one `img-src` report (the first
 *   PNG, refused as a `blob:` image; later ones go straight to the SVG); nothing else.
 */
import { expect } from '@open-wc/testing';
import { sampleRows } from './sample-data.js';
import { drawIn, menuOf, openPolicyPage, settleReports, type ChartOutcome, type PolicyPage } from './policy-page.js';

const POLICIES = ['none', 'strict', 'strict-tt'] as const;
const MODES = ['no csp attribute', 'csp="strict"', 'page switch (meta)'] as const;
const EXPORTS = ['svg', 'png', 'csv', 'embed'] as const;

/** What an export gave the reader: a file (name, type, size) or the message or dialog it showed. */
async function runExport(page: PolicyPage, chart: ChartOutcome['chart'], action: (typeof EXPORTS)[number]): Promise<string | undefined> {
  const before = page.downloads.length;
  await menuOf(chart).run(action);
  await chart.updateComplete;
  const root = chart.shadowRoot!;
  const status = root.querySelector('[part="menu"] [role="status"]')?.textContent?.trim() ?? '';
  if (action === 'embed') {
    const dialog = root.querySelector<HTMLDialogElement>('.lnob-share-dialog');
    const code = dialog?.open ? dialog.querySelector('textarea')!.value : '';
    dialog?.querySelector<HTMLButtonElement>('button')?.click();
    // The embed code: the kit's script line, Vega's preload line, then the chart.
    if (status === 'Copied' || /^<script type="module" src="[^"]+"><\/script>\n(?:<link rel="modulepreload" href="[^"]+">\n)?<lnob-chart/.test(code)) return undefined;
    return `embed: neither copied nor shown (${status || 'no message'})`;
  }
  const file = page.downloads[before];
  if (!file || page.downloads.length !== before + 1) return `${action}: ${page.downloads.length - before} files`;
  if (!file.blob?.size) return `${action}: empty file ${file.name}`;
  const expected = { svg: ['svg', 'image/svg+xml'], png: ['png', 'image/png'], csv: ['csv', 'text/csv;charset=utf-8'] }[action];
  const fellBack = action === 'png' && file.name.endsWith('.svg');
  if (fellBack) {
    if (file.blob.type !== 'image/svg+xml') return `png fallback: ${file.blob.type}`;
    if (!status.includes('security policy blocks image downloads')) return `png fallback without its message (${status})`;
    return 'fallback';
  }
  if (!file.name.endsWith(`.${expected[0]}`) || file.blob.type !== expected[1]) return `${action}: ${file.name} ${file.blob.type}`;
  return undefined;
}

describe('policy matrix: policies × csp attribute × templates × exports', () => {
  for (const policy of POLICIES) {
    for (const mode of MODES) {
      it(`${policy} × ${mode}: every template draws, every export gives a file or says why, only the documented violations`, async () => {
        const page = await openPolicyPage(policy, { pageSwitch: mode === 'page switch (meta)' });
        try {
          expect(page.win.bootError, 'the bundle loads').to.equal(undefined);
          const ids = page.win.lnob!.templateIds();
          expect(ids.length).to.be.at.least(8);
          const csp = mode === 'csp="strict"' ? 'strict' : null;
          const outcomes = await Promise.all(
            ids.map((id) => drawIn(page, { template: id, csp, eager: '', title: `${id} chart`, goal: '5' }, sampleRows(page.win.lnob!.getTemplate(id)!))),
          );
          const problems: string[] = [];
          const fallbacks: string[] = [];
          for (const [i, { chart, event }] of outcomes.entries()) {
            const id = ids[i]!;
            if (event.type !== 'lnob-render') {
              problems.push(`${id}: ${event.detail.code}: ${event.detail.message}`);
              continue;
            }
            if (!chart.shadowRoot!.querySelector('.chart svg')) problems.push(`${id}: nothing drawn`);
            for (const action of EXPORTS) {
              const result = await runExport(page, chart, action);
              if (result === 'fallback') fallbacks.push(id);
              else if (result) problems.push(`${id}: ${result}`);
            }
          }
          await settleReports(page.win);
          expect(problems).to.deep.equal([]);
          // PNG falls back to SVG exactly where the policy forbids blob: images.
          expect(fallbacks.length, 'PNG fell back to SVG').to.equal(policy === 'none' ? 0 : ids.length);
          const violations = page.win.cspViolations;
          const isEval = (v: (typeof violations)[number]) =>
            v.directive.startsWith('script-src') || (v.directive === 'require-trusted-types-for' && v.sample.startsWith('Function|'));
          const report = JSON.stringify(violations);
          if (policy === 'none') expect(violations, report).to.deep.equal([]);
          else {
            expect(violations.filter(isEval).length, report).to.be.at.most(mode === 'no csp attribute' ? 1 : 0);
            expect(violations.filter((v) => v.directive === 'img-src').length, report).to.be.at.most(1);
            expect(violations.filter((v) => !isEval(v) && v.directive !== 'img-src'), report).to.deep.equal([]);
          }
          expect(page.win.consoleErrors.filter((message) => !/export failed/.test(message))).to.deep.equal([]);
        } finally {
          page.close();
        }
      });
    }
  }
});
