/**
 * fast-check arbitraries for messy real-world data: CSV/TSV/JSON text as
 * spreadsheets, scrapers and broken exports produce it, and `.data` arrays as
 * scripts produce them. Small on purpose (a few columns, a few rows): the
 * bugs live in the shapes, not in the sizes.
 */
import fc from 'fast-check';

export type FuzzInput =
  | { readonly kind: 'csv' | 'tsv' | 'json' | 'unknown'; readonly text: string }
  | { readonly kind: 'data'; readonly data: unknown };

const NUMBER_TEXTS = [
  '1,234.5', '1.234,5', '1 234,5', '1\u202f234,5', "1'234.5", '12,5', '0,125', '1,500', '1.500', '70%', '69.5 %', '\u22123', '+4',
  '1e308', '-1e308', '1e309', '1e-320', '5e-324', '9'.repeat(400), '0x1F', '.5', '5.', '-0', '00012', 'NaN', 'Infinity', '-Infinity',
  'NA', 'N/A', '..', '-', '\u2014', 'null', 'undefined', 'true', '٣٤', '１２', '½', '1,2,3', '1..2', '--1', '1e', 'e5', '%', '70%%',
];
const TEXTS = [
  'Côte d’Ivoire', 'مصر', 'עברית', '北京', '👩🏽‍🌾', 'नेपाल', '"quoted, cell"', 'a\nb', 'tab\there', '<img src=x>', '  padded  ', '\u200f\u202e',
  '=1+2', '@SUM(A1)', '\\', '""', "'", '\u0000', '\ufeff', '\ud800', 'x'.repeat(300),
];

/** A role name of the template most of the time (so some inputs get far), else anything. */
function headerCell(roleNames: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...roleNames, ...roleNames.map((n) => n.toUpperCase()), ...roleNames.map((n) => ` ${n} `)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom('', 'value', 'category', 'Category', '\ufeffcategory', 'مصر', '"a,b"') },
  );
}

const numberCell: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double().map(String),
  fc.double({ min: -1000, max: 1000, noNaN: true }).map((n) => n.toFixed(2)),
  fc.double({ min: -1000, max: 1000, noNaN: true }).map((n) => n.toFixed(1).replace('.', ',')),
  fc.constantFrom(...NUMBER_TEXTS),
);

const textCell: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...TEXTS),
  fc.integer({ min: 1990, max: 2035 }).map(String),
  fc.constantFrom('NGA', 'BOL', 'PER', 'Nigeria', 'XXX', '566', 'ng'),
);

const cell: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: numberCell }, { weight: 3, arbitrary: textCell }, { weight: 1, arbitrary: fc.constant('') });

/** A header and ragged rows of raw cell text. */
function grid(roleNames: readonly string[]) {
  return fc.record({
    header: fc.array(headerCell(roleNames), { maxLength: 5 }),
    rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  });
}

function quoteCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function delimitedText(roleNames: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      grid: grid(roleNames),
      delimiter: fc.constantFrom(',', ',', ';', '\t', '|', ' '),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      quote: fc.boolean(),
      bom: fc.boolean(),
      cut: fc.option(fc.nat(), { freq: 6 }),
    })
    .map(({ grid: { header, rows }, delimiter, newline, quote, bom, cut }) => {
      const line = (cells: readonly string[]) => cells.map((c) => (quote ? quoteCell(c, delimiter) : c)).join(delimiter);
      let text = (bom ? '\ufeff' : '') + [header, ...rows].map(line).join(newline);
      if (cut !== null) text = text.slice(0, cut % (text.length + 1)); // a file cut off mid-way
      return text;
    });
}

/** A JSON value (number, string, boolean, null, nested) as a `.data` cell. */
const jsonCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: cell },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e21) },
  { weight: 1, arbitrary: fc.constantFrom({}, [], [1, 2], { nested: { deep: 1 } }, new Date(0), new Date(Number.NaN)) },
);

function objects(roleNames: readonly string[]): fc.Arbitrary<unknown[]> {
  return fc.array(fc.dictionary(headerCell(roleNames), jsonCell, { maxKeys: 5 }), { maxLength: 8 });
}

