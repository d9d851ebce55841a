import { expect } from '@open-wc/testing';
import * as vegaLite from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import '../../index.js';
import { THEME_SIGNALS } from '../../core/signals.js';
import { compileSpec } from '../../render/compile.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import type { Options } from '../../templates/types.js';
import { darkTheme, highContrastTheme, parsePalette, sdgTheme, themeToVega, type ThemeTokens } from '../../themes/index.js';

/** Every colour a theme could write into a spec if it leaked into compiling. */
function themeColors(tokens: ThemeTokens): string[] {
  const signals = themeToVega(tokens).signals;
  const colors = new Set<string>([...parsePalette(tokens.palette), tokens.sequentialStart, tokens.sequentialEnd]);
  for (const value of Object.values(signals)) if (typeof value === 'string' && value.startsWith('#')) colors.add(value);
  return [...colors].map((c) => c.toLowerCase());
}

/** A compiled spec without the values it declares for the theme's signals: the default theme's, the same whatever theme draws it. */
function withoutDeclaredThemeValues(spec: VegaSpec): VegaSpec {
  return { ...spec, signals: spec.signals?.map((signal) => (signal.name in THEME_SIGNALS ? { name: signal.name } : signal)) };
}

describe('themes never reach a compiled spec', () => {
  it('every template compiles to a spec without any colour of the dark, sdg or high-contrast theme', () => {
    const colors = new Set([darkTheme, sdgTheme, highContrastTheme].flatMap(themeColors));
    expect(colors.size).to.be.above(20);
    for (const id of templateIds()) {
      const template = getTemplate(id)!;
      const options: Record<string, Options[string]> = {};
      for (const option of template.options) options[option.attribute] = option.default ?? null;
      for (const fixedHeight of [false, true]) {
        const json = JSON.stringify(withoutDeclaredThemeValues(compileSpec(vegaLite, template, options, { fixedHeight }).spec)).toLowerCase();
        const leaked = [...colors].filter((color) => json.includes(`"${color}"`));
        expect(leaked, `${id} (fixed height: ${fixedHeight})`).to.deep.equal([]);
      }
    }
  });
});
