import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cleanupBuilders, desktopPreview, firstDrawing, mountBuilder, root } from './helpers.js';

const CLIPBOARD = ['Region\tLiving in poverty (%)', 'North West\t70%', 'North East\t69%', 'South West\t49.8%', 'São Tomé\t12.5%'].join('\n');

describe('screenshots of the builder', () => {
  afterEach(cleanupBuilders);
  for (const width of [360, 1100]) {
    for (const lang of ['en', 'ar']) {
      it(`${lang} at ${width} px`, async () => {
        document.body.style.width = `${width}px`;
        const builder = await mountBuilder(lang);
        builder.id = 'shot';
        await new Promise((resolve) => setTimeout(resolve, 300)); // the words of the language load
        root(builder).querySelector('textarea')!.value = CLIPBOARD;
        root(builder).querySelector<HTMLButtonElement>('#use-data')!.click();
        await waitUntil(() => desktopPreview(builder), 'no preview', { timeout: 20000 });
        await firstDrawing(desktopPreview(builder));
        await builder.makeSnippet();
        await builder.updateComplete;
        await executeServerCommand('lnob-screenshot', { selector: '#shot', path: `test/builder/screenshots/builder-${lang}-${width}.png` });
      });
    }
  }
});