function jsonText(roleNames: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    objects(roleNames).map((rows) => JSON.stringify(rows)),
    objects(roleNames).chain((rows) => fc.nat().map((n) => JSON.stringify(rows).slice(0, n % (JSON.stringify(rows).length + 1)))),
    fc.json({ maxDepth: 2 }),
    fc.constantFrom('[]', '{}', '[null]', '[1,2]', '[[1,2]]', 'null', '"text"', '[{"value": NaN}]', '{"category": "A", "value": 1}'),
  );
}

/** Files that are not data at all. */
const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.constantFrom('', ' ', '\n\n', '\ufeff', '\u0000\u0001PK\u0003\u0004', '%PDF-1.7', '<!doctype html><p>Sign in</p>', '<html>', '\r\r\r'),
);

export interface RoleLike {
  readonly name: string;
  readonly type: string;
}

/** A cell that is usually right for the role's type, and sometimes slightly wrong. */
function roleCell(role: RoleLike): fc.Arbitrary<string> {
  switch (role.type) {
    case 'quantitative':
      return fc.oneof(
        { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => String(Math.round(n * 100) / 100)) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`) },
        { weight: 2, arbitrary: numberCell },
      );
    case 'temporal':
      return fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1990, max: 2030 }).map(String) },
        { weight: 2, arbitrary: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
        { weight: 1, arbitrary: fc.constantFrom('2020-Q1', '2020-13', '', 'NA', '0', '-5', '99999', '2020-02-30') },
      );
    case 'geo':
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('NGA', 'BOL', 'PER', 'BRA', 'FJI', 'TGO', 'TJK', 'NG', '566', 'Nigeria', "Côte d'Ivoire") },
        { weight: 1, arbitrary: textCell },
      );
    default:
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom('North', 'South', 'Women', 'Men', 'Urban', 'Rural', 'Côte d’Ivoire', 'مصر') }, { weight: 2, arbitrary: textCell });
  }
}

/** Nearly right data: the template's own columns, with values that are mostly of the right type. */
function nearlyValid(roles: readonly RoleLike[]): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(...roles.map((role) => fc.array(roleCell(role), { minLength: 1, maxLength: 12 })), fc.nat({ max: 12 }))
    .map((columns) => {
      const count = Math.max(1, columns.pop() as number);
      const cells = columns as string[][];
      return Array.from({ length: count }, (_, i) => Object.fromEntries(roles.map((role, r) => [role.name, cells[r]![i % cells[r]!.length]!])));
    });
}

function rowsToCsv(rows: readonly unknown[]): string {
  const objects = rows as Record<string, string>[];
  const columns = [...new Set(objects.flatMap((row) => Object.keys(row)))];
  return [columns, ...objects.map((row) => columns.map((c) => row[c] ?? ''))].map((cells) => cells.map((c) => quoteCell(c, ',')).join(',')).join('\n');
}

/*
 * Issue 18's cases, as generators: each starts from nearly right rows for the template and twists them the way a
 * careless spreadsheet, a hostile page or a script does. The property stays the same: a chart, or a plain-words
 * error of a known code.
 */

/** Cells a spreadsheet would run as formulas (OWASP CSV injection), tab- and CR-led ones too. */
const FORMULAS = [
  '=HYPERLINK("http://example.invalid","x")', '=1+2', "+cmd|' /C calc'!A0", '@SUM(A1:A2)', "-2+3+cmd|' /C calc'!A0", '-1+1', '+5',
  '\t=1+2', '\r=1+2', '=', '@', '+', '-',
];
/** Censored values as statistics offices publish them. */
const BOUNDS = ['<5', '>95', '< 0.1', '<=5', '≤5', '≥ 95', '<', '>-1'];
/** Dates that roll over, or that a two-digit-year guess would turn into 1950 or 1900. */
const ODD_DATES = ['0050', '0000', '0000-00-00', '2015-13-01', '2015-02-30', '2015-00-10', '1900-02-29', '2016-02-29', '9999', '0001-01-01'];
/** Pairs of spellings of one country (the map must resolve them to one). */
const SAME_COUNTRY = [
  ['KEN', '404'], ['Kenya', 'KEN'], ['KE', 'Kenya'], ['NGA', '566'], ['NG', 'Nigeria'], ['BOL', 'Bolivia (Plurinational State of)'], ['CIV', "Côte d'Ivoire"],
];

type Rows = Record<string, unknown>[];

/** The template's rows with one twist, as a CSV file or as `.data`. */
function twisted(roles: readonly RoleLike[]): fc.Arbitrary<FuzzInput> {
  const names = roles.map((role) => role.name);
  const of = (type: string) => roles.filter((role) => role.type === type).map((role) => role.name);
  const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
  const twist = fc.oneof(
    fc.record({ kind: fc.constant('formula' as const), cell: fc.constantFrom(...FORMULAS) }),
    fc.record({ kind: fc.constant('bound' as const), cell: fc.constantFrom(...BOUNDS) }),
    fc.record({ kind: fc.constant('date' as const), cell: fc.constantFrom(...ODD_DATES) }),
    fc.record({ kind: fc.constant('duplicate' as const), cell: fc.constantFrom('same', 'other', 'empty') }),
    fc.record({ kind: fc.constant('country' as const), cell: fc.constantFrom('same', 'other', 'empty') }),
  );
  return fc
    .record({ rows: nearlyValid(roles), twist, at: fc.nat(), role: fc.nat(), asData: fc.boolean() })
    .map(({ rows: generated, twist: { kind, cell }, at, role, asData }) => {
      const rows = (generated as Rows).map((row) => ({ ...row }));
      const row = rows[at % rows.length]!;
      if (kind === 'formula') row[pick(names, role)!] = cell;
      else if (kind === 'bound') row[pick(of('quantitative'), role) ?? pick(names, role)!] = cell;
      else if (kind === 'date') row[pick(of('temporal'), role) ?? pick(names, role)!] = cell;
      else {
        // Two rows for one mark: the same row again with the same value, another value, or none.
        const value = pick(of('quantitative'), 0);
        const copy: Record<string, unknown> = { ...row };
        if (value) copy[value] = cell === 'same' ? row[value] : cell === 'empty' ? '' : `${Number.parseFloat(String(row[value])) + 1 || 1}`;
        const geo = pick(of('geo'), 0);
        if (kind === 'country' && geo) {
          const [a, b] = pick(SAME_COUNTRY, at)!;
          row[geo] = a;
          copy[geo] = b;
        }
        rows.splice((at % rows.length) + 1, 0, copy);
      }
      return asData ? { kind: 'data' as const, data: rows } : { kind: 'csv' as const, text: rowsToCsv(rows as Record<string, string>[]) };
    });
}

/** CSV a reader could take two ways: an unquoted thousands separator, an unclosed quote, text after a closing quote. */
function ambiguousCsv(roles: readonly RoleLike[]): fc.Arbitrary<FuzzInput> {
  return fc
    .record({ rows: nearlyValid(roles), how: fc.constantFrom('thousands', 'unclosed', 'after-quote', 'more-fields'), at: fc.nat() })
    .map(({ rows, how, at }) => {
      const lines = rowsToCsv(rows).split('\n');
      const line = 1 + (at % (lines.length - 1));
      const cells = lines[line]!.split(',');
      if (how === 'thousands') cells[cells.length - 1] = `${cells[cells.length - 1]},234`; // A,1,234
      else if (how === 'unclosed') cells[0] = `"${cells[0]}`;
      else if (how === 'after-quote') cells[0] = `"${cells[0]!.replace(/"/g, '')}"x`; // "B"x,2
      else cells.push('', 'extra');
      lines[line] = cells.join(',');
      return { kind: 'csv' as const, text: lines.join('\n') };
    });
}

