import { expect } from '@open-wc/testing';
import { parse, type Spec } from 'vega';
import { rememberParsed } from '../../render/parsed-at-build.js';
import { renderHeadless } from '../../render/view.js';

/**
 * A spec the build parsed (render/parsed-at-build.ts) is drawn from that dataflow only with the very config it was
 * parsed with, and only when expressions are compiled; any other chart is parsed in the page. The dataflow given here
 * is parsed from a spec that paints its bar another colour, so the drawing tells which one was used.
 */
const barSpec = (fill: string): Spec => ({
  width: 40,
  height: 20,
  data: [{ name: 'table' }],
  marks: [{ type: 'rect', encode: { enter: { x: { value: 0 }, y: { value: 0 }, width: { value: 40 }, height: { value: 20 }, fill: { value: fill } } } }],
});

describe('a Vega dataflow parsed at build', () => {
  const spec = barSpec('#aa0000');
  rememberParsed(spec, { key: 'bar', configKey: 'the-config', runtime: JSON.parse(JSON.stringify(parse(barSpec('#0000aa'), {}, { ast: false }))) as object });
  const draw = (configKey: string, strict = false) =>
    renderHeadless({ compiled: { key: 'bar', spec }, config: {}, configKey, signals: {}, rows: [], width: 40, strict }).then(({ svg }) => svg);

  it('is drawn for the config it was parsed with', async () => {
    const svg = await draw('the-config');
    expect(svg).to.contain('#0000aa');
    expect(svg).to.not.contain('#aa0000');
  });

  it('is not used with another config (a theme, the page’s tokens): the spec is parsed', async () => {
    const svg = await draw('another-config');
    expect(svg).to.contain('#aa0000');
    expect(svg).to.not.contain('#0000aa');
  });

  it('is not used when expressions must run in the CSP-safe interpreter (csp="strict")', async () => {
    const svg = await draw('the-config', true);
    expect(svg).to.contain('#aa0000');
  });

  it('is not used for a spec made from it (a mirrored or annotated copy is another object)', async () => {
    const { svg } = await renderHeadless({ compiled: { key: 'bar|rtl', spec: { ...spec } }, config: {}, configKey: 'the-config', signals: {}, rows: [], width: 40 });
    expect(svg).to.contain('#aa0000');
  });
});
