import { fail } from '../i18n/errors/core.en.js';
import { looksTidy } from '../data/layouts/detect.js';
import { drawsAsGiven } from '../data/mark-keys.js';
import type { AuthorHint, Provenance } from '../data/layouts/index.js';
import { withFileProvenance } from '../data/provenance.js';
import type { DecimalMark } from '../data/numbers.js';
import type { Sliced } from '../data/slice.js';
import type { RawTable, Row } from '../data/table.js';
import { typeRows, type TypedData } from '../data/typing.js';
import { englishStrings, vegaLocale, type UiStrings } from '../i18n/index.js';
import { loadIndicators } from '../templates/indicator-loader.js';
import type { PresetDefaults } from '../templates/indicators.js';
import { readOptions, readRoleColumns, readSliceOptions, type AttributeReader } from '../templates/options.js';
import { loadTemplate, templateIds } from '../templates/registry.js';
import '../templates/built-in.js'; // the built-in templates, each loaded when a chart first asks for it
import type { ChartTemplate, Options, RoleDef } from '../templates/types.js';
import { prepareLabels } from '../templates/spec-helpers.js';
import { hasBounds } from '../templates/uncertainty/index.js';
import { choiceText } from './choices.js';
import { compileTemplate } from './compile.js';
import type { Panel } from './facets.js';
import { languageOptions, languageSignals } from './language.js';
import { accessibilitySignals, whenFormatter } from './data-points.js';
import type { AnnotationPlan } from './annotations.js';
import { d3Format, decimalsOf, intlFormatter, valueMax } from './number-format.js';
import { chartText, type ChartText } from './text.js';
import type { ChartTheme } from './theme.js';
import type { Renderer, ViewRequest } from './view.js';
import { atYear, sliceYears, yearCaption, yearNotes, yearRows, yearSignals, yearTrack, type YearChoice } from './years.js';

/**
 * The one chart plan: a parsed table and a chart's attributes in; everything
 * needed to show the chart out — typed rows, options, preset, unit, the words
 * around it, summary, notes on rows it cannot show, the data table, and (given
 * a size and a theme) the renderer's request. No DOM: the element, the command
 * line, the benchmark and the exports are shells that read their input, call
 * this, and show the result. A shell that works any of this out itself is a fork.
 */
export interface PlanInput {
  readonly table: RawTable;
  /** Reads a chart attribute by its HTML spelling (`template`, `value-column`, `highlight`…); null when unset. */
  readonly attribute: AttributeReader;
  /** The chart's language as the page wrote it (e.g. `pt-BR`); undefined: English. */
  readonly lang?: string | undefined;
  /** The words of `lang` (i18n/loadStrings). */
  readonly strings: UiStrings;
  /** A `data-role="annotations"` table given with the data (render/annotations.ts); the `annotations` attribute is read too. */
  readonly annotations?: RawTable | undefined;
}

/** Where and how the chart is drawn: the shell's part. */
export interface Frame {
  readonly theme: ChartTheme;
  readonly width: number;
  /** A fixed height in px; undefined sizes the chart by step, or by the template's aspect ratio. */
  readonly height?: number | undefined;
  readonly renderer?: Renderer | undefined;
  /** Never use `eval` for expressions (`csp="strict"`). */
  readonly strict?: boolean | undefined;
}

/** What the data table shows (the element's "Show data as table", the CSV download). */
export interface TableModel extends TypedData {
  readonly caption: string;
  readonly roles: readonly RoleDef[];
}

export interface ChartPlan {
  readonly template: ChartTemplate;
  readonly lang: string | undefined;
  readonly strings: UiStrings;
  readonly typed: TypedData;
  readonly rows: readonly Row[];
  readonly options: Options;
  readonly preset: PresetDefaults | undefined;
  readonly provenance: Provenance;
  readonly decimals: number;
  /** Written after each number: the data's own (`70%`), else the file's, else the preset's. */
  readonly unit: string;
  /** A number as the chart writes it, in its language. */
  readonly format: (value: number) => string;
  readonly text: ChartText;
  /** The SDG goal (1–17) whose colour is the accent, if any. */
  readonly goal: number | undefined;
  /** What the chart shows, in a sentence or two, in its language. */
  readonly summary: string;
  /** Notes on rows the chart cannot show as given ("Not on the map: Atlantis"). */
  readonly warnings: readonly string[];
  /** For the page's author, never drawn: how the file was read, which attribute picks another slice (`lnob-warning`). */
  readonly hints: readonly AuthorHint[];
  readonly table: TableModel;
  /** The template's own signals (e.g. `lnob_unit`, when a template writes its values with a unit of its own). */
  readonly signals: Readonly<Record<string, unknown>> | undefined;
  /** The template's own datasets besides the rows (the progress projection and verdicts), as the drawing gets them. */
  readonly datasets: Readonly<Record<string, object[]>> | undefined;
  /** Events and call-outs marked on the chart, as drawn, said and walked (render/annotations.ts). */
  readonly annotations: AnnotationPlan;
  /** Small multiples (`facet-column`): each panel's name and its own plan. */
  readonly panels?: readonly Panel<ChartPlan>[] | undefined;
  /** The renderer's request for this chart in a frame (compiled spec, theme config, signals, rows, locale). */
  request(frame: Frame): Promise<ViewRequest>;
  /** A map or ranked bars from a file of several years: the years, the one drawn, and the plan of another (render/years.ts). */
  readonly years?: (YearChoice & { at(year: number): Promise<ChartPlan> }) | undefined;
}

