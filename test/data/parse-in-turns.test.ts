import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { errorOf } from './error-of.js';
import { parseBytesInTurns, parseText, parseTextInTurns, setPieceSize } from '../../data/parse.js';
import { fuzzInput } from '../safety/fuzz-inputs.js';

/**
 * A big file is read in steps with a turn for the page between them (issue 18: "no freeze attributable to
 * parsing"): the page answers a key press while a 25 MB file is being read, a chart that gives up stops the
 * reading between two steps, and reading in pieces of any size gives exactly the table (or the error) that
 * reading the whole text at once gives.
 */

/** What a reading ended in, comparable with deep.equal: the table, or the error's code and message. */
function outcome(read: () => unknown): unknown {
  try {
    return { table: read() };
  } catch (error) {
    const { code, message } = errorOf(() => {
      throw error;
    });
    return { code, message };
  }
}

/** About `size` characters of a UN SDG-like export, every cell quoted (the hardest case for the quote checks). */
function bigExport(size: number): string {
  const lines = ['"Goal","SeriesCode","GeoAreaName","TimePeriod","Value","Sex"'];
  let length = lines[0]!.length;
  for (let i = 0; length < size; i++) {
    const line = `"1","SI_POV_DAY1","Country ${i % 250}, ""a place""","${2000 + (i % 24)}","${(i % 1000) / 10}","${i % 2 ? 'FEMALE' : 'MALE'}"`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

describe('reading a big file in turns', () => {
  afterEach(() => setPieceSize());

  it('pieces of any size give the table (or the error) the whole text gives: tricky hand-made texts', () => {
    const texts = [
      'category,value\nA,1\nB,2\n',
      'category,value\r\nA,1\r\n\r\nB,2',
      'category,value\n"North\nWest",1\n"South ""East""",2\nC,3',
      'category,value\n5" screen,1\n"B",2\n',
      'category;value\n"A;1";2\n\n\nB;3\n',
      'category\tvalue\n"x\n\ny"\t1\n',
      'category,value\nA,1\n"never closed,2\nC,3\n',
      'category,value\nA,1\n"B"x,2\n',
      'category,value\nA,1,234\n',
      'Title of the table\n\ncategory,value\nA,1\nB,2\n\nSource: somewhere\n',
      'category,value\rA,1\rB,2',
    ];
    for (const text of texts) {
      setPieceSize(1e9);
      const whole = outcome(() => parseText(text, 'csv', 'a.csv'));
      for (const size of [1, 2, 3, 7, 16]) {
        setPieceSize(size);
        expect(outcome(() => parseText(text, 'csv', 'a.csv')), `${JSON.stringify(text)} in pieces of ${size}`).to.deep.equal(whole);
      }
    }
  });

  it('pieces of any size give the table (or the error) the whole text gives: 2,000 generated texts', () => {
    const texts = fuzzInput([
      { name: 'category', type: 'nominal' },
      { name: 'value', type: 'quantitative' },
    ]).filter((input) => input.kind !== 'data');
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 40 }), (input, size) => {
        const text = (input as { text: string }).text;
        const format = input.kind === 'csv' || input.kind === 'tsv' || input.kind === 'json' ? input.kind : undefined;
        setPieceSize(1e9);
        const whole = outcome(() => parseText(text, format, 'a.csv'));
        setPieceSize(size);
        expect(outcome(() => parseText(text, format, 'a.csv'))).to.deep.equal(whole);
      }),
      { numRuns: 2000, seed: 18 },
    );
  });

  it('reading in turns gives the same table as reading at once', async () => {
    const text = bigExport(2_000_000);
    const atOnce = parseText(text, 'csv', 'sdg.csv');
    const inTurns = await parseBytesInTurns(new TextEncoder().encode(text), 'csv', 'sdg.csv', 'name');
    expect(inTurns.rows.length).to.be.above(20_000);
    expect(inTurns).to.deep.equal(atOnce);
  });

  it('a chart that gives up stops the reading between two steps', async () => {
    const controller = new AbortController();
    const reading = parseTextInTurns(bigExport(5_000_000), 'csv', 'sdg.csv', 'name', controller.signal);
    controller.abort();
    const error = await reading.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('the page answers a key press while a 25 MB file is being read', async function () {
    this.timeout(120_000);
    const text = bigExport(25_000_000);
    let done = false;
    const pressed = new Promise<boolean>((resolve) => {
      window.addEventListener('keydown', () => resolve(done), { once: true });
    });
    // The key press is sent from outside the page (the browser's input, as a reader's), while the file is read.
    const press = sendKeys({ press: 'Shift' });
    const table = await parseTextInTurns(text, 'csv', 'sdg.csv');
    done = true;
    await press;
    expect(table.rows.length).to.be.above(250_000);
    expect(await pressed, 'the key press waited until the whole file had been read').to.equal(false);
  });
});
