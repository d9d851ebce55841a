/**
 * The builder in the campaigner's language — kinds of chart, columns, options and their values, themes — and the
 * organisation's look: logo and fonts reach the preview and the code.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { scaledBudget } from '../time-budget.js';
import { change, cleanupBuilders, control, desktopPreview, firstDrawing, mountBuilder, root } from './helpers.js';

const CLIPBOARD = ['Region\tLiving in poverty (%)', 'North West\t70%', 'North East\t69%', 'South West\t49.8%'].join('\n');

describe('the builder’s words and look', function () {
  this.timeout(scaledBudget(60_000));
  afterEach(cleanupBuilders);

  async function inLanguage(lang: string) {
    const builder = await mountBuilder(lang);
    await builder.wordsReady;
    await builder.updateComplete;
    root(builder).querySelector('textarea')!.value = CLIPBOARD;
    root(builder).querySelector<HTMLButtonElement>('#use-data')!.click();
    await waitUntil(() => desktopPreview(builder), 'no preview', { timeout: scaledBudget(20_000) });
    await firstDrawing(desktopPreview(builder));
    return builder;
  }

  const labelOf = (builder: HTMLElement, id: string) => root(builder as never).querySelector(`label[for="${id}"]`)!.textContent!.trim();

  it('in French: the kind of chart, the columns, the options and their values, the themes', async () => {
    const builder = await inLanguage('fr');
    expect(labelOf(builder, 'template-ranked-bar')).to.equal('Barres classées');
    expect(labelOf(builder, 'role-category')).to.equal('Catégorie : le nom de chaque barre');
    expect(labelOf(builder, 'option-sort')).to.equal('Ordre');
    expect(labelOf(builder, 'option-reference')).to.equal('Valeur de référence');
    // The attribute the code writes is still named, in the hint.
    expect(root(builder).querySelector('#option-sort-hint code')!.textContent).to.equal('sort');
    const sort = root(builder).querySelector<HTMLSelectElement>('#option-sort')!;
    expect([...sort.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'Le plus grand d’abord (par défaut)',
      'Le plus grand d’abord',
      'Le plus petit d’abord',
      'Comme dans vos données',
    ]);
    expect([...sort.options].map((option) => option.value)).to.deep.equal(['', 'descending', 'ascending', 'none']);
    const themes = root(builder).querySelector<HTMLSelectElement>('#look-theme')!;
    expect([...themes.options].map((option) => option.textContent!.trim())).to.include.members(['Sombre', 'Contraste élevé']);
  });

  it('in Arabic and English: no kind of chart or column left unnamed, and nothing in another language’s words', async () => {
    for (const lang of ['ar', 'en']) {
      const builder = await inLanguage(lang);
      const templates = [...root(builder).querySelectorAll('.template-choice label')].map((label) => label.textContent!.trim());
      expect(templates.length).to.be.greaterThan(1);
      for (const name of templates) expect(name, `${lang}: ${name}`).not.to.match(/^[a-z-]+$/); // never a bare template id
      if (lang === 'ar') for (const name of templates) expect(name, name).to.match(/[\u0600-\u06FF]/);
      cleanupBuilders();
    }
  });

  it('the logo and the fonts reach the preview and the code; an address that could run a script is refused', async () => {
    const builder = await inLanguage('en');
    await change(builder, control(builder, 'Logo address (https://… or /…)'), '/test/fixtures/images/logo.svg');
    await change(builder, control(builder, 'Name of the organisation (read out for the logo)'), 'Our "Coalition" <b>');
    await change(builder, control(builder, 'Font of the text (as your site names it, e.g. Lato, Arial)'), 'Lato, Arial');
    await change(builder, control(builder, 'Font of the title'), "'Noto Serif'");
    const chart = desktopPreview(builder);
    const logo = chart.querySelector<HTMLImageElement>(':scope > img[slot="logo"]')!;
    expect(logo.getAttribute('src')).to.equal('/test/fixtures/images/logo.svg');
    expect(logo.alt).to.equal('Our "Coalition" <b>');
    expect(getComputedStyle(chart).getPropertyValue('--lnob-font-family').trim()).to.equal('Lato, Arial');

    const code = await builder.makeSnippet();
    expect(code).to.contain('<img slot="logo" src="/test/fixtures/images/logo.svg" alt="Our &quot;Coalition&quot; &lt;b&gt;">');
    expect(code).to.match(/--lnob-font-family: Lato, Arial;/);
    expect(code).to.match(/--lnob-title-font-family: 'Noto Serif';/);

    await change(builder, control(builder, 'Logo address (https://… or /…)'), 'javascript:alert(1)');
    expect(desktopPreview(builder).querySelector('img[slot="logo"]') !== null).to.equal(false);
    expect(await builder.makeSnippet()).not.to.contain('slot="logo"');
  });
});
