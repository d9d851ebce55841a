import type { ErrorCode } from '../../core/errors.js';
import { LONG_NAME, NON_ASCII, csv } from './util.js';

/** Awkward data a real file may hold: the chart must draw it without colliding text, or say plainly why not. */
export interface EdgeCase {
  readonly name: string;
  readonly csv: string;
  readonly attributes?: Record<string, string>;
  /** The error this data must give instead of a chart. */
  readonly error?: ErrorCode;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Cases for templates with one value per category (ranked bars, survey, waffle). */
export function categoryCases(): EdgeCase[] {
  const h = ['category', 'value'];
  return [
    { name: 'one row', csv: csv(h, [['North East', 69]]) },
    { name: 'all equal values', csv: csv(h, range(5).map((i) => [`Place ${i + 1}`, 40])) },
    { name: 'zeros', csv: csv(h, range(4).map((i) => [`Place ${i + 1}`, 0])) },
    { name: 'nulls', csv: csv(h, [['A', 10], ['B', null], ['C', 'NA'], ['D', 30]]) },
    { name: 'negative values', csv: csv(h, [['A', -5], ['B', 10], ['C', -20]]) },
    { name: '200 categories', csv: csv(h, range(200).map((i) => [`Place ${i + 1}`, (i * 37) % 97])) },
    { name: 'very long labels', csv: csv(h, [[LONG_NAME, 55], [`${LONG_NAME} (urban)`, 45], ['Short', 12]]) },
    { name: "Côte d'Ivoire and Arabic script", csv: csv(h, NON_ASCII.map((name, i) => [name, 20 + i * 15])) },
  ];
}

/** Cases for templates with groups within categories (disaggregation, stacked). */
export function groupCases(): EdgeCase[] {
  const h = ['category', 'group', 'value'];
  const two = (names: string[], value: (i: number, g: number) => number | null) =>
    names.flatMap((name, i) => [[name, 'Poorest 20%', value(i, 0)], [name, 'Richest 20%', value(i, 1)]]);
  return [
    { name: 'one row', csv: csv(h, [['Nigeria', 'Rural', 52]]) },
    { name: 'all equal values', csv: csv(h, two(['A', 'B', 'C'], () => 50)) },
    { name: 'zeros', csv: csv(h, two(['A', 'B'], () => 0)) },
    { name: 'nulls', csv: csv(h, two(['A', 'B', 'C'], (i, g) => (i === 1 && g === 0 ? null : 30 + i * 10 + g * 25))) },
    { name: 'negative values', csv: csv(h, two(['A', 'B'], (i, g) => (g === 0 ? -10 - i : 15 + i))) },
    { name: '200 categories', csv: csv(h, two(range(200).map((i) => `Place ${i + 1}`), (i, g) => 20 + ((i * 13) % 50) + g * 20)) },
    { name: 'very long labels', csv: csv(h, [[LONG_NAME, `${LONG_NAME} group one`, 30], [LONG_NAME, `${LONG_NAME} group two`, 70], ['Short', `${LONG_NAME} group one`, 50], ['Short', `${LONG_NAME} group two`, 50]]) },
    { name: "Côte d'Ivoire and Arabic script", csv: csv(h, NON_ASCII.flatMap((name, i) => [[name, 'ريفي', 30 + i * 5], [name, 'Urbain (ville)', 60 + i * 3]])) },
  ];
}

/** Cases for templates over time (trend, progress). */
export function timeCases(attributes: Record<string, string> = {}): EdgeCase[] {
  const h = ['time', 'series', 'value'];
  const years = (series: string[], first: number, count: number, value: (s: number, y: number) => number | null) =>
    series.flatMap((name, s) => range(count).map((y) => [first + y, name, value(s, y)]));
  const cases: EdgeCase[] = [
    { name: 'one row', csv: csv(h, [[2020, 'National', 41]]) },
    { name: 'all equal values', csv: csv(h, years(['Rural', 'Urban', 'National'], 2015, 5, () => 30)) },
    { name: 'zeros', csv: csv(h, years(['Rural', 'Urban'], 2015, 4, () => 0)) },
    { name: 'nulls', csv: csv(h, years(['Rural', 'Urban'], 2015, 5, (s, y) => (y === 2 ? null : 40 - s * 10 - y))) },
    { name: 'negative values', csv: csv(h, years(['Growth A', 'Growth B'], 2015, 6, (s, y) => (y % 2 ? -2 - s : 1.5 + s))) },
    { name: '200 years', csv: csv(h, years(['National'], 1825, 200, (_, y) => 80 - y * 0.3)) },
    { name: '200 series', csv: csv(h, years(range(200).map((i) => `Place ${i + 1}`), 2015, 2, (s, y) => 20 + ((s * 7) % 60) - y)) },
    { name: 'very long labels', csv: csv(h, years([LONG_NAME, `${LONG_NAME} (urban)`], 2015, 4, (s, y) => 50 - s * 2 - y)) },
    { name: "Côte d'Ivoire and Arabic script", csv: csv(h, years(NON_ASCII, 2015, 4, (s, y) => 30 + s * 8 - y)) },
  ];
  return cases.map((c) => ({ ...c, attributes: { ...attributes, ...c.attributes } }));
}
