/**
 * Small multiples (`facet-column`): one small chart per value of a column —
 * a country, a group — with shared scales, laid out in a grid that wraps to
 * the element's width. The chart plan (render/plan.ts) hands a faceted chart
 * here: each panel is planned as a chart of its own (its rows, its summary,
 * its datasets, its verdict), and the panels are joined into one plan whose
 * drawing is the template's compiled spec repeated per panel
 * (render/facet-spec.ts). One Vega view draws them all, so the tooltip, the
 * keyboard, the share images and the command line need nothing new.
 */
import { fail } from '../i18n/errors/core.en.js';
import { failFacets } from '../i18n/errors/facets.en.js';
import { findColumn } from '../data/layouts/columns.js';
import type { Sliced } from '../data/slice.js';
import type { Row, RawTable } from '../data/table.js';
import type { UiStrings } from '../i18n/index.js';
import type { AttributeReader } from '../templates/options.js';
import type { ChartTemplate, Options, RoleDef, RoleName } from '../templates/types.js';
import { COLUMNS_SIGNAL, DATASET_FIELD, PANEL_FIELD, PANEL_INDEX_FIELD, PANEL_LINE_FIELD, facetSpec } from './facet-spec.js';
import { facetColumns } from './facet-fields.js';

export { facetColumns, ONE_COLUMN_BELOW, PANEL_MIN } from './facet-fields.js';
import type { ViewRequest } from './view.js';
import { accessibilitySignals, sentencesOf, type PointsPlan } from './data-points.js';
import type { AnnotationPlan } from './annotations.js';
import { BLANK_DATASET, blankCells, rightToLeftPanels } from './facet-rtl.js';
import { valueMax } from './number-format.js';

export const FACET_ATTRIBUTE = 'facet-column';
/** More panels than this are too small to read: the reader is asked to filter. */
export const MAX_PANELS = 24;
/** The templates whose small multiples read well. */
export const FACET_TEMPLATES: readonly string[] = ['trend', 'progress', 'disaggregation', 'ranked-bar'];

/** The parts of a chart plan this module reads and joins (the ChartPlan of render/plan.ts). */
export interface FacetablePlan extends PointsPlan {
  readonly template: ChartTemplate;
  readonly lang: string | undefined;
  readonly strings: UiStrings;
  readonly rows: readonly Row[];
  readonly options: Options;
  readonly summary: string;
  readonly warnings: readonly string[];
  readonly hints: readonly unknown[];
  readonly table: { readonly caption: string; readonly roles: readonly RoleDef[]; readonly rows: readonly Row[]; readonly columns: Partial<Record<RoleName, string>> };
  readonly signals: Readonly<Record<string, unknown>> | undefined;
  readonly datasets: Readonly<Record<string, object[]>> | undefined;
  /** The panel's annotations' drawing data (render/annotations.ts), drawn in its panel. */
  readonly annotations?: Pick<AnnotationPlan, 'placed' | 'said' | 'datasets' | 'sentence'> | undefined;
  readonly panels?: readonly Panel<FacetablePlan>[] | undefined;
  request(frame: FacetFrame): Promise<ViewRequest>;
}
interface FacetFrame {
  readonly width: number;
  readonly height?: number | undefined;
}

export interface Panel<P> {
  /** The facet value: the panel's title (text, never markup). */
  readonly name: string;
  readonly plan: P;
}

interface FacetInput {
  readonly table: RawTable;
  readonly attribute: AttributeReader;
}


/**
 * The chart as small multiples when the page asks for them (`facet-column`), else undefined.
 * `planOne` plans one panel: the chart plan itself, called with the panel's rows and no `facet-column`.
 */
export async function planFacets<I extends FacetInput, P extends FacetablePlan>(
  input: I,
  template: ChartTemplate,
  planOne: (input: I) => Promise<P>,
  slice: (table: RawTable, template: ChartTemplate, attribute: AttributeReader) => Promise<Sliced>,
): Promise<P | undefined> {
  const asked = input.attribute(FACET_ATTRIBUTE)?.trim();
  if (!asked) return undefined;
  if (!FACET_TEMPLATES.includes(template.id)) throw failFacets('unsupported', 'facetTemplate', template.id, FACET_TEMPLATES);
  const { table } = input;
  const column = findColumn(table.columns, asked);
  if (column === undefined) throw fail('missing-column', 'noSuchColumn', asked, 'facet' as RoleName, table.columns.filter(Boolean));
  const parts = splitRows(table, column);
  const countries = await countriesAsked(input, template, column, slice);
  // Each panel is sliced by itself, except for `countries`: a panel has only some of the countries asked for.
  const attribute: AttributeReader = (name) => (name === FACET_ATTRIBUTE || (name === 'countries' && countries) ? null : input.attribute(name));
  const panels: Panel<P>[] = [];
  let firstError: unknown;
  for (const [name, rows] of parts) {
    if (countries && !countries.has(name)) continue;
    try {
      panels.push({ name, plan: await planOne({ ...input, table: { ...table, rows }, attribute }) });
    } catch (error) {
      // A panel the slice attributes leave empty is not drawn; any other problem is the chart's.
      if (!isEmptyPanel(error)) throw error;
      firstError ??= error;
    }
    if (panels.length > MAX_PANELS) break;
  }
  if (panels.length === 0) throw firstError;
  if (panels.length > MAX_PANELS) throw failFacets('too-large', 'tooManyPanels', column, MAX_PANELS);
  return joinPanels(ordered(panels), column);
}