/** `.data` a script may build that is not plain JSON-like data: BigInt, a cycle, a sparse list, a getter or Proxy that throws. */
function oddData(roles: readonly RoleLike[]): fc.Arbitrary<FuzzInput> {
  const names = roles.map((role) => role.name);
  return fc
    .record({ rows: nearlyValid(roles), how: fc.constantFrom('bigint', 'cycle', 'cycle-list', 'sparse', 'getter', 'proxy', 'list-proxy', 'symbol', 'function'), at: fc.nat(), role: fc.nat() })
    .map(({ rows: generated, how, at, role }) => {
      const rows: unknown[] = (generated as Rows).map((row) => ({ ...row }));
      const index = at % rows.length;
      const row = rows[index] as Record<string, unknown>;
      const name = names[role % names.length]!;
      const fail = () => {
        throw new Error('a getter that fails');
      };
      if (how === 'bigint') row[name] = BigInt(at % 1000);
      else if (how === 'cycle') row[name] = row;
      else if (how === 'cycle-list') rows.push(rows);
      else if (how === 'sparse') delete rows[index];
      else if (how === 'getter') Object.defineProperty(row, name, { enumerable: true, get: fail });
      else if (how === 'proxy') rows[index] = new Proxy(row, { get: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, has: fail });
      else if (how === 'list-proxy') return { kind: 'data' as const, data: new Proxy(rows, { get: (target, key) => (key === 'length' ? fail() : Reflect.get(target, key)) }) };
      else if (how === 'symbol') row[name] = Symbol('cell');
      else row[name] = () => 1;
      return { kind: 'data' as const, data: rows };
    });
}

