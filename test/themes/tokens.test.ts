import { expect } from '@open-wc/testing';
import {
  AA_GRAPHICS,
  AA_TEXT,
  AAA_TEXT,
  BUILT_IN_THEMES,
  SDG_GOALS,
  chromeVariables,
  contrastRatio,
  darkTheme,
  defaultTheme,
  getTheme,
  parsePalette,
  registerTheme,
  resolveTheme,
  resolveTokens,
  sdgGoal,
  themeNames,
  themeToVega,
  tokensFromInput,
} from '../../themes/index.js';
import { THEME_SIGNALS } from '../../core/signals.js';

const STROKES = ['lnob_color_accent_stroke', 'lnob_color_highlight_stroke', 'lnob_color_deemphasis_stroke'] as const;

/** Every colour a theme uses for text, and every colour it fills marks with. */
function textColors(t: ReturnType<typeof resolveTheme>['tokens']) {
  return { colorText: t.colorText, colorMuted: t.colorMuted, colorAxis: t.colorAxis };
}

describe('themes: tokens → Vega config', () => {
  it('the values specs declare for the theme’s signals are exactly what the default theme gives', () => {
    expect(themeToVega(defaultTheme).signals).to.deep.equal(THEME_SIGNALS);
  });

  for (const name of BUILT_IN_THEMES) {
    describe(`theme "${name}"`, () => {
      const theme = resolveTheme(name);
      const vega = themeToVega(theme.tokens, theme.settings);

      it('gives config and signals from its tokens', () => {
        expect(vega.config.background).to.equal(theme.tokens.colorBackground);
        expect(vega.config.axis?.labelColor).to.equal(theme.tokens.colorAxis);
        expect((vega.config.text as { font: string }).font).to.equal(theme.tokens.fontFamily);
        expect(vega.config.range?.category).to.deep.equal(parsePalette(theme.tokens.palette));
        expect(vega.signals['lnob_color_accent']).to.equal(theme.tokens.colorAccent);
        expect(vega.signals['lnob_color_text']).to.equal(theme.tokens.colorText);
        expect(vega.key).to.equal(themeToVega(theme.tokens, theme.settings).key);
      });

      it(`has text colours that reach ${name === 'high-contrast' ? '7:1 (AAA)' : '4.5:1 (AA)'} on its background`, () => {
        const min = name === 'high-contrast' ? AAA_TEXT : AA_TEXT;
        for (const [key, color] of Object.entries(textColors(theme.tokens))) {
          expect(contrastRatio(color, theme.tokens.colorBackground), key).to.be.at.least(min);
        }
        for (const key of ['lnob_color_accent_text', 'lnob_color_highlight_text'] as const) {
          expect(contrastRatio(vega.signals[key], theme.tokens.colorBackground), key).to.be.at.least(min);
        }
      });

      it('has palette colours that reach text contrast with its background (so background-coloured labels on them read), and outlines that reach 3:1 for every mark colour', () => {
        const min = name === 'high-contrast' ? AAA_TEXT : AA_TEXT;
        for (const color of parsePalette(theme.tokens.palette)) {
          expect(contrastRatio(color, theme.tokens.colorBackground), color).to.be.at.least(min);
        }
        // Templates also draw the mark colours without an outline (lines, rules, waffle squares, map shapes).
        for (const key of ['colorAccent', 'colorHighlight', 'colorDeemphasis'] as const) {
          expect(contrastRatio(theme.tokens[key], theme.tokens.colorBackground), key).to.be.at.least(AA_GRAPHICS);
        }
        for (const key of STROKES) {
          expect(contrastRatio(vega.signals[key], theme.tokens.colorBackground), key).to.be.at.least(AA_GRAPHICS);
        }
      });
    });
  }

  it('draws thick marks in high-contrast, with outlines at 4.5:1', () => {
    const hc = resolveTheme('high-contrast');
    const vega = themeToVega(hc.tokens, hc.settings);
    expect(vega.signals['lnob_stroke_width']).to.equal(2);
    expect(vega.signals['lnob_line_width']).to.be.above(3);
    for (const key of STROKES) {
      expect(contrastRatio(vega.signals[key], '#ffffff'), key).to.be.at.least(4.5);
    }
  });

  it('auto is default or dark by the reader’s colour scheme', () => {
    expect(resolveTheme('auto', { prefersDark: false }).tokens).to.equal(defaultTheme);
    expect(resolveTheme('auto', { prefersDark: true }).tokens).to.equal(darkTheme);
    expect(resolveTheme('AUTO', { prefersDark: true }).name).to.equal('dark');
  });

  it('an unknown theme name falls back to default and says so in the console, once', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const theme = resolveTheme('no-such-theme');
      resolveTheme('No-Such-Theme');
      expect(theme.known).to.equal(false);
      expect(theme.tokens).to.equal(defaultTheme);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no theme called "no-such-theme"').and.contain('high-contrast');
  });

  it('the page’s tokens win over the theme’s, and a page font also sets the title when the theme uses one font', () => {
    const page: Record<string, string> = { '--lnob-color-accent': ' #7a1f5c ', '--lnob-font-family': 'Georgia, serif' };
    const tokens = resolveTokens(darkTheme, (name) => page[name] ?? '');
    expect(tokens.colorAccent).to.equal('#7a1f5c');
    expect(tokens.colorBackground).to.equal(darkTheme.colorBackground);
    expect(tokens.titleFontFamily).to.equal('Georgia, serif');
  });

  it('goal="N" makes the goal’s official colour the accent, with a readable text variant and an outline where needed', () => {
    expect(SDG_GOALS).to.have.length(17);
    expect(sdgGoal('3')?.label).to.equal('Goal 3: Good health and well-being');
    expect(sdgGoal(17)?.color).to.equal('#19486A');
    expect(sdgGoal('0')).to.equal(undefined);
    expect(sdgGoal('18')).to.equal(undefined);
    expect(sdgGoal('three')).to.equal(undefined);
    for (const name of ['default', 'sdg', 'dark', 'high-contrast']) {
      for (const goal of SDG_GOALS) {
        const theme = resolveTheme(name, { goal: goal.goal });
        expect(theme.tokens.colorAccent).to.equal(goal.color);
        const vega = themeToVega(theme.tokens, theme.settings);
        const bg = theme.tokens.colorBackground;
        expect(contrastRatio(vega.signals['lnob_color_accent_stroke'] as string, bg), `${name}, goal ${goal.goal} outline`).to.be.at.least(3);
        expect(contrastRatio(vega.signals['lnob_color_accent_text'] as string, bg), `${name}, goal ${goal.goal} text`).to.be.at.least(4.5);
      }
    }
  });

  it('keeps the official fill and only outlines the goals that need it', () => {
    const vega = (goal: number) => themeToVega(resolveTheme('sdg', { goal }).tokens).signals;
    expect(vega(7)['lnob_color_accent']).to.equal('#FCC30B');
    expect(vega(7)['lnob_color_accent_stroke']).to.not.equal('#FCC30B');
    expect(vega(16)['lnob_color_accent_stroke']).to.equal('#00689D');
  });

  it('registerTheme takes the CSS token names or camelCase keys; the rest comes from the base theme', () => {
    registerTheme('house-css', { '--lnob-color-accent': '#7a1f5c', '--lnob-font-family': 'Georgia, serif' });
    registerTheme('house-camel', { colorAccent: '#005a4e' }, { base: 'dark' });
    expect(getTheme('house-css').colorAccent).to.equal('#7a1f5c');
    expect(getTheme('house-css').fontFamily).to.equal('Georgia, serif');
    expect(getTheme('house-css').colorBackground).to.equal(defaultTheme.colorBackground);
    expect(getTheme('House-Camel').colorAccent).to.equal('#005a4e');
    expect(getTheme('house-camel').colorBackground).to.equal(darkTheme.colorBackground);
    expect(themeNames()).to.include.members(['default', 'sdg', 'dark', 'high-contrast', 'auto', 'house-css', 'house-camel']);
  });

  it('reports token names it does not know instead of guessing', () => {
    expect(tokensFromInput({ '--lnob-colour-accent': 'red', toString: 'x', colorText: '#000' })).to.deep.equal({
      tokens: { colorText: '#000' },
      unknown: ['--lnob-colour-accent', 'toString'],
    });
  });

  it('does not let a built-in theme be replaced', () => {
    registerTheme('dark', { colorAccent: '#ff0000' });
    expect(getTheme('dark').colorAccent).to.equal(darkTheme.colorAccent);
  });

  it('gives the chrome CSS variables that let the page’s tokens win', () => {
    const css = chromeVariables(darkTheme);
    expect(css).to.contain(`--_text: var(--lnob-color-text, ${darkTheme.colorText});`);
    expect(css).to.contain(`--_background: var(--lnob-color-background, ${darkTheme.colorBackground});`);
    expect(css).to.contain('--_title-font: var(--lnob-title-font-family, var(--_font));');
    // A value that could end the declaration is not copied into the CSS.
    expect(chromeVariables({ ...darkTheme, colorText: 'red; } :host { color: blue' })).to.not.contain('blue');
  });
});