/**
 * The facet values left by `countries` (undefined when it is not set), from the whole file sliced once, so a name
 * the file lacks is said as on any chart. The facet column joins the marks' identity (as a role the template does
 * not read), so rows of one mark in two panels are not taken for a repeated mark.
 */
async function countriesAsked(
  input: FacetInput,
  template: ChartTemplate,
  column: string,
  slice: (table: RawTable, template: ChartTemplate, attribute: AttributeReader) => Promise<Sliced>,
): Promise<Set<string> | undefined> {
  if (!input.attribute('countries')?.trim()) return undefined;
  const free = (['category', 'group', 'series'] as const).find((role) => !template.roles.some((r) => r.name === role))!;
  const keyed = { ...template, roles: [...template.roles, { name: free, type: 'nominal', required: false, meaning: '' } as RoleDef] };
  const keep = new Set(['countries', 'layout', 'aggregates']);
  const attribute: AttributeReader = (name) =>
    name === `${free}-column` ? column : keep.has(name) || (name.endsWith('-column') && name !== FACET_ATTRIBUTE) ? input.attribute(name) : null;
  const sliced = await slice(input.table, keyed, attribute);
  const index = sliced.table.columns.indexOf(column);
  return new Set(sliced.table.rows.map((row) => String(row[index] ?? '').trim()));
}

function isEmptyPanel(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'no-matching-rows' || code === 'empty-data' || code === 'no-data';
}

/** Rows by facet value, in the order the values first appear; rows without one are left out. */
function splitRows(table: RawTable, column: string): Map<string, RawTable['rows'][number][]> {
  const index = table.columns.indexOf(column);
  const parts = new Map<string, RawTable['rows'][number][]>();
  for (const row of table.rows) {
    const cell = row[index];
    const name = cell === null || cell === undefined ? '' : String(cell).trim();
    if (name === '') continue;
    let part = parts.get(name);
    if (!part) parts.set(name, (part = []));
    part.push(row);
  }
  return parts;
}

/** As in the data; bars sorted by value (`ranked-bar`'s `sort`) put their panels in the same order, by each panel's highest. */
function ordered<P extends FacetablePlan>(panels: Panel<P>[]): Panel<P>[] {
  const { template, options } = panels[0]!.plan;
  const sort = options['sort'];
  if (template.id !== 'ranked-bar' || (sort !== 'ascending' && sort !== 'descending')) return panels;
  const latest = (plan: P) => {
    const values = plan.rows.filter((row) => typeof row['value'] === 'number').map((row) => row['value'] as number);
    return values.length ? Math.max(...values) : -Infinity;
  };
  const sign = sort === 'ascending' ? 1 : -1;
  return [...panels].sort((a, b) => sign * (latest(a.plan) - latest(b.plan)));
}

/** The panel's line under its name: its verdict, when the template gives one (progress). */
function panelLine(plan: FacetablePlan): string {
  const verdicts = Object.values(plan.datasets ?? {})
    .flat()
    .filter((row): row is { kind: string; label?: string } => (row as { kind?: unknown }).kind === 'verdict')
    .map((row) => row.label ?? '')
    .filter(Boolean);
  return [...new Set(verdicts)].join(' · ');
}

/** Room a year label needs on a time axis (px), and what a panel gives its axis labels and line-end names. */
const YEAR_LABEL = 48;
const PANEL_LABELS = 120;

/** Yearly ticks far enough apart for a small panel: the step doubled until the labels fit (1990, 2000… not 1990, 1995…). */
function fewerYearTicks(signals: Readonly<Record<string, unknown>> | undefined, rows: readonly object[], panelWidth: number): Record<string, unknown> {
  const ticks = signals?.['lnob_time_ticks'] as { interval?: string; step?: number } | undefined;
  if (ticks?.interval !== 'year' || !ticks.step) return {};
  const years = rows.map((row) => (row as { time?: unknown }).time).filter((t): t is Date => t instanceof Date).map((t) => t.getUTCFullYear());
  if (years.length === 0) return {};
  const span = Math.max(...years) - Math.min(...years);
  const fit = Math.max(2, Math.floor((panelWidth - PANEL_LABELS) / YEAR_LABEL));
  let step = ticks.step;
  while (span / step > fit) step *= 2;
  return step === ticks.step ? {} : { lnob_time_ticks: { ...ticks, step } };
}

function tag<T extends object>(rows: readonly T[], index: number, name: string, line: string, dataset?: string): object[] {
  return rows.map((row) => ({ ...row, [PANEL_INDEX_FIELD]: index, [PANEL_FIELD]: name, [PANEL_LINE_FIELD]: line, ...(dataset ? { [DATASET_FIELD]: dataset } : {}) }));
}

