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

const CASES: { name: string; input: FuzzInput; expect?: string }[] = [
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
];

describe('fuzz regressions', () => {
  before(warmUp);
  afterEach(cleanup);
  for (const id of templateIds()) {
    for (const { name, input, expect: code } of CASES) {
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
          if (code && id === 'ranked-bar') expect(result.type === 'lnob-error' ? result.detail.code : 'rendered').to.equal(code);
        } finally {
          logged.stop();
          fed.cleanup();
        }
      });
    }
  }
});
