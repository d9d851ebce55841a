import { expect, waitUntil } from '@open-wc/testing';
import '../../index.js';
import { LnobChart } from '../../index.js';
import { defineOnce } from '../../components/shared/define.js';
import { beforePrint, resize, visibility } from '../../components/shared/observers.js';
import { clearDataCache } from '../../data/load.js';
import { compileCount } from '../../render/compile.js';
import { liveViewCount, usesInterpreter } from '../../render/view.js';
import { bars, cleanup, heldUrl, labels, mount, nextOutcome, rendered, scaledBudget, settled, svgOf } from '../helpers.js';

const ROWS = [
  { category: 'A', value: 3 },
  { category: 'B', value: 2 },
  { category: 'C', value: 1 },
];

function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

function countRenders(chart: LnobChart): { count: number } {
  const counter = { count: 0 };
  chart.addEventListener('lnob-render', () => counter.count++);
  return counter;
}

describe('<lnob-chart> life cycle', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  it('re-renders once when several attributes change together, reusing the compiled spec', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`);
    const renders = countRenders(chart);
    const compiles = compileCount();
    chart.setAttribute('highlight', 'North East');
    chart.setAttribute('reference', '60');
    chart.setAttribute('reference-label', 'National average');
    await nextOutcome(chart);
    await frames(3);
    expect(renders.count).to.equal(1);
    expect(compileCount()).to.equal(compiles);
    const texts = [...svgOf(chart).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('National average');
    expect(svgOf(chart).querySelectorAll('g.mark-rule.role-mark line')).to.have.length(1);
  });

  it('highlights the named bars and de-emphasises the others', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json" highlight="north west; NORTH EAST"></lnob-chart>`);
    const fills = bars(chart).map((bar) => bar.getAttribute('fill'));
    expect(new Set(fills).size).to.equal(2);
    const highlighted = fills.filter((fill) => fill === fills[0]);
    expect([2, 1]).to.include(highlighted.length);
  });

  it('compiles a template configuration once for many charts', async () => {
    const before = compileCount();
    const charts = [1, 2, 3, 4].map(() => mount(`<lnob-chart eager sort="ascending" src="/test/fixtures/poverty.json"></lnob-chart>`));
    await Promise.all(charts.map((c) => c.outcome));
    expect(compileCount() - before).to.be.at.most(1);
  });

  it('aborts the fetch in flight when src changes, and the newest request wins', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    const slow = heldUrl('/test/fixtures/poverty-by-zone.csv'); // answered only when the test says
    try {
      const { chart, outcome } = mount(`<lnob-chart eager src="${slow.url}" category-column="zone" value-column="poverty_rate"></lnob-chart>`);
      await slow.arrived(); // the fetch is in flight
      chart.removeAttribute('category-column');
      chart.removeAttribute('value-column');
      chart.src = '/test/fixtures/poverty.json';
      const result = await outcome;
      expect(result.type).to.equal('lnob-render');
      expect(bars(chart)).to.have.length(3); // poverty.json has 3 rows, the slow file 6
      expect(signals[0]!.aborted).to.equal(true);
      await slow.release(); // the late answer has gone out (or was refused)
      await settled(chart);
      expect(bars(chart)).to.have.length(3); // the late answer did not overwrite the newest
    } finally {
      window.fetch = original;
      await slow.release();
    }
  });

  it('finalizes the view and releases observers when removed, and renders again when re-connected', async () => {
    const views = liveViewCount();
    const observed = { visibility: visibility.size, resize: resize.size, print: beforePrint.size };
    const { chart, host } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect(liveViewCount()).to.equal(views + 1);
    const view = chart.view!;
    chart.remove();
    expect(liveViewCount()).to.equal(views);
    expect(chart.view).to.equal(undefined);
    expect(resize.size).to.equal(observed.resize);
    expect(beforePrint.size).to.equal(observed.print);
    expect(visibility.size).to.equal(observed.visibility);
    // A finalized Vega view has released its DOM event listeners.
    expect((view as unknown as { _eventListeners: unknown[] })._eventListeners).to.have.length(0);
    const again = nextOutcome(host);
    host.append(chart);
    expect((await again).type).to.equal('lnob-render');
    expect(bars(chart)).to.have.length(3);
  });

  it('renders lazily: not until scrolled near, unless eager', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.prepend(spacer);
    try {
      const { chart, outcome } = mount(`<lnob-chart src="/test/fixtures/poverty.json"></lnob-chart>`);
      let done = false;
      void outcome.then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).to.equal(false);
      expect(chart.view).to.equal(undefined);
      chart.scrollIntoView();
      expect((await outcome).type).to.equal('lnob-render');
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('renders every chart before printing, even one never scrolled into view', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.prepend(spacer);
    try {
      const { outcome } = mount(`<lnob-chart src="/test/fixtures/poverty.json"></lnob-chart>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      window.dispatchEvent(new Event('beforeprint'));
      expect((await outcome).type).to.equal('lnob-render');
    } finally {
      spacer.remove();
    }
  });

  it('fills the width of its container and follows it', async () => {
    const { chart, host } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`, 320);
    expect(Number(svgOf(chart).getAttribute('width'))).to.be.within(300, 320);
    host.style.width = '800px';
    // Redrawn at the new width when the resize observer and Vega get to it, however busy the machine.
    await waitUntil(() => Number(svgOf(chart).getAttribute('width')) >= 780, 'the chart did not follow its container', { timeout: scaledBudget(5000) });
    expect(Number(svgOf(chart).getAttribute('width'))).to.be.within(780, 800);
  });

  it('stays readable at 320 px: every label is drawn', async () => {
    const { chart } = await rendered(`<lnob-chart eager src="/test/fixtures/poverty-by-zone.csv" category-column="zone" value-column="poverty_rate"></lnob-chart>`, 320);
    expect(labels(chart)).to.have.length(6);
  });

  it('takes its height from CSS first, then the height attribute', async () => {
    const fromCss = await rendered(`<lnob-chart eager style="height: 400px" height="200" src="/test/fixtures/poverty.json"></lnob-chart>`);
    // The whole element is 400 px: the drawing gets what the buttons under it leave (issue 20).
    expect(Number(svgOf(fromCss.chart).getAttribute('height'))).to.be.within(340, 380);
    const buttons = fromCss.chart.shadowRoot!.querySelector('.lnob-actions')!.getBoundingClientRect();
    expect(svgOf(fromCss.chart).getBoundingClientRect().bottom).to.be.at.most(buttons.top);
    const fromAttribute = await rendered(`<lnob-chart eager height="200" src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect(Number(svgOf(fromAttribute.chart).getAttribute('height'))).to.be.within(190, 200);
    const byStep = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect(Number(svgOf(byStep.chart).getAttribute('height'))).to.be.within(60, 160);
  });

  it('is not stretched by a grid row: sizes by its own bars beside a taller chart', async () => {
    const { chart, host } = await rendered(`<div style="display: grid; grid-template-columns: 1fr 1fr">
      <lnob-chart eager><script type="text/csv">category,value
A,1
B,2
</script></lnob-chart>
      <lnob-chart eager style="height: 600px"><script type="text/csv">category,value
A,1
</script></lnob-chart>
    </div>`);
    const tall = host.querySelectorAll('lnob-chart')[1]!;
    await new Promise((resolve) => (tall.view ? resolve(null) : tall.addEventListener('lnob-render', resolve, { once: true })));
    expect(Number(svgOf(tall).getAttribute('height'))).to.be.above(500);
    // The two-bar chart keeps its step size instead of growing to the row's 600 px.
    expect(Number(svgOf(chart).getAttribute('height'))).to.be.below(150);
  });

  it('draws on a canvas when asked', async () => {
    const { chart } = await rendered(`<lnob-chart eager renderer="canvas" src="/test/fixtures/poverty.json" title="On canvas"></lnob-chart>`);
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    expect(canvas).to.not.equal(null);
    expect(canvas.getAttribute('aria-label')).to.equal('On canvas');
    expect(chart.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('re-renders when its inline data is edited', async () => {
    const { chart } = await rendered(`<lnob-chart eager><script type="text/csv">category,value
A,1
</script></lnob-chart>`);
    const next = nextOutcome(chart);
    chart.querySelector('script')!.textContent = 'category,value\nA,1\nB,2\n';
    await next;
    expect(bars(chart)).to.have.length(2);
  });

  it('re-renders with new .data without recompiling', async () => {
    const { chart, outcome } = mount(`<lnob-chart eager></lnob-chart>`);
    chart.data = ROWS;
    await outcome;
    const compiles = compileCount();
    const next = nextOutcome(chart);
    chart.data = [...ROWS, { category: 'D', value: 0.5 }];
    await next;
    expect(bars(chart)).to.have.length(4);
    expect(compileCount()).to.equal(compiles);
  });

  it('does not throw when the script is loaded twice', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineOnce('lnob-chart', class extends LnobChart {})).to.not.throw();
      expect(warnings).to.have.length(1);
      expect(customElements.get('lnob-chart')).to.equal(LnobChart);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<lnob-chart> expression mode', () => {
  afterEach(cleanup);

  it('uses compiled expressions on a page that allows them, the interpreter with csp="strict"', async () => {
    const fast = await rendered(`<lnob-chart eager src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect(usesInterpreter({ strict: false })).to.equal(false); // no policy refused eval on this page
    const strict = await rendered(`<lnob-chart eager csp="strict" src="/test/fixtures/poverty.json"></lnob-chart>`);
    expect(usesInterpreter({ strict: true })).to.equal(true);
    // Both draw the same chart.
    expect(bars(strict.chart).map((b) => b.getAttribute('d'))).to.deep.equal(bars(fast.chart).map((b) => b.getAttribute('d')));
  });
});
