import { expect } from '@open-wc/testing';
import * as languages from '../../stories/languages.stories.js';
import { cleanupStories, renderStory, storiesOf, violations, type MetaLike } from '../stories/harness.js';
import { scaledBudget } from '../helpers.js';

/** The catalogue page "Languages and sharing": every story draws its charts and passes axe, the menu opened included. */
describe('languages and sharing stories', () => {
  afterEach(cleanupStories);
  const meta = languages.default as unknown as MetaLike;
  for (const [name, story] of storiesOf(languages as unknown as Record<string, unknown>)) {
    it(`${name}: draws its charts and passes axe (WCAG 2.1 AA)`, async function () {
      this.timeout(scaledBudget(30_000));
      const rendered = await renderStory(meta, story);
      expect(rendered.outcomes).to.deep.equal(rendered.charts.map(() => ({ type: 'lnob-render' })));
      expect(rendered.problems).to.deep.equal([]);
      const play = (story as { play?: (context: { canvasElement: HTMLElement }) => Promise<void> }).play;
      if (play) {
        await play({ canvasElement: rendered.host });
        await rendered.charts[0]!.updateComplete;
        expect(rendered.charts[0]!.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!.hidden).to.equal(false);
      }
      expect(await violations(rendered.host)).to.deep.equal([]);
    });
  }
});
