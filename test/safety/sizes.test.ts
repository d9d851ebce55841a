/**
 * Numeric attributes out of any sane range (issue 18): `height="100000000"`
 * made a 33-million-pixel element and a blank canvas while `lnob-render`
 * still fired. `height` is clamped to MIN_HEIGHT…MAX_HEIGHT px (documented),
 * with a console warning, and the chart draws.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { cleanup, failed, rendered } from '../helpers.js';

const CSV = `<script type="text/csv">
category,value
North,1
South,2
</script>`;

async function drawnWith(height: string): Promise<{ box: number; view: number; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const { chart, view } = await rendered(`<lnob-chart eager renderer="canvas" height="${height}">${CSV}</lnob-chart>`);
    const box = chart.shadowRoot!.querySelector<HTMLElement>('.fixed')!;
    return { box: box.getBoundingClientRect().height, view: view.height(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('numeric attributes out of range', () => {
  afterEach(cleanup);

  it('height="100000000" is clamped to 4,000 px, with a warning, and the chart draws', async () => {
    const { box, view, warnings } = await drawnWith('100000000');
    expect(box).to.be.at.most(4000);
    expect(view).to.be.at.most(4000);
    expect(warnings.join('\n')).to.contain('height="100000000"');
  });

  it('height="5" is raised to 80 px, with a warning', async () => {
    const { box, warnings } = await drawnWith('5');
    expect(box).to.be.at.least(80);
    expect(warnings.join('\n')).to.contain('height="5"');
  });

  it('a height in range is kept as it is, without a warning', async () => {
    const { box, warnings } = await drawnWith('300');
    expect(Math.round(box)).to.equal(300);
    expect(warnings.filter((w) => w.includes('height'))).to.deep.equal([]);
  });

  for (const [attribute, value, range] of [
    ['target-year', '99999', 'a whole number from 1000 to 9999'],
    ['baseline-year', '2015.5', 'a whole number from 1000 to 9999'],
    ['target-relative', '-1', 'a number from 0 to 100'],
  ]) {
    it(`progress ${attribute}="${value}" is a plain error naming the range, never a projection to an impossible year`, async () => {
      const { error, alert } = await failed(
        `<lnob-chart eager template="progress" ${attribute}="${value}"><script type="text/csv">\ntime,value\n2015,40\n2020,30\n</script></lnob-chart>`,
      );
      expect(error.code).to.equal('unsupported');
      expect(alert.textContent).to.contain(`${attribute}="${value}" is out of range: write ${range}.`);
    });
  }
});
