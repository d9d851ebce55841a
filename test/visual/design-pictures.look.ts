import { executeServerCommand } from '@web/test-runner-commands';
import '../../index.js';
import { exportSocial, SOCIAL_PRESETS } from '../../components/lnob-chart/share-export.js';
import { sampleMarkup } from '../../templates/samples/index.js';
import { cleanup, rendered, scaledBudget } from '../helpers.js';
import { SAMPLES, shareInputs } from './cases.js';
import { useSnapshotFont } from './font.js';

/**
 * The pictures on the catalogue's design notes (issue 20: "screenshots at 360 px and of the three social presets for
 * every template"): each template's first sample on a phone, and the three share images the share menu makes,
 * in the bundled font, as WebP under stories/images/design/ with the chart's summary as their words. Committed:
 * review them when a drawing changes. Run by `npm run design-pictures`; the assertions are in the visual tests.
 */
const FOLDER = 'stories/images/design';
/** Share images are shown at most 540 px wide on the page: halved, they stay sharp and light. */
const SHARE_SCALE = 0.5;

async function webp(blob: Blob, scale: number): Promise<string> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 })).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

describe('pictures for the design notes', () => {
  before(useSnapshotFont);
  afterEach(cleanup);
  const list: { template: string; name: string; alt: string; files: Record<string, string> }[] = [];
  for (const sample of SAMPLES) {
    it(sample.template, async function () {
      this.timeout(scaledBudget(60_000));
      const { chart } = await rendered(sampleMarkup(sample, { eager: '' }), 360);
      chart.id = 'design-picture';
      const files: Record<string, string> = { phone: `${sample.template}-360.webp` };
      await executeServerCommand('lnob-screenshot', { selector: '#design-picture', path: `${FOLDER}/${files.phone}`, type: 'webp', quality: 85 });
      const { source, chrome } = shareInputs(chart);
      for (const preset of SOCIAL_PRESETS) {
        const { blob } = await exportSocial(source, chrome, preset);
        files[preset.id] = `${sample.template}-${preset.id}.webp`;
        await executeServerCommand('lnob-write-file', { path: `${FOLDER}/${files[preset.id]}`, base64: await webp(blob, SHARE_SCALE) });
      }
      const summary = chart.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();
      list.push({ template: sample.template, name: chart.getAttribute('title') ?? sample.template, alt: summary, files });
    });
  }
  after(async () => {
    const json = `${JSON.stringify(list, null, 2)}\n`;
    await executeServerCommand('lnob-write-file', { path: `${FOLDER}/pictures.json`, base64: btoa(unescape(encodeURIComponent(json))) });
  });
});
