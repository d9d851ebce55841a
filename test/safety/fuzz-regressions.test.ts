/**
 * Inputs the fuzzer once broke the kit with (or nearly did), kept as fixed
 * cases so they stay fixed. Each runs through every registered template.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { templateIds } from '../../templates/index.js';
import { cleanup, mount, nextOutcome, scaledBudget } from '../helpers.js';
import type { FuzzInput } from './fuzz-inputs.js';
import { checkOutcome, feed, warmUp, watchConsoleErrors, withTimeout } from './fuzz-harness.js';

const fails = () => {
  throw new Error('a getter that fails');
};
const sparse = [{ category: 'A', value: 1 }, { category: 'B', value: 2 }];
delete sparse[0];
const cyclic: Record<string, unknown> = { category: 'A', value: 1 };
cyclic['self'] = cyclic;

/** `expect`: the outcome for ranked-bar; `expectFor`: for other templates, by id. */
const CASES: { name: string; input: FuzzInput; expect?: string; expectFor?: Record<string, string> }[] = [
  // Found by the fuzzer (seed 20261125): an Invalid Date in .data threw a RangeError → `internal`. Fixed in data/table.ts.
  { name: 'an Invalid Date in .data', input: { kind: 'data', data: [{ category: 'A', value: new Date(Number.NaN) }, { category: 'B', value: 2 }] }, expect: 'rendered' },
  { name: 'an Invalid Date as the only cell', input: { kind: 'data', data: [{ '': new Date(Number.NaN) }] } },
  // Shapes close to the edge of the parsers.
  { name: 'a header and nothing else', input: { kind: 'csv', text: ' c' }, expect: 'empty-data' },
  { name: 'a BOM only', input: { kind: 'csv', text: '\ufeff' }, expect: 'empty-data' },
  { name: 'an unclosed quote', input: { kind: 'csv', text: 'category,value\n"North,70\nSouth,60' } },
  { name: 'NaN and Infinity as numbers', input: { kind: 'data', data: [{ category: 'A', value: Number.NaN }, { category: 'B', value: Infinity }] }, expect: 'wrong-type' },
  { name: 'a number too large for a double', input: { kind: 'csv', text: `category,value\nA,${'9'.repeat(400)}` }, expect: 'wrong-type' },
  { name: 'the largest doubles', input: { kind: 'csv', text: 'category,value\nA,1.7976931348623157e308\nB,-1.7976931348623157e308' }, expect: 'wrong-type' },
  { name: 'large but drawable numbers', input: { kind: 'csv', text: 'category,value\nA,1e300\nB,-1e300\nC,2.5e16' }, expect: 'rendered' },
  { name: 'a denormal', input: { kind: 'csv', text: 'category,value\nA,5e-324\nB,0' }, expect: 'wrong-type' },
  // Found by the fuzzer (seed 11): a denormal beside zeros made Vega's axis ticks overflow ("Invalid array length", logged,
  // the chart drawn broken). Numbers beyond 1e300 or below 1e-300 in size are now a wrong-type error (data/numbers.ts).
  {
    name: 'a negative denormal beside zeros',
    input: { kind: 'csv', text: 'category,group,value\nSouth,Rural,0\nUrban,South,0\nPER,Rural,-8.4e-323\nNorth,Urban,0' },
    expect: 'wrong-type',
  },
  { name: 'a denormal in .data', input: { kind: 'data', data: [{ category: 'A', group: 'B', value: -8.4e-323 }, { category: 'B', group: 'A', value: 0 }] }, expect: 'wrong-type' },
  { name: 'a lone surrogate label', input: { kind: 'data', data: [{ category: '\ud800', value: 1 }] } },
  { name: 'a NUL byte', input: { kind: 'unknown', text: 'category,value\nA\u0000,1' }, expect: 'parse-error' },
  { name: 'JSON that is not a list', input: { kind: 'json', text: '{"category": "A", "value": 1}' }, expect: 'parse-error' },
  { name: 'JSON cut off', input: { kind: 'json', text: '[{"category": "A", "val' }, expect: 'parse-error' },
  { name: 'a web page', input: { kind: 'unknown', text: '<!doctype html><p>Sign in</p>' }, expect: 'parse-error' },
  { name: '.data that is not a list', input: { kind: 'data', data: { category: 'A', value: 1 } }, expect: 'parse-error' },
  { name: 'nested objects in .data', input: { kind: 'data', data: [{ category: { name: 'A' }, value: [1] }] } },
  // Issue 18's cases, which the fuzz run now generates too (fuzz-inputs.ts): kept here as fixed shapes with their outcome.
  {
    name: 'formula-led labels (=, +, @, -, tab, CR)',
    input: { kind: 'csv', text: 'category,value\n"=HYPERLINK(""http://x"",""y"")",1\n+cmd|\' /C calc\'!A0,2\n@SUM(A1),3\n-2+3+cmd,4\n"\t=2+2",5\n"\r=1+2",6' },
    expect: 'rendered',
  },
  { name: 'a formula as a value', input: { kind: 'csv', text: 'category,value\nA,=1+2\nB,2' } },
  { name: 'an unquoted thousands separator (A,1,234)', input: { kind: 'csv', text: 'category,value\nA,1,234\nB,2' }, expect: 'parse-error' },
  { name: 'text after a closing quote ("B"x,2)', input: { kind: 'csv', text: 'category,value\nA,1\n"B"x,2' } },
  { name: 'dates that roll over or guess a century', input: { kind: 'csv', text: 'category,time,value\nA,0050,1\nB,0000-00-00,2\nC,2015-13-01,3\nD,2015-02-30,4' } },
  { name: 'a bound (<5, >95)', input: { kind: 'csv', text: 'category,value\nA,<5\nB,>95\nC,10' }, expect: 'rendered' },
  { name: 'two rows for one bar, different values', input: { kind: 'csv', text: 'category,value\nA,1\nA,2\nB,3' }, expect: 'ambiguous-rows' },
  { name: 'two rows for one bar, the same value', input: { kind: 'csv', text: 'category,value\nA,1\nA,1\nB,3' }, expect: 'rendered' },
  {
    name: 'one country as KEN and 404, different values',
    input: { kind: 'data', data: [{ category: 'KEN', geo: 'KEN', value: 36.1 }, { category: 'NGA', geo: 'NGA', value: 70 }, { category: '404', geo: '404', value: 30.2 }] },
    expect: 'rendered',
    expectFor: { map: 'ambiguous-rows' },
  },
  {
    name: 'one country as Kenya and KEN, the same value',
    input: { kind: 'csv', text: 'category,geo,value\nKenya,Kenya,30\nNGA,NGA,70\nKEN,KEN,30' },
    expect: 'rendered',
    expectFor: { map: 'rendered' },
  },
  { name: 'a BigInt in .data', input: { kind: 'data', data: [{ category: 'A', value: 10n }] }, expect: 'bad-data' },
  { name: 'a cycle in .data', input: { kind: 'data', data: [cyclic] }, expect: 'bad-data' },
  { name: 'a sparse .data list', input: { kind: 'data', data: sparse }, expect: 'bad-data' },
  {
    name: 'a getter that throws in .data',
    input: { kind: 'data', data: [Object.defineProperty({ category: 'A' }, 'value', { enumerable: true, get: fails })] },
    expect: 'bad-data',
  },
  { name: 'a Proxy that throws in .data', input: { kind: 'data', data: [new Proxy({ category: 'A', value: 1 }, { get: fails, ownKeys: fails })] }, expect: 'bad-data' },
];

describe('fuzz regressions', () => {
  before(warmUp);
  afterEach(cleanup);
  for (const id of templateIds()) {
    for (const { name, input, expect: code, expectFor } of CASES) {
      it(`${id}: ${name}`, async function () {
        const frozen = scaledBudget(1500); // 3 s on an idle machine, more on a busy one
        this.timeout(frozen + 20_000);
        const { chart, outcome: first } = mount(`<lnob-chart eager template="${id}"></lnob-chart>`);
        await first;
        const outcome = nextOutcome(chart);
        const logged = watchConsoleErrors();
        const fed = feed(chart, input);
        try {
          const result = await withTimeout(outcome, frozen, name);
          await checkOutcome(chart, result);
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(logged.messages, 'errors logged while drawing').to.deep.equal([]);
          const expected = expectFor?.[id] ?? (id === 'ranked-bar' ? code : undefined);
          if (expected) expect(result.type === 'lnob-error' ? result.detail.code : 'rendered').to.equal(expected);
        } finally {
          logged.stop();
          fed.cleanup();
        }
      });
    }
  }
});
