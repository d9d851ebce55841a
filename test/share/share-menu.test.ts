import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../index.js';
import type { LnobChart } from '../../index.js';
import { parseText } from '../../data/parse.js';
import { bars, cleanup, holdDrawings, mount, rendered, scaledBudget } from '../helpers.js';
import { pasteIntoBlankPage } from '../stories/harness.js';
import { scriptTag, vegaPreloadTag } from '../../components/shared/embed-code.js';

const CSV = `category,value
North West,70
North East,69
South West,49.8
São Tomé,12.5`;

const chartMarkup = (extra = '') =>
  `<lnob-chart eager title="Poverty is highest in the North — São Paulo" source="NBS" credit="LNOB" ${extra}><script type="text/csv">
${CSV}
</script></lnob-chart>`;

interface Captured {
  readonly name: string;
  readonly blob: Blob;
}

/** Catches the next download (the temporary `<a download>` the menu clicks). */
function nextDownload(): Promise<Captured> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve, reject) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = original;
      if (!this.download) return reject(new Error('not a download'));
      fetch(this.href)
        .then((r) => r.blob())
        .then((blob) => resolve({ name: this.download, blob }), reject);
    };
  });
}

type Menu = { run(action: string): Promise<void> };
const menuOf = (chart: LnobChart) => (chart as unknown as { shareMenu: Menu }).shareMenu;
const shadow = (chart: LnobChart) => chart.shadowRoot!;

