/**
 * What the builder reads from a table before any chart is drawn: its layout
 * (the kit's own detection of real exports), the pickers a real export offers
 * (series, years, countries, breakdowns, from the file's own values), and the
 * kind of each column, from which templates are suggested and roles guessed.
 * Drawing stays the chart's job (the one chart plan); this only proposes attributes.
 */
import { arrange } from '../data/layouts/index.js';
import { distinct, text, yearOf } from '../data/layouts/columns.js';
import { cleanNumber, isMissing } from '../data/numbers.js';
import type { LayoutName } from '../core/layouts.js';
import type { RoleName } from '../core/roles.js';
import type { RawTable } from '../data/table.js';
import { getTemplate, templateIds } from '../templates/index.js';

export type ColumnKind = 'number' | 'year' | 'text';

export interface Picker {
  /** The slice attribute the picker writes: `series-code`, `years`, `countries`, or `where` for a breakdown column. */
  readonly attribute: 'series-code' | 'years' | 'countries' | 'where';
  /** The file's column it picks from. */
  readonly column: string;
  readonly values: readonly string[];
}

export interface Analysis {
  readonly layout: LayoutName;
  /** The table's columns after its layout has arranged it (what role dropdowns offer). */
  readonly columns: readonly string[];
  readonly kinds: Readonly<Record<string, ColumnKind>>;
  /** Role → column as the layout reads it (real exports), or as guessed from the kinds (plain tables). */
  readonly roles: Partial<Record<RoleName, string>>;
  /** Role → column the layout itself defaults to: a role column equal to it needs no attribute. */
  readonly layoutRoles: Partial<Record<RoleName, string>>;
  readonly pickers: readonly Picker[];
  /** Template ids that fit the data's shape, the best first. */
  readonly suggested: readonly string[];
}

/** More values than a picker can list usefully. */
const MAX_PICKER_VALUES = 400;

export function analyse(table: RawTable): Analysis {
  const arranged = arrange(table);
  const shaped = arranged.table;
  const kinds = Object.fromEntries(shaped.columns.map((column) => [column, kindOf(shaped, column)])) as Record<string, ColumnKind>;
  const pickers: Picker[] = [];
  const picker = (attribute: Picker['attribute'], column: string | undefined) => {
    if (!column || !shaped.columns.includes(column)) return;
    const values = distinct(shaped, column).slice(0, MAX_PICKER_VALUES);
    if (values.length > 1) pickers.push({ attribute, column, values });
  };
  if (arranged.layout !== 'tidy') {
    picker('series-code', arranged.seriesCode);
    picker('years', arranged.time);
    picker('countries', arranged.areaName ?? arranged.roles.geo);
    for (const dimension of arranged.dimensions) picker('where', dimension);
  }
  const layoutRoles = arranged.layout === 'tidy' ? {} : arranged.roles;
  const roles = { ...guessRoles(shaped.columns, kinds), ...layoutRoles };
  return { layout: arranged.layout, columns: shaped.columns, kinds, roles, layoutRoles, pickers, suggested: suggest(shaped, kinds, arranged.layout, roles) };
}

/** A column's kind from its values: years, numbers (`70%`, `1,234.5`), or text. */
function kindOf(table: RawTable, column: string): ColumnKind {
  const index = table.columns.indexOf(column);
  const values = table.rows.slice(0, 200).map((row) => text(row[index])).filter((value) => value !== '' && !isMissing(value));
  if (values.length === 0) return 'text';
  if (/^(year|time|date|period|time_?period|année|año|ano)$/i.test(column.trim()) || values.every((value) => /^(1[89]|2[01])\d\d(-\d\d(-\d\d)?)?$/.test(value))) {
    return 'year';
  }
  return values.every((value) => /^-?[\d.,]*\d[\d.,]*(e[+-]?\d+)?$/i.test(cleanNumber(value).text)) ? 'number' : 'text';
}

/** Role → column for a plain table: a column named after the role, else the first of the role's kind not yet taken. */
function guessRoles(columns: readonly string[], kinds: Readonly<Record<string, ColumnKind>>): Partial<Record<RoleName, string>> {
  const roles: Partial<Record<RoleName, string>> = {};
  const taken = new Set<string>();
  const named = (role: RoleName) => columns.find((column) => column.trim().toLowerCase() === role);
  for (const role of ['category', 'group', 'series', 'value', 'time', 'geo', 'n'] as RoleName[]) {
    const column = named(role);
    if (column) {
      roles[role] = column;
      taken.add(column);
    }
  }
  const next = (kind: ColumnKind) => columns.find((column) => kinds[column] === kind && !taken.has(column));
  const take = (role: RoleName, column: string | undefined) => {
    if (roles[role] || !column) return;
    roles[role] = column;
    taken.add(column);
  };
  take('time', next('year'));
  take('value', next('number'));
  const country = columns.find((column) => /country|countries|pays|país|pais|nation|iso|geo|area/i.test(column) && !taken.has(column));
  take('geo', country ?? undefined);
  taken.delete(roles.geo ?? '');
  take('category', next('text'));
  take('group', next('text'));
  roles.series ??= roles.group ?? roles.category;
  roles.geo ??= roles.category;
  return roles;
}

/** Templates whose required roles the data can fill, ranked by how well the shape fits. */
function suggest(table: RawTable, kinds: Readonly<Record<string, ColumnKind>>, layout: LayoutName, roles: Partial<Record<RoleName, string>>): string[] {
  const texts = Object.values(kinds).filter((kind) => kind === 'text').length;
  const years = roles.time ? distinct(table, roles.time).map((value) => yearOf(value)).filter((year) => year !== undefined) : [];
  const manyYears = new Set(years).size > 1;
  const twoYears = new Set(years).size === 2;
  const realExport = layout !== 'tidy' && layout !== 'wide';
  const score = (id: string): number => {
    switch (id) {
      case 'trend':
        return manyYears ? 10 : -1;
      case 'progress':
        return manyYears ? 8 : -1;
      case 'slope':
        // Two years: the change between them is the story; more: the first and last, after trend lines.
        return twoYears ? 11 : manyYears ? 7 : -1;
      case 'map':
        // Only when the places look like countries: a map of a country's regions cannot be drawn.
        return realExport || /country|countries|pays|país|pais|nation|iso/i.test(roles.geo ?? '') ? 7 : -1;
      case 'disaggregation':
        return texts >= 2 ? 9 : -1;
      case 'stacked':
        return texts >= 2 ? 6 : -1;
      case 'ranked-bar':
        return manyYears ? 5 : 9;
      case 'waffle':
        return table.rows.length <= 4 ? 4 : 0;
      case 'survey':
        return table.rows.length <= 8 ? 3 : 0;
      default:
        return 0;
    }
  };
  return templateIds()
    .filter((id) => getTemplate(id)!.roles.every((role) => !role.required || roles[role.name] !== undefined))
    .map((id) => ({ id, score: score(id) }))
    .filter(({ score: s }) => s >= 0)
    .sort((a, b) => b.score - a.score)
    .map(({ id }) => id);
}
