/**
 * Genuine downloads (test/fixtures/formats/README.md) drawn through <lnob-chart> with the attributes a
 * campaigner would write, checked against values read by hand in the files (issue 17's rules: totals kept
 * for breakdowns with a note, the latest year per place on single-time templates, `ambiguous-rows` where no
 * total exists, `no-data` when nothing is drawable, no author hints in the reader's notes).
 * The same cases run through the command line in test/node/genuine-cli.test.js.
 */
import { expect } from '@open-wc/testing';
import '../../index.js';
import { clearDataCache } from '../../data/load.js';
import fixtureCases from '../fixtures/formats/cases-fixtures.json' with { type: 'json' };
import layoutCases from '../fixtures/formats/cases-layouts.json' with { type: 'json' };
import { cleanup, mount, shadowText } from '../helpers.js';

/** A row expectation: role name → value; an array lists the values accepted (a code or a name). */
type Expected = Readonly<Record<string, string | number | readonly (string | number)[]>>;

interface GenuineCase {
  readonly file: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly expect: {
    readonly error?: string;
    readonly rows?: readonly Expected[];
    readonly rowCount?: number;
    readonly notes?: readonly string[];
    readonly notNotes?: readonly string[];
  };
}

const DIR = '/raw/test/fixtures/formats'; // the bytes as on disk, as a web server sends them (Latin-1 files stay Latin-1)
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const cases = [...(fixtureCases as unknown as GenuineCase[]), ...(layoutCases as unknown as GenuineCase[])];

function describeCase({ file, attributes, expect: wanted }: GenuineCase): string {
  const markup = Object.entries(attributes).map(([key, value]) => `${key}="${value}"`).join(' ');
  return `${file} ${markup} → ${wanted.error ?? 'draws'}`;
}

const yearOf = (value: unknown) => (value instanceof Date ? value.getUTCFullYear() : Number(String(value).slice(0, 4)));

function sameValue(key: string, actual: unknown, expected: string | number): boolean {
  if (key === 'value') {
    const n = Number(expected);
    return typeof actual === 'number' && Math.abs(actual - n) <= 1e-9 * Math.max(1, Math.abs(n));
  }
  if (key === 'time') return yearOf(actual) === Number(expected);
  return String(actual ?? '').trim().toLowerCase() === String(expected).trim().toLowerCase();
}

/** Does a typed row hold every expected key (any of the accepted values)? */
function matches(row: Readonly<Record<string, unknown>>, expected: Expected): boolean {
  return Object.entries(expected).every(([key, wanted]) =>
    (Array.isArray(wanted) ? wanted : [wanted]).some((one: string | number) => sameValue(key, row[key], one)),
  );
}

const show = (rows: readonly Readonly<Record<string, unknown>>[]) =>
  JSON.stringify(rows.slice(0, 20).map((row) => ({ ...row, time: row.time instanceof Date ? row.time.toISOString().slice(0, 10) : row.time })));

describe('genuine downloads: the right numbers, or a clear error (issue 17)', () => {
  afterEach(cleanup);
  beforeEach(clearDataCache);

  for (const genuine of cases) {
    it(describeCase(genuine), async () => {
      const { file, attributes, expect: wanted } = genuine;
      const markup = Object.entries(attributes).map(([key, value]) => ` ${key}="${escape(value)}"`).join('');
      const { chart, outcome } = mount(`<lnob-chart eager src="${DIR}/${file}"${markup}></lnob-chart>`, 640);
      const drawn = await outcome;
      await chart.updateComplete;

      if (wanted.error) {
        const got = drawn.type === 'lnob-error' ? `${drawn.detail.code}: ${drawn.detail.message}` : 'a drawn chart';
        expect(drawn.type === 'lnob-error' ? drawn.detail.code : 'a drawn chart', got).to.equal(wanted.error);
        return;
      }
      if (drawn.type === 'lnob-error') throw new Error(`expected a chart, got ${drawn.detail.code}: ${drawn.detail.message}`);
      const rows = drawn.detail.plan.rows as readonly Readonly<Record<string, unknown>>[];
      if (wanted.rowCount !== undefined) expect(rows.length, `rows drawn: ${show(rows)}`).to.equal(wanted.rowCount);
      for (const row of wanted.rows ?? []) {
        expect(rows.some((one) => matches(one, row)), `no row ${JSON.stringify(row)} in ${show(rows)}`).to.equal(true);
      }
      const notes = shadowText(chart, '[part="notes"]');
      for (const phrase of wanted.notes ?? []) expect(notes, 'visible notes').to.contain(phrase);
      for (const phrase of wanted.notNotes ?? []) expect(notes, 'visible notes').not.to.contain(phrase);
    });
  }
});
