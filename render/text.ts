import type { Provenance } from '../data/layouts/index.js';
import type { AttributeReader } from '../templates/options.js';
import type { PresetDefaults } from '../templates/indicators.js';
import { sdgGoal, type SdgGoal } from '../themes/index.js';
import { safeHref } from './links.js';

/**
 * The words around a chart — title, subtitle, goal line, source, credit,
 * notes — from what the page set, else the indicator preset, else what the
 * data file says about itself. Pure: the element shows them (at once, before
 * the data has arrived) and the command line and exports draw them.
 */
export interface ChartText {
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly notes: string | undefined;
  readonly source: string | undefined;
  /** The source's link, only when it is `http:` or `https:`. */
  readonly sourceHref: string | undefined;
  readonly credit: string | undefined;
  /** The SDG goal the chart is about: `goal="N"`, else the preset's. Its colour is the accent. */
  readonly goal: SdgGoal | undefined;
  /**
   * The language of a title or subtitle the preset filled in, when it differs from the chart's (an indicator
   * with no official translation), so screen readers pronounce it right. Undefined when the page wrote it.
   */
  readonly titleLanguage: string | undefined;
  readonly subtitleLanguage: string | undefined;
}

export interface TextInput {
  readonly attribute: AttributeReader;
  readonly lang?: string | undefined;
  readonly preset?: PresetDefaults | undefined;
  readonly provenance?: Provenance | undefined;
}

export function chartText({ attribute, lang, preset, provenance }: TextInput): ChartText {
  const chartLanguage = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const otherThanChart = (language: string | undefined) => (language && language !== chartLanguage ? language : undefined);
  const title = attribute('title');
  const subtitle = attribute('subtitle');
  const notes = attribute('notes');
  const source = attribute('source');
  return {
    title: title ?? preset?.title ?? provenance?.title,
    subtitle: subtitle ?? preset?.subtitle,
    // What the chart did with the rows (totals, latest years) is said whatever the page's own notes.
    notes: [notes ?? [preset?.notes, ...(provenance?.notes ?? [])].filter(Boolean).join(' '), ...(provenance?.choices ?? [])].filter(Boolean).join(' ') || undefined,
    source: source ?? provenance?.source,
    sourceHref: safeHref(attribute('source-url')),
    credit: attribute('credit') ?? undefined,
    goal: sdgGoal(attribute('goal')) ?? sdgGoal(preset?.goal),
    titleLanguage: title === null && preset ? otherThanChart(preset.titleLanguage) : undefined,
    subtitleLanguage: subtitle === null && preset ? otherThanChart(preset.textLanguage) : undefined,
  };
}
