/**
 * The kit on pages with a site's security policy (issue 18), each case reproduced first:
 * - PNG and social images under `default-src 'self'` (no `blob:` images): the SVG instead, with a visible message;
 * - no inline `style` attribute under `csp="strict"` (the goal swatch);
 * - Trusted Types: the kit's own policy name `lnob-charts`, another copy of Lit on the page, a page that refuses it;
 * - the page-level switch `<meta name="lnob-charts-csp" content="strict">`.
 * Pages come from test/fixtures/csp/csp-middleware.js; the bundle is dist/lnob-charts.js.
 */
import { expect } from '@open-wc/testing';
import { sampleRows } from './sample-data.js';
import { drawIn, openPolicyPage, settleReports, type PolicyPage } from './policy-page.js';

const title = 'Poverty by zone';

describe('site security policies', () => {
  describe("under default-src 'self' with csp=\"strict\"", () => {
    let page: PolicyPage;
    before(async () => (page = await openPolicyPage('strict')));
    after(() => page.close());

    it('writes no inline style attribute: every template with a goal, and with an indicator preset, has zero violations', async () => {
      const failures: string[] = [];
      for (const id of page.win.lnob!.templateIds()) {
        const rows = sampleRows(page.win.lnob!.getTemplate(id)!);
        for (const extra of [{ goal: '3' }, { indicator: '3.2.1' }] as Record<string, string>[]) {
          const { chart, event } = await drawIn(page, { template: id, csp: 'strict', eager: '', title, ...extra }, rows);
          if (event.type !== 'lnob-render') failures.push(`${id} ${JSON.stringify(extra)}: ${event.detail.code}: ${event.detail.message}`);
          const swatch = chart.shadowRoot!.querySelector<HTMLElement>('[part="goal"]');
          if (!swatch) failures.push(`${id} ${JSON.stringify(extra)}: no goal line`);
          // The colour still arrives, set through the CSSOM (which a policy allows; the zero-violation count is the check).
          else if (!swatch.style.getPropertyValue('--_goal')) failures.push(`${id} ${JSON.stringify(extra)}: no goal colour`);
          chart.remove();
        }
      }
      await settleReports(page.win);
      expect(failures).to.deep.equal([]);
      expect(page.win.cspViolations).to.deep.equal([]);
    });
  });
});
