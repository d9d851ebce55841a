/**
 * On a docs page the charts draw at once, not when the reader scrolls to
 * them; a story on its own page, and every snippet, keep the kit's default.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { drawAtOnceInDocs } from '../../.storybook/draw-in-docs.js';
import { renderTemplateStory, variantArgs } from '../../stories/template-stories.js';
import { variantsFor } from '../../stories/catalogue.js';
import { getTemplate } from '../../templates/index.js';
import { chartMarks } from './harness.js';

const decorate = drawAtOnceInDocs as unknown as (story: () => unknown, context: { viewMode: string }) => unknown;

function sampleStory(): HTMLElement {
  const variant = variantsFor('ranked-bar').find((v) => v.id === 'sample')!;
  return renderTemplateStory('ranked-bar', variantArgs(getTemplate('ranked-bar')!, variant));
}

const placed: Element[] = [];
afterEach(() => placed.splice(0).forEach((element) => element.remove()));

describe('charts on docs pages', () => {
  it('draw far below the fold without being scrolled to', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const output = decorate(sampleStory, { viewMode: 'docs' }) as HTMLElement;
    const chart = output.querySelector('lnob-chart')!;
    const drawn = new Promise((resolve) => chart.addEventListener('lnob-render', resolve, { once: true }));
    document.body.append(spacer, output);
    placed.push(spacer, output);
    expect(window.scrollY).to.equal(0);
    await drawn;
    expect(chartMarks(chart)).to.be.greaterThan(0);
    // The code to copy does not carry the catalogue's setting.
    expect(output.querySelector('lnob-code-panel')!.code).to.not.include('eager');
  });

  it('keep the default (draw when scrolled near) on a story’s own page', () => {
    const output = decorate(sampleStory, { viewMode: 'story' }) as HTMLElement;
    expect(output.querySelector('lnob-chart')!.hasAttribute('eager')).to.equal(false);
  });
});
