import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobStat } from '../../index.js';
import { statMarkup, statSamples, LNOB_DECK } from '../../templates/samples/stat-samples.js';

const hosts: HTMLElement[] = [];

async function show(markup: string): Promise<{ stat: LnobStat; errors: string[] }> {
  const host = document.createElement('div');
  const errors: string[] = [];
  host.addEventListener('lnob-error', (event) => errors.push(event.detail.message));
  host.innerHTML = markup;
  document.body.append(host);
  hosts.push(host);
  const stat = host.querySelector('lnob-stat')!;
  await stat.updateComplete;
  return { stat, errors };
}

const read = (stat: LnobStat, selector: string) => stat.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<lnob-stat> sample cards', () => {
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

  it('are the seed figures, each citing the deck and none illustrative', () => {
    expect(statSamples.map((s) => s.attributes['value'])).to.deep.equal(['30', '5,000+', '201']);
    for (const sample of statSamples) {
      expect(sample.source).to.equal(LNOB_DECK);
      expect(sample.illustrative).to.equal(false);
    }
    expect(new Set(statSamples.map((s) => s.id)).size).to.equal(statSamples.length);
  });

  for (const sample of statSamples) {
    it(`${sample.id} renders with its number, label and source`, async () => {
      const { stat, errors } = await show(statMarkup(sample));
      expect(errors).to.deep.equal([]);
      expect(read(stat, '[part="value"]')).to.equal(sample.attributes['value']);
      expect(read(stat, '[part="label"]')).to.equal(sample.attributes['label']);
      expect(read(stat, '[part="source"]')).to.equal(`Source: ${LNOB_DECK}`);
      expect(read(stat, '.visually-hidden')).to.equal(`${sample.attributes['value']} ${sample.attributes['label']}.`);
      await expect(stat).to.be.accessible();
    });
  }

  it('shows Brazil’s commission as the deck words it: 201 members of Congress and 10 senators, not a sum', () => {
    const brazil = statSamples.find((s) => s.id === 'stat-brazil-sdg-commission')!;
    expect(brazil.attributes['value']).to.equal('201');
    expect(brazil.attributes['label']).to.contain('10 senators');
    expect(JSON.stringify(brazil)).not.to.contain('211');
  });
});
