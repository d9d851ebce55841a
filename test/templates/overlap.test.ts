import { expect } from '@open-wc/testing';
import { overlappingTexts } from './overlap.js';

function svg(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" style="font: 12px sans-serif">${markup}</svg>`;
  document.body.append(host);
  return host.querySelector('svg')!;
}

describe('overlappingTexts', () => {
  afterEach(() => document.querySelectorAll('svg').forEach((s) => s.parentElement!.remove()));

  it('finds two labels drawn on top of each other', () => {
    expect(overlappingTexts(svg('<text x="10" y="20">North East</text><text x="30" y="24">North West</text>'))).to.deep.equal([
      ['North East', 'North West'],
    ]);
  });

  it('accepts labels side by side or one above the other', () => {
    expect(overlappingTexts(svg('<text x="10" y="20">North</text><text x="150" y="20">South</text><text x="10" y="40">East</text>'))).to.deep.equal([]);
  });

  it('ignores labels Vega hid with opacity 0 and empty text', () => {
    expect(overlappingTexts(svg('<text x="10" y="20">2010</text><text x="12" y="20" opacity="0">2011</text><text x="10" y="20"></text>'))).to.deep.equal([]);
  });
});
