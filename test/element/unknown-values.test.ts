/**
 * An enumerated attribute with a value the kit does not know draws with the
 * default and tells the page's author: an `lnob-warning` event
 * (`{ code, message }`) and a console line — never a silent fallback.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobWarningDetail } from '../../index.js';
import { registerTheme } from '../../themes/index.js';
import { cleanup, mount, svgOf } from '../helpers.js';

const CSV = `<script type="text/csv">
category,value
North,70
South,49.8
</script>`;

let unique = 0;

/** Collects the warnings and console lines while `run` goes. */
async function watched(run: (warnings: LnobWarningDetail[]) => Promise<void>): Promise<{ warnings: LnobWarningDetail[]; logged: string[] }> {
  const warnings: LnobWarningDetail[] = [];
  const logged: string[] = [];
  const warn = console.warn;
  const listener = (event: Event) => warnings.push((event as CustomEvent<LnobWarningDetail>).detail);
  document.addEventListener('lnob-warning', listener);
  console.warn = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    await run(warnings);
  } finally {
    console.warn = warn;
    document.removeEventListener('lnob-warning', listener);
  }
  return { warnings, logged };
}

async function drawn(attributes: string) {
  const { chart, outcome } = mount(`<lnob-chart eager ${attributes}>${CSV}</lnob-chart>`);
  const result = await outcome;
  expect(result.type).to.equal('lnob-render');
  await chart.updateComplete;
  return chart;
}

describe('unknown attribute values', () => {
  afterEach(cleanup);

  it('an unknown theme draws the default theme, fires lnob-warning unknown-theme and says so in the console', async () => {
    const name = `no-such-theme-${++unique}`;
    const { warnings, logged } = await watched(async () => {
      const chart = await drawn(`theme="${name}"`);
      expect(getComputedStyle(chart).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.code).to.equal('unknown-theme');
    expect(warnings[0]!.message).to.contain(name).and.to.contain('registerTheme');
    expect(logged.filter((line) => line.includes(name))).to.have.length(1);
  });

  it('the same unknown theme is reported once per chart, not at every redraw', async () => {
    const name = `no-such-theme-${++unique}`;
    const { warnings } = await watched(async () => {
      const chart = await drawn(`theme="${name}"`);
      const again = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
      chart.refreshTheme();
      await again;
    });
    expect(warnings.map((w) => w.code)).to.deep.equal(['unknown-theme']);
  });

  it('built-in and registered themes give no warning', async () => {
    const name = `house-${++unique}`;
    registerTheme(name, { colorAccent: '#7a1f5c' });
    const { warnings } = await watched(async () => {
      await drawn(`theme="${name}"`);
      await drawn('theme="dark"');
      await drawn('theme="AUTO" renderer="canvas"');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('an unknown renderer draws SVG and fires lnob-warning unknown-renderer', async () => {
    const { warnings, logged } = await watched(async () => {
      const chart = await drawn('renderer="webgl"');
      expect(svgOf(chart)).to.not.equal(null);
    });
    expect(warnings.map((w) => w.code)).to.deep.equal(['unknown-renderer']);
    expect(warnings[0]!.message).to.contain('webgl');
    expect(logged.some((line) => line.includes('renderer="webgl"'))).to.equal(true);
  });

  it('<lnob-stat> with an unknown theme fires lnob-warning unknown-theme', async () => {
    const name = `no-such-theme-${++unique}`;
    const { warnings } = await watched(async () => {
      const { host } = mount(`<lnob-stat value="30" label="dialogues" theme="${name}"></lnob-stat>`);
      await host.querySelector('lnob-stat')!.updateComplete;
    });
    expect(warnings.map((w) => w.code)).to.deep.equal(['unknown-theme']);
  });
});
