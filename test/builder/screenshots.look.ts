import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { change, cleanupBuilders, desktopPreview, firstDrawing, mountBuilder, nextDrawing, root } from './helpers.js';

// Illustrative numbers (the chart says so in its source line).
const CLIPBOARD = ['Region\tLiving in poverty (%)', 'North West\t70%', 'North East\t69%', 'South West\t49.8%', 'São Tomé\t12.5%'].join('\n');

/** Parts of the builder pictured for the catalogue's start page and the README, by language and width. */
const PICTURES: Record<string, [selector: string, file: string][]> = {
  'en-1100': [
    ['fieldset.templates', 'kinds-of-chart.png'],
    ['section[aria-labelledby="preview-heading"]', 'preview.png'],
    ['section[aria-labelledby="out-heading"]', 'code.png'],
  ],
  'ar-360': [['section[aria-labelledby="preview-heading"]', 'preview-ar-phone.png']],
};

/** The chart's words as a campaigner types them, in the builder's language. */
const WORDS: Record<string, { title: string; source: string }> = {
  en: { title: 'Poverty is highest in the North West', source: 'Illustrative data' },
  ar: { title: 'الفقر أعلى في الشمال الغربي', source: 'بيانات توضيحية' },
};

describe('screenshots of the builder', () => {
  afterEach(cleanupBuilders);
  for (const width of [360, 1100]) {
    for (const lang of ['en', 'ar']) {
      it(`${lang} at ${width} px`, async () => {
        document.body.style.width = `${width}px`;
        const builder = await mountBuilder(lang);
        builder.id = 'shot';
        await builder.wordsReady;
        await builder.updateComplete;
        root(builder).querySelector('textarea')!.value = CLIPBOARD;
        root(builder).querySelector<HTMLButtonElement>('#use-data')!.click();
        await waitUntil(() => desktopPreview(builder), 'no preview', { timeout: 20000 });
        await firstDrawing(desktopPreview(builder));
        const words = WORDS[lang]!;
        const redrawn = nextDrawing(desktopPreview(builder));
        await change(builder, root(builder).querySelector<HTMLInputElement>('#text-title')!, words.title);
        await change(builder, root(builder).querySelector<HTMLInputElement>('#text-source')!, words.source);
        if (lang !== 'en') await change(builder, root(builder).querySelector<HTMLSelectElement>('#look-lang')!, lang);
        await redrawn;
        await firstDrawing(desktopPreview(builder));
        await builder.makeSnippet();
        await builder.updateComplete;
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/builder/screenshots/builder-${lang}-${width}.png` });
        // The pictures of the builder on the catalogue's start page and in the README (committed: review them).
        for (const [selector, file] of PICTURES[`${lang}-${width}`] ?? []) {
          await executeServerCommand('lnob-screenshot', { selector: `#shot >>> ${selector}`, path: `stories/images/builder/${file}` });
        }
      });
    }
  }
});