/**
 * The drawing's name without a title: the kind of chart, as the first panel's summary starts ("Line chart, 2 lines,
 * 2015–2023."), and the panels by name ("North, South, East, and West."), not the first panel's values.
 */
function panelsName(panels: readonly Panel<FacetablePlan>[], lang: string | undefined): string {
  const kind = sentencesOf(panels[0]!.plan.summary)[0]?.trim() ?? '';
  const names = panels.map(({ name }) => name);
  let list: string;
  try {
    list = new Intl.ListFormat(lang ?? 'en', { type: 'conjunction' }).format(names);
  } catch {
    list = names.join(', ');
  }
  return [kind, `${list}.`].filter(Boolean).join(' ');
}

/**
 * Each panel's summary in turn. Events marked in every panel alike (a time axis's "2015: SDGs adopted") are said once,
 * at the end, not once a panel; call-outs that differ from panel to panel stay with their panel.
 */
function panelsSummary(panels: readonly Panel<FacetablePlan>[]): string {
  const marked = panels.map(({ plan }) => plan.annotations?.sentence);
  const shared = marked[0] && marked.every((sentence) => sentence === marked[0]) ? marked[0] : undefined;
  const said = panels.map(({ name, plan }) => `${name}: ${shared ? plan.summary.replace(shared, '').trim() : plan.summary}`);
  return [...said, ...(shared ? [shared] : [])].join('\n');
}

/** One plan of every panel: rows, datasets and the data table carry the panel; the summary says each panel in turn. */
function joinPanels<P extends FacetablePlan>(panels: Panel<P>[], column: string): P {
  const first = panels[0]!.plan;
  const lines = panels.map(({ plan }) => panelLine(plan));
  const rows = panels.flatMap(({ name, plan }, i) => tag(plan.rows, i, name, lines[i]!)) as Row[];
  const datasets: Record<string, object[]> = {};
  panels.forEach(({ name, plan }, i) => {
    for (const [dataset, values] of Object.entries(plan.datasets ?? {})) (datasets[dataset] ??= []).push(...tag(values, i, name, lines[i]!, dataset));
  });
  const context = { strings: first.strings.summary, lang: first.lang };
  const signals = first.template.signals?.(first.options, rows, context);
  const panelRole = { name: PANEL_FIELD, type: 'nominal', required: true, meaning: 'the panel of each row' } as unknown as RoleDef;
  const summary = panelsSummary(panels);
  const warnings = [...new Set(panels.flatMap(({ plan }) => plan.warnings))];
  const hints = panels.flatMap(({ plan }) => plan.hints);
  const table = {
    ...first.table,
    roles: [panelRole, ...first.table.roles],
    columns: { [PANEL_FIELD]: column, ...first.table.columns } as Partial<Record<RoleName, string>>,
    rows,
  };
  const joined: FacetablePlan = {
    ...first,
    rows,
    summary,
    name: panelsName(panels, first.lang),
    warnings,
    hints,
    table,
    signals,
    datasets,
    panels,
    async request(frame: FacetFrame): Promise<ViewRequest> {
      // The panels' own height: the template's when it sizes by step (bars, rows of dots), else a small multiple's.
      const columns = facetColumns(frame.width, panels.length);
      // The drawing of the first panel that marks something (so it has the annotations' layer), else the first's.
      const lead = panels.find(({ plan }) => plan.annotations?.datasets)?.plan;
      const base = await (lead ?? first).request({ ...frame, height: undefined });
      // Each panel's annotations in that panel.
      const marked: Record<string, object[]> = {};
      if (lead) {
        panels.forEach(({ name, plan }, i) => {
          for (const [dataset, values] of Object.entries(plan.annotations?.datasets ?? {})) (marked[dataset] ??= []).push(...tag(values, i, name, lines[i]!, dataset));
        });
      }
      const drawn = { ...datasets, ...marked };
      const rtl = first.strings.dir === 'rtl';
      const faceted = facetSpec(base.compiled.spec, Object.keys(drawn), first.strings.dir);
      const spec = rtl ? rightToLeftPanels(faceted) : faceted; // the first panel at the right (render/facet-rtl.ts)
      const stepSized = (spec as { signals?: { name: string; update?: string }[] }).signals?.some((s) => s.name === 'height' && s.update) ?? false;
      const panelWidth = frame.width / columns;
      return {
        ...base,
        compiled: { key: `${base.compiled.key}|facets`, spec },
        // The value scale is shared: a percentage scale stops at 100 only when no panel goes past it (not the first panel's rule).
        signals: { ...base.signals, lnob_value_max: valueMax(rows, first.unit), ...accessibilitySignals(joined), ...signals, ...fewerYearTicks(signals, [...rows, ...Object.values(datasets).flat()], panelWidth), [COLUMNS_SIGNAL]: columns },
        rows,
        datasets: rtl ? { ...drawn, [BLANK_DATASET]: blankCells(panels.length, columns) } : drawn,
        height: stepSized ? undefined : (frame.height ?? Math.round(Math.max(140, Math.min(220, panelWidth * 0.6)))),
        aspectRatio: undefined,
      };
    },
  };
  return joined as P;
}
