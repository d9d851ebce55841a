/**
 * `.data` that is not plain JSON-like data (issue 18): a BigInt, a cycle, a
 * hole in the list, a getter or a Proxy that throws. Each ends in a `bad-data`
 * error naming the row (and the column when there is one) — never `internal`,
 * which would blame the kit.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { cleanup, mountWithData, type Outcome } from '../helpers.js';

const outcomeFor = (data: unknown): Promise<Outcome> => mountWithData({ eager: '' }, data).outcome;

function cyclic(): object {
  const nested: Record<string, unknown> = { a: 1 };
  nested['self'] = nested;
  return nested;
}

const CASES: { name: string; data: () => unknown; mentions: string[] }[] = [
  { name: 'a BigInt', data: () => [{ category: 'A', value: 1 }, { category: 'B', value: 2n }], mentions: ['Row 2', '"value"', 'BigInt'] },
  { name: 'a cycle', data: () => [{ category: 'A', value: 1 }, { category: 'B', value: 2 }, { category: 'C', value: cyclic() }], mentions: ['Row 3', '"value"', 'itself'] },
  { name: 'a sparse array', data: () => [{ category: 'A', value: 1 }, , { category: 'C', value: 3 }], mentions: ['Row 2', 'missing'] },
  {
    name: 'a throwing getter',
    data: () => [
      { category: 'A', value: 1 },
      {
        category: 'B',
        get value(): number {
          throw new Error('boom');
        },
      },
    ],
    mentions: ['Row 2', 'could not be read'],
  },
  {
    name: 'a Proxy whose traps throw',
    data: () => [
      new Proxy({}, {
        ownKeys() {
          throw new Error('trap');
        },
      }),
    ],
    mentions: ['Row 1', 'could not be read'],
  },
  {
    name: 'a revoked Proxy as the list',
    data: () => {
      const { proxy, revoke } = Proxy.revocable([{ category: 'A', value: 1 }], {});
      revoke();
      return proxy;
    },
    mentions: ['could not be read'],
  },
];

describe('.data that is not plain data', () => {
  afterEach(cleanup);

  for (const { name, data, mentions } of CASES) {
    it(`${name} gives bad-data naming what is wrong and where`, async () => {
      const outcome = await outcomeFor(data());
      expect(outcome.type).to.equal('lnob-error');
      const detail = outcome.detail as { code: string; message: string };
      expect(detail.code, detail.message).to.equal('bad-data');
      for (const word of mentions) expect(detail.message).to.contain(word);
      expect(detail.message).not.to.contain('bug in lnob-charts');
    });
  }

  it('a working Proxy is plain data', async () => {
    const outcome = await outcomeFor(new Proxy([{ category: 'A', value: 1 }, new Proxy({ category: 'B', value: 2 }, {})], {}));
    expect(outcome.type).to.equal('lnob-render');
  });
});