/** Issue 18's cases alone (the fuzz run mixes them with the rest; handy to explore them with another seed). */
export function issue18Input(roles: readonly RoleLike[]): fc.Arbitrary<FuzzInput> {
  return fc.oneof({ weight: 3, arbitrary: twisted(roles) }, { weight: 1, arbitrary: ambiguousCsv(roles) }, { weight: 1, arbitrary: oddData(roles) });
}

/** Everything one chart may be fed, for a template with the given roles. */
export function fuzzInput(roles: readonly RoleLike[]): fc.Arbitrary<FuzzInput> {
  const roleNames = roles.map((role) => role.name);
  return fc.oneof(
    { weight: 3, arbitrary: nearlyValid(roles).map((rows) => ({ kind: 'csv' as const, text: rowsToCsv(rows) })) },
    { weight: 3, arbitrary: twisted(roles) },
    { weight: 1, arbitrary: ambiguousCsv(roles) },
    { weight: 1, arbitrary: oddData(roles) },
    { weight: 2, arbitrary: nearlyValid(roles).map((data) => ({ kind: 'data' as const, data })) },
    { weight: 4, arbitrary: delimitedText(roleNames).map((text) => ({ kind: 'csv' as const, text })) },
    { weight: 1, arbitrary: delimitedText(roleNames).map((text) => ({ kind: 'tsv' as const, text })) },
    { weight: 2, arbitrary: jsonText(roleNames).map((text) => ({ kind: 'json' as const, text })) },
    { weight: 2, arbitrary: fc.oneof(junk, delimitedText(roleNames), jsonText(roleNames)).map((text) => ({ kind: 'unknown' as const, text })) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        { weight: 6, arbitrary: objects(roleNames) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, 'category,value', 42, [null], [[1, 2]], [undefined]) },
      ).map((data) => ({ kind: 'data' as const, data })),
    },
  );
}

/** Attributes a page may set wrongly: a language tag, a decimal mark and a height (null: attribute absent). */
export interface FuzzAttributes {
  readonly lang: string | null;
  readonly decimal: string | null;
  readonly height: string | null;
}

export const fuzzAttributes: fc.Arbitrary<FuzzAttributes> = fc.record({
  lang: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom('en', 'fr', 'es', 'pt-BR', 'ar', 'de-CH', 'hi-IN-u-nu-deva', 'ar-EG') },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'en_US', 'xx', '123', 'i-klingon', 'a'.repeat(80), 'fr-', '-') },
    { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf') },
  ),
  decimal: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('.', ',', '', ';', 'comma') }),
  height: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('100000000', '1e9', '0', '-5', 'NaN', 'Infinity', '', '320', '40', ' 200px', '99999999999999999999') },
  ),
});
