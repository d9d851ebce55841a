import { expect } from '@open-wc/testing';
import '../../index.js';
import { TOKEN_PROPERTIES } from '../../themes/index.js';
import { cleanup, rendered } from '../helpers.js';

/** The designers' README section lists every token and every part a chart really has. */
describe('themes: the designers’ documentation', () => {
  afterEach(cleanup);

  it('names every token and every ::part of a fully dressed chart', async () => {
    const doc = await (await fetch('/README.md')).text();
    for (const property of Object.values(TOKEN_PROPERTIES)) expect(doc, property).to.contain(`\`${property}\``);
    const { chart } = await rendered(
      `<lnob-chart eager title="T" subtitle="S" goal="3" source="Src" credit="Us" notes="N">
        <script type="text/csv">category,value
A,1</script>
        <span slot="logo">Logo</span>
      </lnob-chart>`,
    );
    const parts = new Set([...chart.shadowRoot!.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/)));
    expect(parts.size).to.be.above(10);
    for (const part of parts) expect(doc, `part "${part}"`).to.contain(`| \`${part}\` |`);
  });
});
