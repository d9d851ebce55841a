import { expect } from '@open-wc/testing';
import * as vegaLite from 'vega-lite';
import '../../index.js';
import { compileSpec } from '../../render/compile.js';
import { getTemplate, templateIds } from '../../templates/index.js';
import { COLOR_SIGNALS } from '../../templates/spec-helpers.js';
import type { Options } from '../../templates/types.js';
import { darkTheme, highContrastTheme, parsePalette, sdgTheme, themeToVega, type ThemeTokens } from '../../themes/index.js';

/** Every colour a theme could write into a spec if it leaked into compiling. */
function themeColors(tokens: ThemeTokens): string[] {
  const signals = themeToVega(tokens).signals;
  const colors = new Set<string>([...parsePalette(tokens.palette), tokens.sequentialStart, tokens.sequentialEnd]);
  for (const value of Object.values(signals)) if (typeof value === 'string' && value.startsWith('#')) colors.add(value);
  return [...colors].map((c) => c.toLowerCase());
}

describe('themes never reach a compiled spec', () => {
  it('every template compiles to a spec without any colour of the dark, sdg or high-contrast theme', () => {
    // The neutral defaults the shared params declare (e.g. a white background) are the same whatever the theme.
    const neutral = new Set(Object.values(COLOR_SIGNALS).map((c) => c.toLowerCase()));
    const colors = new Set([darkTheme, sdgTheme, highContrastTheme].flatMap(themeColors).filter((c) => !neutral.has(c)));
    expect(colors.size).to.be.above(20);
    for (const id of templateIds()) {
      const template = getTemplate(id)!;
      const options: Record<string, Options[string]> = {};
      for (const option of template.options) options[option.attribute] = option.default ?? null;
      for (const fixedHeight of [false, true]) {
        const json = JSON.stringify(compileSpec(vegaLite, template, options, { fixedHeight }).spec).toLowerCase();
        const leaked = [...colors].filter((color) => json.includes(`"${color}"`));
        expect(leaked, `${id} (fixed height: ${fixedHeight})`).to.deep.equal([]);
      }
    }
  });
});
