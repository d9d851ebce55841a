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
import { drawIn, menuOf, openPolicyPage, settleReports, type PolicyPage } from './policy-page.js';

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

    it('PNG and social images: the SVG instead, with a message in the menu saying why; one img-src report at most per page', async () => {
      const { chart, event } = await drawIn(page, { template: 'ranked-bar', csp: 'strict', eager: '', title }, sampleRows(page.win.lnob!.getTemplate('ranked-bar')!));
      expect(event.type).to.equal('lnob-render');
      page.win.cspViolations.length = 0;
      page.downloads.length = 0;
      for (const action of ['png', 'square', 'png']) {
        await menuOf(chart).run(action);
        const file = page.downloads.at(-1);
        expect(file, `${action}: a file`).to.not.equal(undefined);
        expect(file!.name, action).to.match(/\.svg$/);
        expect(file!.blob.type).to.equal('image/svg+xml');
        expect(await file!.blob.text()).to.match(/^<svg[\s\S]*<\/svg>$/);
        await chart.updateComplete;
        const status = chart.shadowRoot!.querySelector('[part="menu"] [role="status"]')!;
        expect(status.textContent).to.contain('security policy blocks image downloads');
        expect(getComputedStyle(status).display).to.not.equal('none');
      }
      expect(page.downloads.map((file) => file.name)).to.deep.equal(['poverty-by-zone.svg', 'poverty-by-zone-square-1080x1080.svg', 'poverty-by-zone.svg']);
      // The browser's one report of the refused blob: image; after it the kit goes straight to the SVG.
      await settleReports(page.win);
      expect(page.win.cspViolations.length).to.be.at.most(1);
      for (const violation of page.win.cspViolations) expect(violation.directive).to.equal('img-src');
      chart.remove();
    });
  });

  describe('the page-level switch <meta name="lnob-charts-csp" content="strict">', () => {
    it('a strict page with only the meta tag (no csp attribute) gets zero violations', async () => {
      const page = await openPolicyPage('strict', { pageSwitch: true });
      try {
        for (const id of ['ranked-bar', 'trend']) {
          const { event } = await drawIn(page, { template: id, eager: '', title }, sampleRows(page.win.lnob!.getTemplate(id)!));
          expect(event.type, event.detail?.message).to.equal('lnob-render');
        }
        await settleReports(page.win);
        expect(page.win.cspViolations).to.deep.equal([]);
      } finally {
        page.close();
      }
    });

    it('without it (nor the attribute) the same page gets the documented single eval report, once for all its charts', async () => {
      const page = await openPolicyPage('strict');
      try {
        for (const id of ['ranked-bar', 'trend']) {
          const { event } = await drawIn(page, { template: id, eager: '', title }, sampleRows(page.win.lnob!.getTemplate(id)!));
          expect(event.type, event.detail?.message).to.equal('lnob-render');
        }
        await settleReports(page.win);
        // Exactly the one report the kit documents: the control that makes the zero above mean something.
        expect(page.win.cspViolations.map((v) => v.directive)).to.deep.equal(['script-src']);
      } finally {
        page.close();
      }
    });
  });

  describe('Trusted Types', () => {
    async function drawsOn(policy: string, options: { lit?: boolean } = {}): Promise<PolicyPage> {
      const page = await openPolicyPage(policy, options);
      expect(page.win.bootError, 'the bundle loads').to.equal(undefined);
      const { chart, event } = await drawIn(page, { template: 'ranked-bar', csp: 'strict', eager: '', title }, sampleRows(page.win.lnob!.getTemplate('ranked-bar')!));
      expect(event.type, event.detail?.message).to.equal('lnob-render');
      expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
      expect(chart.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(title);
      await settleReports(page.win);
      return page;
    }

    const clean: { policy: string; lit: boolean; what: string }[] = [
      { policy: 'strict-tt', lit: false, what: "where only the kit's own policy name is allowed (trusted-types lnob-charts)" },
      { policy: 'tt-both', lit: true, what: 'on a page that loaded another copy of Lit first (lnob-charts lit-html, no allow-duplicates)' },
      { policy: 'tt-duplicates', lit: true, what: "with another copy of Lit under trusted-types lnob-charts lit-html 'allow-duplicates'" },
    ];
    for (const { policy, lit, what } of clean) {
      it(`draws ${what}, with zero violations and no console error`, async () => {
        const page = await drawsOn(policy, { lit });
        if (lit) expect(page.win.otherLit, "the page's own Lit drew too").to.equal(true);
        expect(page.win.cspViolations).to.deep.equal([]);
        expect(page.win.consoleErrors).to.deep.equal([]);
        page.close();
      });
    }

    it('still draws on a page that allows only lit-html (one trusted-types report for the refused kit name)', async () => {
      const page = await drawsOn('tt-lit');
      expect(page.win.cspViolations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
      page.close();
    });

    it("trusted-types 'none': the console says which name to allow, and a chart fires lnob-error instead of failing silently", async () => {
      const page = await openPolicyPage('tt-none');
      try {
        expect(page.win.bootError).to.equal(undefined);
        expect(page.win.consoleErrors.join('\n')).to.match(/Trusted Types[\s\S]*trusted-types lnob-charts/);
        const { event } = await drawIn(page, { template: 'ranked-bar', csp: 'strict', eager: '', title }, sampleRows(page.win.lnob!.getTemplate('ranked-bar')!));
        expect(event.type).to.equal('lnob-error');
        expect(event.detail.code).to.equal('unsupported');
        expect(event.detail.message).to.contain('lnob-charts');
        // A card says so too, rather than staying blank.
        const card = page.doc.createElement('lnob-stat');
        card.setAttribute('value', '30');
        const refused = new Promise<CustomEvent>((resolve) => card.addEventListener('lnob-error', (e) => resolve(e as CustomEvent), { once: true }));
        page.doc.body.append(card);
        expect((await refused).detail.code).to.equal('unsupported');
      } finally {
        page.close();
      }
    });
  });
});
