/**
 * The catalogue's stories are the fixtures: every story of every template
 * (the same objects the generated story files export) and of the other
 * catalogue pages is rendered here, in Chromium, and must draw without a
 * console error or an uncaught exception (error-case stories must show their
 * message), pass axe at WCAG 2.1 AA, and — per template — its snippet pasted
 * into a blank page that loads only dist/lnob-charts.js must draw as many
 * marks as the story.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { templateIds } from '../../templates/index.js';
import { setBuildInfo } from '../../stories/build-info.js';
import { variantsFor, type Variant } from '../../stories/catalogue.js';
import { snippetFor, templateMeta, templateStory, type TemplateParameters } from '../../stories/template-stories.js';
import * as theming from '../../stories/theming.stories.js';
import * as indicators from '../../stories/indicators.stories.js';
import * as reference from '../../stories/reference.stories.js';
import * as stat from '../../stories/stat.stories.js';
import {
  alertText,
  chartMarks,
  cleanupStories,
  integrityOf,
  pasteIntoBlankPage,
  renderStory,
  storiesOf,
  violations,
  type MetaLike,
  type Rendered,
  type StoryLike,
} from './harness.js';

const BUNDLE = '/dist/lnob-charts.js';

/** Text of an element and of every shadow root inside it. */
function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element) text += (node.shadowRoot ? deepText(node.shadowRoot) : '') + deepText(node);
  }
  return text;
}

/** Draws, or for an error-case story shows the expected message; never a console error or an uncaught exception. */
function checkOutcome(rendered: Rendered, expectation: Variant['expect'] | undefined): void {
  expect(rendered.problems, 'console errors or uncaught exceptions').to.deep.equal([]);
  if (expectation?.kind === 'page') {
    expect(deepText(rendered.host), 'the page shows something').to.match(/\w/);
    // Big-number cards: each shows its number, and no message.
    for (const card of rendered.host.querySelectorAll('lnob-stat')) {
      expect(card.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim(), 'the card’s number').to.match(/\d/);
      expect(alertText(card)).to.equal('');
    }
    return;
  }
  expect(rendered.charts.length, 'charts in the story').to.be.greaterThan(0);
  rendered.charts.forEach((chart, i) => {
    const outcome = rendered.outcomes[i]!;
    if (expectation?.kind === 'error') {
      expect(outcome.type, 'an error-case story fails').to.equal('lnob-error');
      if (outcome.type === 'lnob-error') expect(outcome.code).to.equal(expectation.code);
      expect(alertText(chart), 'the visible message').to.match(/\w{3,}/);
    } else {
      expect(outcome, `chart ${i + 1} should draw: ${JSON.stringify(outcome)}`).to.deep.equal({ type: 'lnob-render' });
      expect(chartMarks(chart), `marks drawn by chart ${i + 1}`).to.be.greaterThan(0);
      expect(alertText(chart)).to.equal('');
    }
  });
}

before(async () => {
  // The snippets name the package version and the bundle's integrity hash, as the catalogue build does.
  const { version } = (await (await fetch('/package.json')).json()) as { version: string };
  setBuildInfo({ version, integrity: await integrityOf(BUNDLE) });
});

afterEach(cleanupStories);

describe('template stories', () => {
  it('every registered template has stories, among them a sample and an error case', () => {
    for (const id of templateIds()) {
      const variants = variantsFor(id);
      expect(variants.map((v) => v.id), id).to.include('sample');
      expect(variants.some((v) => v.expect.kind === 'error'), `${id} has an error-case story`).to.equal(true);
    }
  });

  for (const id of templateIds()) {
    describe(id, () => {
      const meta = templateMeta(id) as MetaLike;
      for (const variant of variantsFor(id)) {
        const story = templateStory(id, variant.id) as StoryLike;

        it(`${variant.name}: renders${variant.expect.kind === 'error' ? ' its error message' : ''}`, async () => {
          const rendered = await renderStory(meta, story);
          checkOutcome(rendered, (story.parameters?.['lnob'] as TemplateParameters).expect);
        });

        it(`${variant.name}: passes axe (WCAG 2.1 AA)`, async () => {
          const rendered = await renderStory(meta, story);
          expect(await violations(rendered.host)).to.deep.equal([]);
        });
      }

      for (const [variantId, form] of [
        ['sample', 'data in a script'],
        ['table-form', 'data in a table'],
      ] as const) {
        it(`its snippet (${form}), pasted into a blank page with only lnob-charts.js, draws the same marks as the story`, async () => {
          const story = templateStory(id, variantId) as StoryLike;
          const rendered = await renderStory(meta, story);
          checkOutcome(rendered, { kind: 'chart' });
          // The very text the story shows under its chart.
          const shown = rendered.host.querySelector('lnob-code-panel')!.code;
          expect(shown).to.equal(snippetFor(id, story.args ?? {}));
          expect(shown).to.match(/integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
          expect(shown).to.include('<table>'); // the numbers show even when the kit cannot load
          const pasted = await pasteIntoBlankPage(shown, new URL(BUNDLE, location.href).href);
          expect(pasted.outcome, `the pasted snippet: ${JSON.stringify(pasted.outcome)}`).to.deep.equal({ type: 'lnob-render' });
          expect(chartMarks(pasted.chart)).to.equal(chartMarks(rendered.charts[0]!));
        });
      }
    });
  }
});

const pages: [string, Record<string, unknown>][] = [
  ['theming', theming],
  ['indicators', indicators],
  ['reference', reference],
  ['stat', stat],
];

describe('other catalogue stories', () => {
  for (const [file, module] of pages) {
    const meta = (module['default'] ?? {}) as MetaLike;
    for (const [name, story] of storiesOf(module)) {
      it(`${file} / ${name}: renders`, async () => {
        const rendered = await renderStory(meta, story);
        const lnob = { ...meta.parameters?.['lnob'], ...story.parameters?.['lnob'] } as Partial<TemplateParameters>;
        checkOutcome(rendered, lnob.expect);
      });
      it(`${file} / ${name}: passes axe (WCAG 2.1 AA)`, async () => {
        const rendered = await renderStory(meta, story);
        expect(await violations(rendered.host)).to.deep.equal([]);
      });
    }
  }
});

describe('the accessibility check itself', () => {
  it('sees into the chart’s shadow root', async () => {
    const meta = templateMeta(templateIds()[0]!) as MetaLike;
    const rendered = await renderStory(meta, templateStory(templateIds()[0]!, 'sample') as StoryLike);
    const chart = rendered.charts[0]!;
    expect((await violations(rendered.host)).some((line) => line.startsWith('image-alt'))).to.equal(false);
    // A fault only inside the shadow root must be found.
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    chart.shadowRoot!.append(image);
    const found = await violations(rendered.host);
    image.remove();
    expect(found.some((line) => line.startsWith('image-alt'))).to.equal(true);
  });
});
