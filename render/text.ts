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
  /**
   * The same notes in the parts they come from (the page's or the file's words; each thing the chart chose), which
   * may be in different languages: shown each in its own direction.
   */
  readonly noteParts: readonly string[];
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
  // A title the file gives (never one the page or the preset wrote) is shortened, its full name said in the notes.
  const fileTitle = title ?? preset?.title ? undefined : provenance?.title;
  const short = fileTitle && shortTitle(fileTitle);
  const series = short && short !== fileTitle ? `Series: ${fileTitle}${/[.!?]$/.test(fileTitle) ? '' : '.'}` : undefined;
  // What the chart did with the rows (totals, latest years) is said whatever the page's own notes.
  const noteParts = [notes ?? [preset?.notes, ...(provenance?.notes ?? []), series].filter(Boolean).join(' '), ...(provenance?.choices ?? [])].filter(Boolean);
  return {
    title: title ?? preset?.title ?? short,
    subtitle: subtitle ?? preset?.subtitle,
    notes: noteParts.join(' ') || undefined,
    noteParts,
    source: source ?? provenance?.source,
    sourceHref: safeHref(attribute('source-url')),
    credit: attribute('credit') ?? undefined,
    goal: sdgGoal(attribute('goal')) ?? sdgGoal(preset?.goal),
    titleLanguage: title === null && preset ? otherThanChart(preset.titleLanguage) : undefined,
    subtitleLanguage: subtitle === null && preset ? otherThanChart(preset.textLanguage) : undefined,
  };
}

/** Series names longer than this are shortened when they become a title. */
const LONG_TITLE = 60;

/**
 * A long series name as a short title: the SDG code ("[1.2.1]") and what follows ", by …" are cut, and
 * parenthetical qualifiers, except the unit at its end: "Proportion of population living below the national
 * poverty line, by sex, age and location (%) [1.2.1]" → "Proportion of population living below the national
 * poverty line (%)". Names up to 60 characters are kept as they are.
 */
export function shortTitle(name: string): string {
  let text = name.trim();
  if (text.length <= LONG_TITLE) return text;
  text = text.replace(/\s*\[[^\]]*\]$/, '');
  const unit = /\s*(\([^()]{1,30}\))$/.exec(text);
  if (unit) text = text.slice(0, unit.index);
  text = text.replace(/,\s+by\s[\s\S]*$/i, '').replace(/\s*\([^()]*\)/g, '').replace(/[\s,;:.–-]+$/, '');
  return text ? `${text}${unit ? ` ${unit[1]}` : ''}` : name.trim();
}
