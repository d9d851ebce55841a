import { expect } from '@open-wc/testing';
import '../../index.js';
import { TOKEN_PROPERTIES } from '../../themes/index.js';
import { cleanup, rendered } from '../helpers.js';

interface Documented {
  readonly name: string;
  readonly description?: string;
}

/** What custom-elements.json says of `<lnob-chart>`: the catalogue's Reference page shows exactly this. */
async function chartManifest(): Promise<{ cssProperties: Documented[]; cssParts: Documented[] }> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; cssProperties?: Documented[]; cssParts?: Documented[] }[] }[];
  };
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'lnob-chart');
  return { cssProperties: declaration?.cssProperties ?? [], cssParts: declaration?.cssParts ?? [] };
}

/** The designers' reference (Reference → lnob-chart, read from custom-elements.json) describes every token and every part a chart really has. */
describe('themes: the designers’ documentation', () => {
  afterEach(cleanup);

  it('describes every token and every ::part of a fully dressed chart', async () => {
    const { cssProperties, cssParts } = await chartManifest();
    const described = (list: Documented[]) => new Set(list.filter((entry) => entry.description?.trim()).map((entry) => entry.name));
    const tokens = described(cssProperties);
    for (const property of Object.values(TOKEN_PROPERTIES)) expect(tokens.has(property), property).to.equal(true);
    const { chart } = await rendered(
      `<lnob-chart eager title="T" subtitle="S" goal="3" source="Src" credit="Us" notes="N">
        <script type="text/csv">category,value
A,1</script>
        <span slot="logo">Logo</span>
      </lnob-chart>`,
    );
    const parts = new Set([...chart.shadowRoot!.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part')!.split(/\s+/)));
    expect(parts.size).to.be.above(10);
    const documented = described(cssParts);
    for (const part of parts) expect(documented.has(part), `part "${part}"`).to.equal(true);
  });
});
