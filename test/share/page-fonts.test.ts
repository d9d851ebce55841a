import { expect } from '@open-wc/testing';
import '../../index.js';
import { exportSocial, layoutSocial, SOCIAL_PRESETS } from '../../components/lnob-chart/share-export.js';
import { cleanup, rendered, scaledBudget } from '../helpers.js';
import { shareInputs } from '../visual/cases.js';
import { SNAPSHOT_FONT, useSnapshotFont } from '../visual/font.js';

// Illustrative figures: the test looks at the letters, not the numbers.
const CHART = `<lnob-chart template="ranked-bar" eager title="Widening gaps between the wealthiest and the poorest" source="Illustrative data">
  <script type="text/csv">category,value
North West,70
South West,20</script></lnob-chart>`;

/**
 * The share image's title in the page's web font (issue 20: "exported images drop the title font"): an SVG drawn
 * as an image cannot reach the page's fonts, so the PNG used to fall back to the system's font. The test reads the
 * PNG's pixels: the title's first line is as wide as it is in the web font, not as in the fallback.
 */
describe('share images in the page’s web fonts', () => {
  before(useSnapshotFont);
  afterEach(cleanup);

  it('draws the title in the title font the page loaded', async function () {
    this.timeout(scaledBudget(30_000));
    const { chart } = await rendered(CHART, 800);
    const { source, chrome } = shareInputs(chart);
    const preset = SOCIAL_PRESETS.find((candidate) => candidate.id === 'square')!;
    const laid = await layoutSocial(source, chrome, preset);
    const title = new DOMParser().parseFromString(laid.svg, 'image/svg+xml').querySelector('text[font-weight="bold"] tspan')!;
    const [x, y, size] = [Number(title.getAttribute('x')), Number(title.getAttribute('y')), Number(title.parentElement!.getAttribute('font-size'))];

    const measure = document.createElement('canvas').getContext('2d')!;
    const widthIn = (family: string) => ((measure.font = `bold ${size}px ${family}`), measure.measureText(title.textContent!).width * laid.scale);
    const inWebFont = widthIn(SNAPSHOT_FONT);
    const inFallback = widthIn('serif');
    expect(Math.abs(inWebFont - inFallback) / inWebFont, 'the two fonts are told apart by width').to.be.above(0.05);

    const { blob } = await exportSocial(source, chrome, preset);
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    // The ink of the title's first line: the rightmost dark pixel in its band.
    const top = Math.round((y - size) * laid.scale);
    const band = context.getImageData(0, top, bitmap.width, Math.round(size * 1.2 * laid.scale));
    let right = 0;
    for (let row = 0; row < band.height; row++) {
      for (let column = 0; column < band.width; column++) {
        const at = (row * band.width + column) * 4;
        if (band.data[at]! + band.data[at + 1]! + band.data[at + 2]! < 300) right = Math.max(right, column);
      }
    }
    const ink = right - x * laid.scale;
    expect(ink, `title ink ${ink.toFixed(0)} px; web font ${inWebFont.toFixed(0)}, fallback ${inFallback.toFixed(0)}`).to.be.closeTo(inWebFont, inWebFont * 0.03);
  });
});
