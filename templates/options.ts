import { fail } from '../i18n/errors/core.en.js';
import { parseList } from '../core/lists.js';
import { parseNumber } from '../data/numbers.js';
import type { SliceOptions } from '../data/slice.js';
import { ROLE_NAMES, type ChartTemplate, type Options, type OptionValue, type RoleName } from './types.js';

/** Reads an attribute by name (an element's getAttribute, or a command line's flags). */
export type AttributeReader = (name: string) => string | null;

/** `<role>-column` attributes: role → column name. */
export function readRoleColumns(attribute: AttributeReader): Partial<Record<RoleName, string>> {
  const columns: Partial<Record<RoleName, string>> = {};
  for (const role of ROLE_NAMES) {
    const value = attribute(`${role}-column`);
    if (value && value.trim()) columns[role] = value.trim();
  }
  return columns;
}

/**
 * A template's options, read from attributes by their declared type. An
 * attribute the page sets beats `defaults` (e.g. an indicator preset's), which
 * beat the template's own defaults.
 */
export function readOptions(template: ChartTemplate, attribute: AttributeReader, defaults: Readonly<Record<string, OptionValue>> = {}): Options {
  const options: Record<string, OptionValue> = {};
  for (const option of template.options) {
    const raw = attribute(option.attribute);
    if (raw === null) {
      options[option.attribute] = defaults[option.attribute] ?? option.default ?? (option.type === 'boolean' ? false : null);
      continue;
    }
    switch (option.type) {
      case 'list':
        options[option.attribute] = parseList(raw);
        break;
      case 'boolean':
        options[option.attribute] = raw !== 'false';
        break;
      case 'number': {
        const value = raw.trim() === '' ? null : (parseNumber(raw, '.') ?? parseNumber(raw, ','));
        if (value === undefined) {
          throw fail('wrong-type', 'notANumber', option.attribute, raw);
        }
        const [min, max] = option.range ?? [-Infinity, Infinity];
        if (value !== null && (value < min || value > max || (option.integer && !Number.isInteger(value)))) {
          throw fail('unsupported', 'outOfRange', option.attribute, raw, min, max, option.integer ?? false);
        }
        options[option.attribute] = value;
        break;
      }
      case 'enum': {
        const value = raw.trim().toLowerCase();
        if (!option.values?.includes(value)) {
          throw fail('unsupported', 'unknownValue', option.attribute, raw, option.values ?? []);
        }
        options[option.attribute] = value;
        break;
      }
      default:
        options[option.attribute] = raw;
    }
  }
  return options;
}

/** The slice attributes for real-world files (`layout`, `where`, `series-code`, `countries`, `years`, `aggregates`). */
export function readSliceOptions(template: ChartTemplate, attribute: AttributeReader): SliceOptions {
  return {
    layout: attribute('layout'),
    where: attribute('where'),
    seriesCode: attribute('series-code'),
    countries: attribute('countries'),
    years: attribute('years'),
    aggregates: attribute('aggregates'),
    roles: template.roles.map((role) => role.name),
    required: template.roles.filter((role) => role.required).map((role) => role.name),
    columns: readRoleColumns(attribute),
  };
}
