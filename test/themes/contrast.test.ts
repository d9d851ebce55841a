import { expect } from '@open-wc/testing';
import { contrastRatio, ensureContrast, isLight, parseColor, relativeLuminance } from '../../themes/contrast.js';

describe('themes/contrast', () => {
  it('parses hex, rgb(), hsl() and names; gives undefined for what it cannot read', () => {
    expect(parseColor('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, alpha: 1 });
    expect(parseColor('#4C9F38')).to.deep.equal({ r: 76, g: 159, b: 56, alpha: 1 });
    expect(parseColor('rgb(255, 0, 0)')).to.deep.equal({ r: 255, g: 0, b: 0, alpha: 1 });
    expect(parseColor('rgb(0 0 255 / 50%)')).to.deep.equal({ r: 0, g: 0, b: 255, alpha: 0.5 });
    const green = parseColor('hsl(120, 100%, 25%)')!;
    expect([green.r, green.g, green.b].map(Math.round)).to.deep.equal([0, 128, 0]);
    expect(parseColor('white')).to.deep.equal({ r: 255, g: 255, b: 255, alpha: 1 });
    expect(parseColor('oklch(70% 0.1 200)')).to.equal(undefined);
    expect(parseColor('var(--x)')).to.equal(undefined);
  });

  it('computes WCAG relative luminance and contrast ratios', () => {
    expect(relativeLuminance(parseColor('#000')!)).to.equal(0);
    expect(relativeLuminance(parseColor('#fff')!)).to.equal(1);
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // Known values: #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')!).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#4C9F38', '#ffffff')!).to.be.closeTo(3.32, 0.01);
    expect(contrastRatio('nonsense', '#fff')).to.equal(undefined);
  });

  it('tells light from dark backgrounds', () => {
    expect(isLight('#ffffff')).to.equal(true);
    expect(isLight('#0d1117')).to.equal(false);
  });

  it('keeps a colour that already reaches the ratio, and darkens (or lightens) one that does not, just enough', () => {
    expect(ensureContrast('#0072b2', '#ffffff', 3)).to.equal('#0072b2');
    for (const [color, background, ratio] of [
      ['#FCC30B', '#ffffff', 3],
      ['#DDA63A', '#ffffff', 4.5],
      ['#4C9F38', '#ffffff', 7],
      ['#19486A', '#0d1117', 3],
      ['#A21942', '#0d1117', 4.5],
      ['#ffffff', '#ffffff', 4.5],
    ] as const) {
      const adjusted = ensureContrast(color, background, ratio);
      expect(contrastRatio(adjusted, background), `${color} on ${background}`).to.be.at.least(ratio);
      // Just enough: a little less change would not do.
      expect(contrastRatio(adjusted, background)!, `${color} on ${background}`).to.be.below(ratio + 0.25);
    }
    // On dark backgrounds the variant is lighter, on light ones darker.
    expect(relativeLuminance(parseColor(ensureContrast('#19486A', '#0d1117', 3))!)).to.be.above(relativeLuminance(parseColor('#19486A')!));
    expect(relativeLuminance(parseColor(ensureContrast('#FCC30B', '#ffffff', 3))!)).to.be.below(relativeLuminance(parseColor('#FCC30B')!));
  });

  it('leaves colours it cannot read unchanged', () => {
    expect(ensureContrast('oklch(70% 0.1 200)', '#fff', 3)).to.equal('oklch(70% 0.1 200)');
  });
});