/** Width and height of a PNG from its IHDR chunk, after checking its signature. */
async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bytes = new DataView(await blob.arrayBuffer());
  expect([...new Uint8Array(bytes.buffer, 0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: bytes.getUint32(16), height: bytes.getUint32(20) };
}

describe('share menu', () => {
  afterEach(cleanup);

  it('is a menu button operable with the keyboard', async () => {
    const { chart } = await rendered(chartMarkup());
    await chart.updateComplete;
    const button = shadow(chart).querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    const menu = shadow(chart).querySelector<HTMLElement>('[role="menu"]')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await chart.updateComplete;
    await chart.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.equal(false);
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items.map((i) => i.dataset['action'])).to.deep.equal(['png', 'svg', 'csv', 'square', 'portrait', 'landscape', 'embed', 'listen']);
    expect(shadow(chart).activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(chart).activeElement).to.equal(items[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(chart).activeElement).to.equal(items[items.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(shadow(chart).activeElement).to.equal(items[0]);
    await sendKeys({ press: 'Escape' });
    await chart.updateComplete;
    await chart.updateComplete;
    expect(menu.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(chart).activeElement).to.equal(button);
  });

  it('menu="none" hides it, not the table button (API.md)', async () => {
    const { chart } = await rendered(chartMarkup('menu="none"'));
    await chart.updateComplete;
    expect(shadow(chart).querySelector('[part="menu-button"]')).to.equal(null);
    expect(shadow(chart).querySelector('[part="table-toggle"]')).to.not.equal(null);
  });

  it('prints the chart with its title and source, without the menu, even a chart never scrolled into view', async () => {
    // Far below the fold and not eager: only the print event can make it draw.
    const { chart, outcome } = mount(`<div style="height: 5000px"></div>${chartMarkup().replace('<lnob-chart eager', '<lnob-chart')}`);
    window.dispatchEvent(new Event('beforeprint'));
    expect((await outcome).type).to.equal('lnob-render');
    await chart.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(chart).querySelector('.lnob-share')!).display).to.equal('none');
      expect(getComputedStyle(shadow(chart).querySelector('[part="title"]')!).display).to.not.equal('none');
      expect(getComputedStyle(shadow(chart).querySelector('[part="source"]')!).display).to.not.equal('none');
      expect(shadow(chart).querySelectorAll('svg g.mark-rect path').length).to.equal(4);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('SVG: a valid SVG file named from the title, with the title, source and the drawing', async () => {
    const { chart } = await rendered(chartMarkup());
    const file = nextDownload();
    await menuOf(chart).run('svg');
    const { name, blob } = await file;
    expect(name).to.equal('poverty-is-highest-in-the-north-sao-paulo.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ');
    expect(text).to.contain('Poverty is highest in the North');
    expect(text).to.contain('Source: NBS');
    expect(doc.querySelectorAll('g.mark-rect path').length).to.equal(4);
    expect(doc.querySelectorAll('[style]').length, 'no inline styles (strict CSP)').to.equal(0);
  });

  it('PNG: a PNG at twice the size of the composed chart', async () => {
    const { chart, view } = await rendered(chartMarkup());
    const { exportSvg } = await import('../../components/lnob-chart/share-export.js');
    const menu = menuOf(chart) as Menu & { chrome(): never; source: never };
    const composed = await exportSvg(menu.source, menu.chrome(), view);
    const file = nextDownload();
    await menu.run('png');
    const { name, blob } = await file;
    expect(name).to.match(/\.png$/);
    expect(blob.type).to.equal('image/png');
    expect(await pngSize(blob)).to.deep.equal({ width: composed.width * 2, height: composed.height * 2 });
  });

  it('a chart drawn on canvas exports as SVG and PNG too', async () => {
    const { chart } = await rendered(chartMarkup('renderer="canvas"'));
    let file = nextDownload();
    await menuOf(chart).run('svg');
    const doc = new DOMParser().parseFromString(await (await file).blob.text(), 'image/svg+xml');
    expect(doc.querySelectorAll('g.mark-rect path').length).to.equal(4);
    file = nextDownload();
    await menuOf(chart).run('png');
    expect((await pngSize((await file).blob)).width).to.be.greaterThan(600);
  });

  for (const [preset, width, height] of [
    ['square', 1080, 1080],
    ['portrait', 1080, 1350],
    ['landscape', 1200, 675],
  ] as const) {
    it(`social ${preset}: a ${width}×${height} PNG`, async () => {
      const { chart } = await rendered(chartMarkup());
      const file = nextDownload();
      await menuOf(chart).run(preset);
      const { name, blob } = await file;
      expect(name).to.equal(`poverty-is-highest-in-the-north-sao-paulo-${preset}-${width}x${height}.png`);
      expect(await pngSize(blob)).to.deep.equal({ width, height });
    });
  }

  it('a social image re-lays-out the chart at the preset size (not a stretched copy)', async () => {
    const { chart, view } = await rendered(chartMarkup(), 800);
    const { layoutSocial, SOCIAL_PRESETS } = await import('../../components/lnob-chart/share-export.js');
    const menu = menuOf(chart) as Menu & { chrome(): never; source: never };
    const onPage = (view.scale('x') as unknown as { range(): number[] }).range();
    const portrait = await layoutSocial(menu.source, menu.chrome(), SOCIAL_PRESETS[1]!);
    const landscape = await layoutSocial(menu.source, menu.chrome(), SOCIAL_PRESETS[2]!);
    expect(portrait.chart.xRange).to.not.deep.equal(onPage);
    // The drawing fills the post: the image is laid out at the preset's shape (its shorter side 360 to 432 px).
    expect(portrait.height / portrait.width).to.be.closeTo(1350 / 1080, 0.01);
    expect(landscape.height / landscape.width).to.be.closeTo(675 / 1200, 0.01);
    // The wide image sets its words beside the drawing, which keeps the image's height.
    expect(landscape.chart.height).to.be.at.least(0.8 * landscape.height);
    expect(new DOMParser().parseFromString(portrait.svg, 'image/svg+xml').querySelectorAll('g.mark-rect path').length).to.equal(4);
  });

  it('a social image writes its title in the title font (--lnob-title-font-family), the rest in the body font', async () => {
    const { chart } = await rendered(`<div style="--lnob-title-font-family: Georgia, serif; --lnob-font-family: Verdana, sans-serif">${chartMarkup()}</div>`);
    const { layoutSocial, SOCIAL_PRESETS } = await import('../../components/lnob-chart/share-export.js');
    const menu = menuOf(chart) as Menu & { chrome(): never; source: never };
    const laid = await layoutSocial(menu.source, menu.chrome(), SOCIAL_PRESETS[0]!);
    const image = new DOMParser().parseFromString(laid.svg, 'image/svg+xml').documentElement;
    const title = [...image.querySelectorAll(':scope > text')].find((text) => text.textContent?.startsWith('Poverty is highest'))!;
    expect(title.getAttribute('font-family')).to.contain('Georgia');
    expect(image.getAttribute('font-family')).to.contain('Verdana');
  });

  it('social images, PNGs and SVG files carry the organisation logo (slot="logo") under the text', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40;
    const paint = canvas.getContext('2d')!;
    paint.fillStyle = 'rgb(255, 0, 0)';
    paint.fillRect(0, 0, 40, 40);
    const logo = `<img slot="logo" alt="Our logo" src="${canvas.toDataURL('image/png')}">`;
    const { chart } = await rendered(chartMarkup().replace('</lnob-chart>', `${logo}</lnob-chart>`));
    await chart.querySelector('img')!.decode();
    const { exportSocial, layoutSocial, SOCIAL_PRESETS } = await import('../../components/lnob-chart/share-export.js');
    const menu = menuOf(chart) as Menu & { chrome(): never; source: never };
    const square = SOCIAL_PRESETS[0]!;
    const laid = await layoutSocial(menu.source, menu.chrome(), square);
    const { blob } = await exportSocial(menu.source, menu.chrome(), square);
    const bitmap = await createImageBitmap(blob);
    const out = document.createElement('canvas');
    out.width = bitmap.width;
    out.height = bitmap.height;
    const context = out.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    // The logo is 28 px high at the end of the last line, drawn at 2×: its centre is red.
    const x = Math.round((laid.width - 16 - 14) * laid.scale);
    const y = Math.round((laid.height - 38 + 14) * laid.scale);
    expect([...context.getImageData(x, y, 1, 1).data]).to.deep.equal([255, 0, 0, 255]);
    // The SVG file has the logo too, as an embedded image (a data URL: the file stands alone), in the room kept for it.
    const file = nextDownload();
    await menu.run('svg');
    const svg = new DOMParser().parseFromString(await (await file).blob.text(), 'image/svg+xml').documentElement;
    const withoutLogo = await import('../../components/lnob-chart/share-export.js').then((m) => m.exportSvg(menu.source, { ...(menu.chrome() as object), logo: undefined } as never, chart.view!));
    expect(Number(svg.getAttribute('height'))).to.equal(withoutLogo.height + 38);
    const image = svg.querySelector(':scope > image')!;
    expect(image.getAttribute('href')).to.match(/^data:image\/png;base64,/);
    expect(Number(image.getAttribute('height'))).to.equal(28);
  });

  it('shows with the text before the drawing, and an item chosen before the drawing is done waits for it', async () => {
    const drawings = holdDrawings();
    try {
      const { chart, outcome } = mount(chartMarkup());
      await waitUntil(() => shadow(chart).querySelector('[part="menu-button"]'), 'the menu never showed', { timeout: 10000 });
      expect(shadow(chart).querySelector('svg')).to.equal(null); // not drawn yet
      const file = nextDownload();
      const chosen = menuOf(chart).run('svg');
      drawings.release();
      expect((await outcome).type).to.equal('lnob-render');
      await chosen;
      const { name, blob } = await file;
      expect(name).to.match(/\.svg$/);
      expect(await blob.text()).to.contain('<path');
    } finally {
      drawings.restore();
    }
  });

  it('CSV: the data shown, with the original column names, parses back to the same table', async () => {
    const { chart } = await rendered(`<lnob-chart eager title="Q, &quot;quoted&quot;" category-column="Region, name" value-column="rate"><script type="text/csv">
"Region, name",rate
"North ""West""",70%
"South, East",1234.5
</script></lnob-chart>`);
    const file = nextDownload();
    await menuOf(chart).run('csv');
    const { name, blob } = await file;
    expect(name).to.equal('q-quoted.csv');
    expect(blob.type).to.match(/^text\/csv/);
    const table = parseText(await blob.text(), 'csv', 'the CSV download');
    expect(table.columns).to.deep.equal(['Region, name', 'rate']);
    expect(table.rows).to.deep.equal([
      ['North "West"', '70'],
      ['South, East', '1234.5'],
    ]);
  });

  it('file names: accents dropped, other scripts kept, a fallback without a title', async () => {
    const { fileName } = await import('../../components/lnob-chart/share-export.js');
    expect(fileName('Éducation — 2030 : où en est-on ?', 'chart', 'png')).to.equal('education-2030-ou-en-est-on.png');
    expect(fileName('الفقر في الشمال', 'chart', 'svg')).to.equal('الفقر-في-الشمال.svg');
    expect(fileName('', 'chart', 'csv')).to.equal('chart.csv');
    expect(fileName('***', 'graphique', 'csv')).to.equal('graphique.csv');
  });

  it('copy embed code: copies the markup, says "Copied", and the code draws the same chart on a blank page', async function () {
    this.timeout(scaledBudget(30_000));
    const { chart } = await rendered(chartMarkup('highlight="North East"'));
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      await menuOf(chart).run('embed');
    } finally {
      clipboard.writeText = original;
    }
    await chart.updateComplete;
    // The script line first (here the source runs, not the built file, so the kit's address is the CDN's), Vega's
    // preload line, then the chart with its data as a table: a partner's page without the kit still shows the numbers.
    expect(copied.split('\n')[0]).to.equal(scriptTag('0.0.0'));
    expect(copied.split('\n')[1]).to.equal(vegaPreloadTag('0.0.0'));
    expect(copied.split('\n')[2]).to.match(/^<lnob-chart/);
    expect(copied).to.contain('title="Poverty is highest in the North — São Paulo"');
    expect(copied).to.contain('highlight="North East"');
    expect(copied).to.contain('<tr><td>São Tomé</td><td>12.5</td></tr>');
    expect(shadow(chart).querySelector('[role="status"]')!.textContent).to.equal('Copied');

    // A blank page that loads only the built bundle (npm test builds it; by hand: npx vite build).
    const { frame, chart: copy, outcome } = await pasteIntoBlankPage(copied, `${location.origin}/dist/lnob-charts.js`);
    try {
      expect(outcome, copied).to.deep.equal({ type: 'lnob-render' });
      expect(bars(copy as LnobChart).length).to.equal(bars(chart).length);
      expect(bars(copy as LnobChart).length).to.equal(4);
    } finally {
      frame.remove();
    }
  });

  it('embed code keeps the language the chart inherited from its page', async () => {
    const { chart } = await rendered(`<div lang="fr">${chartMarkup()}</div>`);
    const { embedCode } = await import('../../components/lnob-chart/share-export.js');
    const menu = menuOf(chart) as Menu & { chrome(): never; source: never };
    const code = embedCode(menu.source, [...chart.attributes].map(({ name, value }) => ({ name, value })), menu.chrome());
    expect(code).to.contain('lang="fr"');
    expect(code).to.contain('decimal="."');
  });

  it('copy embed code without a clipboard: shows the code selected in a dialog', async () => {
    const { chart } = await rendered(chartMarkup());
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      await menuOf(chart).run('embed');
    } finally {
      clipboard.writeText = original;
    }
    const dialog = shadow(chart).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const area = dialog.querySelector('textarea')!;
    expect(area.value).to.match(/^<script type="module" src="[^"]+\/lnob-charts\.js"><\/script>\n<link rel="modulepreload" href="[^"]+\/chunks\/vega\.js">\n<lnob-chart/);
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    dialog.querySelector('button')!.click();
    await chart.updateComplete;
    expect(shadow(chart).querySelector('dialog')).to.equal(null);
  });
});

