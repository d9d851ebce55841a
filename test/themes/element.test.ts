import { expect } from '@open-wc/testing';
import '../../index.js';
import { compileCount } from '../../render/compile.js';
import { registerTheme } from '../../themes/index.js';
import { bars, cleanup, mount, nextOutcome, rendered, shadowText, svgOf } from '../helpers.js';

const CSV = `<script type="text/csv">
category,value
North West,70
North East,69
South West,49.8
</script>`;

const chartMarkup = (attributes = '') => `<lnob-chart eager title="Poverty by zone" ${attributes}>${CSV}</lnob-chart>`;
const fills = (chart: Parameters<typeof bars>[0]) => bars(chart).map((bar) => bar.getAttribute('fill')?.toLowerCase());

describe('themes in the element', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    cleanup();
    style?.remove();
    style = undefined;
    document.documentElement.classList.remove('lnob-test-theme');
  });

  it('a token set on a container reaches the chart inside it (bars, SVG text, and the chrome)', async () => {
    const { chart } = await rendered(
      `<div style="--lnob-color-accent: #7a1f5c; --lnob-font-family: Georgia, serif; --lnob-color-text: #102030">${chartMarkup()}</div>`,
    );
    expect(fills(chart)).to.deep.equal(['#7a1f5c', '#7a1f5c', '#7a1f5c']);
    const label = svgOf(chart).querySelector('g.mark-text.role-mark text')!;
    expect(label.getAttribute('font-family')).to.contain('Georgia');
    expect(label.getAttribute('fill')).to.equal('#102030');
    const title = chart.shadowRoot!.querySelector('[part="title"]')!;
    expect(getComputedStyle(title).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(title).color).to.equal('rgb(16, 32, 48)');
  });

  it('a token the page sets beats the theme', async () => {
    const { chart } = await rendered(`<div style="--lnob-color-accent: #7a1f5c">${chartMarkup('theme="dark"')}</div>`);
    expect(fills(chart)[0]).to.equal('#7a1f5c');
    expect(svgOf(chart).style.backgroundColor).to.equal('rgb(13, 17, 23)'); // dark theme's background
    expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(13, 17, 23)');
  });

  it('re-themes when a class on <html> changes a token, without compiling again', async () => {
    style = document.createElement('style');
    style.textContent = 'html.lnob-test-theme { --lnob-color-accent: #00aa55; }';
    document.head.append(style);
    const { chart } = await rendered(chartMarkup());
    expect(fills(chart)[0]).to.equal('#1f6fb2');
    const compiles = compileCount();
    const next = nextOutcome(chart);
    document.documentElement.classList.add('lnob-test-theme');
    await next;
    expect(fills(chart)).to.deep.equal(['#00aa55', '#00aa55', '#00aa55']);
    expect(compileCount()).to.equal(compiles);
  });

  it('re-themes on refreshTheme() after a change the observers cannot see', async () => {
    const { chart, host } = await rendered(chartMarkup());
    const next = nextOutcome(chart);
    host.style.setProperty('--lnob-color-accent', '#123456');
    chart.refreshTheme();
    await next;
    expect(fills(chart)[0]).to.equal('#123456');
  });

  it('switching theme="…" redraws from the same compiled spec', async () => {
    const { chart } = await rendered(chartMarkup('theme="default"'));
    const compiles = compileCount();
    const next = nextOutcome(chart);
    chart.setAttribute('theme', 'dark');
    await next;
    expect(fills(chart)[0]).to.equal('#58a6ff');
    expect(compileCount()).to.equal(compiles);
  });

  it('goal="3" gives bars in Goal 3’s green and shows the goal’s label', async () => {
    const { chart } = await rendered(chartMarkup('goal="3"'));
    expect(fills(chart)).to.deep.equal(['#4c9f38', '#4c9f38', '#4c9f38']);
    expect(shadowText(chart, '[part="goal"]')).to.equal('Goal 3: Good health and well-being');
    const swatch = chart.shadowRoot!.querySelector('[part="goal-swatch"]')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(76, 159, 56)');
  });

  it('gives a light goal colour a darker outline that reaches 3:1 (Goal 7 on white)', async () => {
    const { chart } = await rendered(chartMarkup('theme="sdg" goal="7"'));
    const bar = bars(chart)[0]!;
    expect(bar.getAttribute('fill')?.toLowerCase()).to.equal('#fcc30b');
    expect(bar.getAttribute('stroke')?.toLowerCase()).to.not.equal('#fcc30b');
  });

  it('a registered theme works by name, chrome included', async () => {
    registerTheme('test-house', { '--lnob-color-accent': '#8e1d5b', '--lnob-color-background': '#fdf6ec', colorText: '#2b1a10' });
    const { chart } = await rendered(chartMarkup('theme="test-house"'));
    expect(fills(chart)[0]).to.equal('#8e1d5b');
    expect(svgOf(chart).style.backgroundColor).to.equal('rgb(253, 246, 236)');
    expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(253, 246, 236)');
    expect(getComputedStyle(chart.shadowRoot!.querySelector('[part="title"]')!).color).to.equal('rgb(43, 26, 16)');
    // Switching away drops the registered theme's chrome.
    const next = nextOutcome(chart);
    chart.theme = 'default';
    await next;
    expect(chart.getAttribute('theme')).to.equal('default');
    expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('a chart drawn before its theme was registered redraws when it is', async () => {
    const warn = console.warn;
    console.warn = () => undefined; // the "no theme called" message is expected here
    try {
      const { chart } = await rendered(chartMarkup('theme="test-late"'));
      expect(fills(chart)[0]).to.equal('#1f6fb2');
      const next = nextOutcome(chart);
      registerTheme('test-late', { colorAccent: '#5b2a86' });
      await next;
      expect(fills(chart)[0]).to.equal('#5b2a86');
    } finally {
      console.warn = warn;
    }
  });

  it('releases the shared theme observer when the last chart goes', async () => {
    const { themeChanges } = await import('../../components/shared/observers.js');
    const before = themeChanges.size;
    const { host } = mount(chartMarkup());
    expect(themeChanges.size).to.equal(before + 1);
    host.remove();
    expect(themeChanges.size).to.equal(before);
  });
});
