import { expect } from '@open-wc/testing';
import { normaliseSvg } from './normalise.js';
import { problemsOf } from './cases.js';
import { KNOWN_FAILURES } from './known-failures.js';

/** The snapshot machinery itself: what it keeps, what it ignores, and that the text rules catch what they name. */
describe('visual snapshots: the rules', () => {
  it('keeps what a reader sees and leaves out accessibility, page-wide id counters and sub-pixel noise', () => {
    const drawn = (id: number, x: string, label: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><title>t</title><desc>${label}</desc>` +
      `<defs><clipPath id="clip${id}"><rect width="${x}" height="20"/></clipPath></defs>` +
      `<g clip-path="url(#clip${id})" role="graphics-symbol" aria-label="${label}"><path d="M${x},0L10.04,-0.01Z"/></g></svg>`;
    const first = normaliseSvg(drawn(3, '40.01', 'North: 70%'));
    expect(normaliseSvg(drawn(12, '39.99', 'Nord : 70 %'))).to.equal(first);
    expect(first).to.contain('<clipPath id="id1">').and.contain('clip-path="url(#id1)"').and.contain('d="M40,0L10,0Z"');
    expect(first).not.to.match(/aria-|role=|<title|<desc/);
    // A real change shows, one element per line.
    expect(normaliseSvg(drawn(3, '41', 'North: 70%'))).not.to.equal(first);
    expect(first.split('\n').length).to.be.greaterThan(5);
  });

  it('finds texts that overlap, texts cut by the edge and labels shortened alike', async () => {
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" font-family="sans-serif" font-size="12">${body}</svg>`;
    expect(await problemsOf('rules-clean', svg('<text x="10" y="20">North</text><text x="10" y="50">South</text>'))).to.deep.equal([]);
    expect((await problemsOf('rules-overlap', svg('<text x="10" y="20">North East</text><text x="30" y="24">North West</text>'))).map((p) => p.kind)).to.deep.equal(['overlap']);
    expect((await problemsOf('rules-clipped', svg('<text x="150" y="20">A long label past the edge</text>'))).map((p) => p.kind)).to.deep.equal(['clipped']);
    // Inside a nested drawing (the chart in its composed image), its own edge counts.
    expect((await problemsOf('rules-nested', svg('<svg x="0" y="30" width="60" height="40"><text x="20" y="20">Cut by the drawing</text></svg>'))).map((p) => p.kind)).to.deep.equal(['clipped']);
    expect((await problemsOf('rules-alike', svg('<text x="10" y="20">Groups of…</text><text x="10" y="60">Groups of…</text>'))).map((p) => p.kind)).to.deep.equal(['alike']);
  });

  it('names each known failure with the issue’s words', () => {
    for (const entry of KNOWN_FAILURES) expect(entry.issue).to.match(/^Issue 20/);
  });
});