describe('share menu in a right-to-left chart', () => {
  afterEach(cleanup);
  it('an Arabic chart’s SVG starts its title and source at the right edge', async () => {
    const { chart } = await rendered(`<lnob-chart eager lang="ar" title="الفقر" source="الأمم المتحدة"><script type="text/csv">
category,value
الشمال,70
الجنوب,40
</script></lnob-chart>`);
    await chart.updateComplete;
    const file = nextDownload();
    await menuOf(chart).run('svg');
    const { name, blob } = await file;
    expect(name).to.equal('الفقر.svg');
    // Drawn in the page: each line ends at the right edge (16 px in), in its own direction, not cut by the edge.
    const holder = document.createElement('div');
    holder.style.cssText = 'position: absolute; left: 0; top: 0;';
    holder.innerHTML = await blob.text();
    document.body.append(holder);
    try {
      const svg = holder.querySelector('svg')!;
      const edge = svg.getBoundingClientRect().right;
      const line = (text: string) => [...svg.querySelectorAll('tspan')].find((t) => t.textContent === text)!;
      for (const text of [line('الفقر'), line('المصدر: الأمم المتحدة')]) {
        expect(text.getAttribute('direction')).to.equal('rtl');
        expect(text.getBoundingClientRect().right).to.be.closeTo(edge - 16, 1.5);
      }
    } finally {
      holder.remove();
    }
  });
});