/** Hard ceiling on rows, whatever the template; beyond it a chart would freeze a cheap phone. */
export const MAX_ROWS = 100_000;

/**
 * The template an attribute names (`ranked-bar` when unset), its code loaded if it is a built-in one not yet on the
 * page, or an `unknown-template` error listing the others.
 */
export async function planTemplate(attribute: AttributeReader): Promise<ChartTemplate> {
  const id = attribute('template') ?? 'ranked-bar';
  const template = await loadTemplate(id);
  if (!template) throw fail('unknown-template', 'unknownTemplate', id, templateIds());
  return template;
}

/** Starts loading what a chart will need before its data has arrived (its template's code and own data), so they come in parallel. */
export function prefetch(attribute: AttributeReader): void {
  void loadTemplate(attribute('template') ?? 'ranked-bar')
    .then((template) => template?.load?.(earlyOptions(template, attribute)))
    .catch(() => undefined);
}

/** The options as the attributes give them, for loading a template's own data early; undefined when one is wrong (the plan says so in its turn). */
function earlyOptions(template: ChartTemplate, attribute: AttributeReader): Options | undefined {
  try {
    return readOptions(template, attribute);
  } catch {
    return undefined;
  }
}

/** No annotations: what a chart without them plans, without downloading their code. */
const NO_ANNOTATIONS: AnnotationPlan = { placed: [], said: [], sentence: undefined, hints: [], datasets: undefined };

export async function planChart(input: PlanInput): Promise<ChartPlan> {
  // Small multiples (render/facets.ts): their code downloads only for a chart that asks for them.
  const faceted = input.attribute('facet-column')?.trim() ? await (await import('./facets.js')).planFacets(input, await planTemplate(input.attribute), planChart, slice) : undefined;
  return faceted ?? planOneChart(input);
}

