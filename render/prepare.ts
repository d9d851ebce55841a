import type { DecimalMark } from '../data/numbers.js';
import type { RawTable, Row } from '../data/table.js';
import { typeRows, type TypedData } from '../data/typing.js';
import { presetDefaults, type PresetDefaults } from '../templates/indicators.js';
import { readOptions, readRoleColumns, type AttributeReader } from '../templates/options.js';
import type { ChartTemplate, Options, RoleName } from '../templates/types.js';
import { d3Format, decimalsOf, intlFormatter } from './number-format.js';
import type { UiStrings } from '../i18n/strings.js';
import { languageOptions } from '../i18n/template-strings.js';

/**
 * The pure middle of the pipeline, shared by the element and the command-line
 * renderer: a parsed table and the chart's attributes in; typed rows, options,
 * the template's signals and datasets, and the summary out. No DOM, no Vega.
 */
export interface PrepareInput {
  readonly template: ChartTemplate;
  readonly table: RawTable;
  readonly attribute: AttributeReader;
  readonly lang?: string | undefined;
  /** The words of `lang` (i18n/loadStrings): summaries and words drawn in the chart; English when absent. */
  readonly strings?: UiStrings | undefined;
  /** Role → column when a layout chose them (data/slice.ts); else the `<role>-column` attributes. */
  readonly columns?: Partial<Record<RoleName, string>> | undefined;
}

export interface PreparedChart {
  readonly typed: TypedData;
  readonly rows: Row[];
  readonly options: Options;
  readonly preset: PresetDefaults | undefined;
  readonly decimals: number;
  readonly unit: string;
  /** Every signal but the theme's: number format, unit and the template's own. */
  readonly signals: Record<string, unknown>;
  /** The template's extra named datasets (possibly still loading, e.g. map shapes). */
  readonly datasets: ReturnType<NonNullable<ChartTemplate['datasets']>> | undefined;
  /** A number as the chart writes it, in its language. */
  readonly format: (value: number) => string;
  summary(title?: string): string;
}

export function prepareChart({ template, table, attribute, lang, strings, columns }: PrepareInput): PreparedChart {
  const indicator = attribute('indicator');
  const preset = indicator?.trim() ? presetDefaults(indicator, lang) : undefined; // an unknown code fails here
  const decimal = attribute('decimal');
  const typed = typeRows(table, template.roles, {
    columns: columns ?? readRoleColumns(attribute),
    decimal: decimal === ',' || decimal === '.' ? (decimal as DecimalMark) : undefined,
    lang,
  });
  const read = readOptions(template, attribute, preset?.options);
  const options = strings ? languageOptions(template, read, strings) : read;
  const context = { strings: strings?.summary, lang };
  const decimals = preset?.decimals ?? decimalsOf(typed.rows, 'value');
  const unit = typed.units.value ?? preset?.unit ?? '';
  const format = intlFormatter(lang, decimals, unit);
  return {
    typed,
    rows: typed.rows,
    options,
    preset,
    decimals,
    unit,
    signals: { lnob_format: d3Format(decimals), lnob_unit: unit, ...template.signals?.(options, typed.rows, context) },
    datasets: template.datasets?.(typed.rows, options, context),
    format,
    summary: (title) => template.summary?.(typed.rows, options, { format, title, ...context }) ?? '',
  };
}
