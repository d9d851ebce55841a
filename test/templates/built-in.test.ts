import { expect } from '@open-wc/testing';
import { BUILT_IN } from '../../templates/built-in.js';
import { getTemplate, loadTemplate, templateIds } from '../../templates/index.js';
import { LnobChart } from '../../components/lnob-chart/lnob-chart.js';

/** templates/built-in.ts names each built-in template's option attributes before its code loads: they must be its own. */
describe('built-in templates known before their code loads', () => {
  it('lists every template, in catalogue order', () => {
    expect(BUILT_IN.map(([id]) => id)).to.deep.equal(templateIds().filter((id) => BUILT_IN.some(([builtIn]) => builtIn === id)));
    expect(BUILT_IN.length).to.equal(10);
  });

  for (const [id, attributes] of BUILT_IN) {
    it(`${id}: the attributes listed are its options'`, () => {
      expect([...attributes].sort()).to.deep.equal(getTemplate(id)!.options.map((option) => option.attribute).sort());
    });
  }

  it('the element watches every option attribute', () => {
    const observed = LnobChart.observedAttributes;
    for (const [, attributes] of BUILT_IN) for (const name of attributes) expect(observed, name).to.include(name);
  });

  it('loadTemplate gives the template, and nothing for a name no one registered', async () => {
    expect((await loadTemplate('slope'))?.id).to.equal('slope');
    expect(await loadTemplate('constructor')).to.equal(undefined);
    expect(await loadTemplate('__proto__')).to.equal(undefined);
  });
});