async function planOneChart({ table, attribute, lang, strings, annotations: annotationTable }: PlanInput): Promise<ChartPlan> {
  const template = await planTemplate(attribute);
  // e.g. the map's shapes and country names (or the page's own boundaries), alongside the rest
  const templateData = template.load?.(earlyOptions(template, attribute));
  templateData?.catch(() => undefined); // awaited below; not an unhandled rejection when an earlier step fails first
  // The ceiling counts the rows to draw: a big download sliced to one series is fine.
  const latest = await slice(table, template, attribute);
  // Several years for each mark, on a chart with a year control: every year's rows, one year drawn (render/years.ts).
  const byYear = await sliceYears(table, template, attribute, latest);
  const sliced = byYear?.sliced ?? latest;
  if (sliced.table.rows.length > MAX_ROWS) throw fail('too-large', 'tooManyRows', sliced.table.rows.length, MAX_ROWS);
  const indicator = attribute('indicator');
  const preset = indicator?.trim() ? (await loadIndicators()).presetDefaults(indicator, lang) : undefined; // an unknown code fails here
  const decimal = attribute('decimal')?.trim();
  const typed = typeRows(sliced.table, template.roles, {
    columns: sliced.columns,
    decimal: decimal === ',' || decimal === '.' ? (decimal as DecimalMark) : undefined,
    lang,
  });
  const bounded = template.uncertainty !== undefined && hasBounds(typed); // lower-column and upper-column, as a pair
  const track = byYear && yearTrack(typed.rows, byYear.years, attribute);
  const rows = track?.rows ?? typed.rows;
  const reading = bounded ? await import('../templates/uncertainty/reading.js') : undefined; // only charts with bounds download it
  const valueColumn = typed.columns.value;
  if (valueColumn !== undefined && !typed.rows.some((row) => typeof row.value === 'number' && Number.isFinite(row.value))) {
    throw fail('no-data', 'noValues', valueColumn); // rows, but nothing to draw: never an empty axis
  }
  if (template.maxRows !== undefined && rows.length > template.maxRows) {
    throw fail('too-large', 'templateTooManyRows', template.name, template.id, template.maxRows, rows.length);
  }
  const options = languageOptions(template, readOptions(template, attribute, preset?.options), strings);
  // The summary and the signals may need them: the map's country names; the rules for long labels (loaded only for long names).
  await Promise.all([templateData, prepareLabels(rows)]);
  const decimals = preset?.decimals ?? decimalsOf(track?.all ?? rows, 'value');
  const fileProvenance = withFileProvenance(sliced.provenance, table, typed); // the file's footnotes, the values left out
  // What the chart chose from the rows, said in the chart's language.
  const provenance = { ...fileProvenance, choices: [...(fileProvenance.chosen ?? []).map((choice) => choiceText(choice, strings)), ...yearNotes(track, strings)] };
  const unit = typed.units.value ?? provenance.unit ?? preset?.unit ?? '';
  const format = intlFormatter(lang, decimals, unit);
  const text = chartText({ attribute, lang, preset, provenance });
  const context = { strings: strings.summary, lang };
  const templateSignals = template.signals?.(options, rows, context);
  const datasets = template.datasets?.(rows, options, context);
  // Annotations (render/annotations.ts): their code downloads only for a chart that has some.
  const annotating = attribute('annotations')?.trim() || annotationTable ? await import('./annotations.js') : undefined;
  const annotations = !annotating ? NO_ANNOTATIONS : await annotating.planAnnotations({
    template,
    rows,
    datasets,
    attribute,
    table: annotationTable,
    strings,
    lang,
    format,
    when: whenFormatter({ rows, lang }),
    compiled: () => compileTemplate(template, options, { fixedHeight: false, ...(bounded ? { uncertainty: true as const } : {}) }, strings.dir),
  });
  const summaryContext = { format, title: text.title, decimals, formatTo: (value: number, places: number) => intlFormatter(lang, places, unit)(value), ...context };
  const plan: ChartPlan = {
    template,
    lang,
    strings,
    typed,
    rows,
    options,
    preset,
    provenance,
    decimals,
    unit,
    format,
    text,
    goal: text.goal?.goal,
    summary: [template.summary?.(rows, options, summaryContext), template.uncertainty && reading?.BOUND_SENTENCES[template.uncertainty.marks](rows, options, summaryContext), periodSentence(provenance, strings), ...yearNotes(track, strings), annotations.sentence]
      .filter(Boolean)
      .join(' '),
    warnings: [...(template.check?.(rows, options, context) ?? []), ...(reading?.boundsWarnings(rows, format, context) ?? [])],
    hints: [...(provenance.hints ?? []), ...(template.hints?.(rows, options) ?? []), ...annotations.hints, ...(track?.hints ?? [])],
    table: { caption: yearCaption(text.title || template.name, track, strings), roles: template.roles, ...typed, rows },
    signals: templateSignals,
    datasets,
    annotations,
    async request({ theme, width, height, renderer = 'svg', strict = false }: Frame): Promise<ViewRequest> {
      const unannotated = await compileTemplate(template, options, { fixedHeight: height !== undefined, ...(bounded ? { uncertainty: true as const } : {}) }, strings.dir);
      const annotated = annotations.datasets && annotating?.annotatedSpec(unannotated); // the layer only where there is something to mark
      const compiled = annotated ?? unannotated;
      return {
        compiled,
        config: theme.vega.config,
        configKey: theme.vega.key,
        signals: {
          ...theme.vega.signals,
          lnob_format: d3Format(decimals),
          lnob_unit: unit,
          lnob_value_max: valueMax(rows, unit),
          ...languageSignals(compiled.spec, strings),
          ...accessibilitySignals(plan), // each line's sentence, each mark's word, in the chart's language
          ...templateSignals,
          ...annotating?.annotationSignals(compiled.spec, theme.vega.config.text?.fontSize, strings),
          ...yearSignals(template, track, unit, options),
        },
        rows: yearRows(rows, track),
        datasets: annotated ? { ...datasets, ...annotations.datasets } : datasets,
        renderer,
        width,
        height,
        aspectRatio: template.aspectRatioFor?.(options) ?? template.aspectRatio,
        locale: vegaLocale(lang),
        localeKey: lang ?? '',
        strict,
      };
    },
    years: track && { years: track.years, year: track.year, at: (year) => planChart({ table, attribute: atYear(attribute, year), lang, strings }) },
  };
  return plan;
}

/** "Latest data, 2015–2022." when a chart of one value per mark shows rows of different years. */
function periodSentence({ period }: Provenance, strings: UiStrings): string | undefined {
  return period ? (strings.period ?? englishStrings.period)!(period.years, period.latest) : undefined;
}

/** The file's layout (UN SDG, World Bank, Open SDG, wide, tidy) and the slice the attributes ask for, before typing. */
async function slice(table: RawTable, template: ChartTemplate, attribute: AttributeReader): Promise<Sliced> {
  const layout = attribute('layout')?.trim().toLowerCase() || 'auto';
  const sliced = ['where', 'series-code', 'countries', 'years', 'aggregates'].some((name) => attribute(name)?.trim());
  // A plain table with no slice asked for, one row per mark and one year, needs none of the layout code,
  // so a page does not even download it.
  const columns = readRoleColumns(attribute);
  const roles = template.roles.map((role) => role.name);
  const required = template.roles.filter((role) => role.required).map((role) => role.name);
  if (!sliced && (layout === 'tidy' || (layout === 'auto' && looksTidy(table))) && drawsAsGiven(table, roles, columns, required)) {
    return { layout: 'tidy', table, columns, provenance: { notes: [] } }; // the file's own source and notes join in withFileProvenance
  }
  const { applyLayoutAndSlice } = await import('../data/slice.js');
  return applyLayoutAndSlice(table, readSliceOptions(template, attribute));
}
