import { expect } from '@open-wc/testing';
import * as stories from '../../stories/annotations.stories.js';
import { drawnExample } from './harness.js';

/** The catalogue's annotation examples: real figures, real events, drawn and said. */
describe('catalogue: annotations', () => {
  for (const [name, story, texts, said] of [
    ['events on a trend', stories.Events, ['SDGs adopted', 'COVID-19 pandemic'], 'Marked on the chart: 2015, SDGs adopted; 2020, COVID-19 pandemic.'],
    ['a call-out on a bar', stories.Callout, ['7 in 10 people live in poverty'], 'Marked on the chart: North West, 7 in 10 people live in poverty.'],
  ] as const) {
    it(`${name}: drawn, in the summary, with its code to copy`, async () => {
      const { chart, code, remove } = await drawnExample(story);
      try {
        const drawn = [...chart.shadowRoot!.querySelectorAll('g.lnob_annotation_labels text')].map(
          (text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || text.textContent,
        );
        expect(drawn).to.deep.equal([...texts]);
        expect(chart.shadowRoot!.querySelector('#summary')!.textContent).to.contain(said);
        expect(code).to.contain('annotations').and.not.contain('eager');
      } finally {
        remove();
      }
    });
  }
});
