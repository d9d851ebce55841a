/**
 * A campaigner pastes their own data into a chart page's controls and copies
 * the code: it must describe their data, not the sample's — no sample source
 * or notes, no sample column names their data does not have — and it must
 * still draw on a blank page.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { setBuildInfo } from '../../stories/build-info.js';
import { templateMeta, templateStory } from '../../stories/template-stories.js';
import { chartMarks, cleanupStories, integrityOf, pasteIntoBlankPage, renderStory, type MetaLike, type StoryLike } from './harness.js';

const BUNDLE = '/dist/lnob-charts.js';
/** The case: the gap chart's sample is illustrative, with notes about made-up values and its own column names. */
const meta = templateMeta('disaggregation') as MetaLike;
const story = templateStory('disaggregation', 'sample') as StoryLike;

const THEIR_DATA = 'category,group,value\nKenya,Girls,81%\nKenya,Boys,78%\nUganda,Girls,52%\nUganda,Boys,56%';

function shown(host: HTMLElement): { code: string; note: string } {
  const panel = host.querySelector('lnob-code-panel')!;
  return { code: panel.code, note: panel.note };
}

function chartText(chart: Element, part: string): string {
  return chart.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

before(async () => {
  const { version } = (await (await fetch('/package.json')).json()) as { version: string };
  setBuildInfo({ version, integrity: await integrityOf(BUNDLE) });
});

afterEach(cleanupStories);

describe('a chart page with the reader’s own data', () => {
  it('with the sample’s data, the code carries the sample’s source, notes and column names', async () => {
    const { host } = await renderStory(meta, story);
    const { code, note } = shown(host);
    expect(code).to.include('source="Illustrative data"');
    expect(code).to.include('made-up values');
    expect(code).to.include('value-column="completion_rate"');
    expect(note).to.not.match(/replaced/);
  });

  it('after pasting other data, the code and the chart drop the sample’s source, notes and column names, and it draws on a blank page', async () => {
    const rendered = await renderStory(meta, story, 720, { csv: THEIR_DATA });
    const { code, note } = shown(rendered.host);
    expect(code).to.include('Kenya').and.include('81%');
    expect(code).to.not.include('source=');
    expect(code).to.not.include('notes=');
    expect(code).to.not.include('Illustrative');
    expect(code).to.not.match(/(category|group|value)-column=/);
    // What the reader chose stays: the title and the option.
    expect(code).to.include('title="The poorest children are furthest from finishing primary school"');
    expect(code).to.include('direction="increase"');
    expect(note).to.include('value-column="completion_rate"');
    expect(note).to.include('source="Illustrative data"');

    const chart = rendered.charts[0]!;
    expect(rendered.outcomes[0]).to.deep.equal({ type: 'lnob-render' });
    expect(chartText(chart, 'source')).to.equal('');
    expect(chartText(chart, 'notes')).to.not.include('made-up');

    const pasted = await pasteIntoBlankPage(code, new URL(BUNDLE, location.href).href);
    expect(pasted.outcome).to.deep.equal({ type: 'lnob-render' });
    expect(chartMarks(pasted.chart)).to.equal(chartMarks(chart));
    expect(chartText(pasted.chart, 'source')).to.equal('');
  });

  it('keeps the column names the new data still has, and the source the reader typed', async () => {
    const sameColumns = 'country,wealth,completion_rate\nKenya,Poorest 20%,60%\nKenya,Richest 20%,95%';
    const { host } = await renderStory(meta, story, 720, { csv: sameColumns, source: 'KNBS, Kenya DHS 2022' });
    const { code } = shown(host);
    expect(code).to.include('category-column="country"');
    expect(code).to.include('value-column="completion_rate"');
    expect(code).to.include('source="KNBS, Kenya DHS 2022"');
    expect(code).to.not.include('made-up values');
  });

  it('the docs page’s “Show code” follows the same rule', () => {
    const transform = (meta.parameters?.['docs'] as { source: { transform: (code: string, context: unknown) => string } }).source.transform;
    const initialArgs = story.args!;
    const code = transform('', { args: { ...initialArgs, csv: THEIR_DATA }, initialArgs });
    expect(code).to.not.include('source=');
    expect(code).to.not.include('value-column=');
    expect(transform('', { args: initialArgs, initialArgs })).to.include('value-column="completion_rate"');
  });
});
