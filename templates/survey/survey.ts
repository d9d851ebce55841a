import { fail } from '../../i18n/errors/core.en.js';
import type { Row } from '../../data/table.js';
import type { ChartTemplate, Options } from '../types.js';
import { rankedBar, rankedBarSpec } from '../ranked-bar/ranked-bar.js';
import { wordsIn } from '../words.js';
import { english } from './words.js';
import type { SummaryStrings } from '../../i18n/strings.js';
import { strings as en } from '../../i18n/en.js';
import { chromeNumberFormat } from '../../i18n/locale.js';

/** The answers' column: half the width, at least 110 px. */
const ANSWER_LIMIT = 'max(110, width * 0.5)';

/**
 * Ranked percentage bars for the answers to one survey question, with the
 * number of respondents written under the chart. It is a ranked-bar (same
 * bars, labels, highlight and reference line) on a 0–100% scale.
 */
export const survey: ChartTemplate = {
  id: 'survey',
  name: 'Survey answers',
  maxRows: 1_000, // beyond this it is unreadable and slow: too-large asks for aggregated data
  description:
    'Show the answers to one multiple-choice survey question — "Who is most at risk of being left behind?" — as ' +
    'bars ranked from the most to the least chosen, each with its percentage, and the number of respondents under ' +
    'the chart so readers can judge how much the numbers say. Values are the percentage of respondents choosing each ' +
    'answer; an `n` column gives the number of respondents (one total, or one per answer). Percentages outside 0–100 are refused with a message. For other rankings use ' +
    'ranked-bar.',
  roles: [
    { name: 'category', type: 'nominal', required: true, meaning: 'the answer' },
    { name: 'value', type: 'quantitative', required: true, meaning: 'the percentage of respondents who gave that answer' },
    { name: 'n', type: 'quantitative', required: false, meaning: 'the number of respondents' },
  ],
  words: english,
  options: rankedBar.options,

  spec(options, context) {
    type Layer = { encoding?: Record<string, Record<string, unknown> | undefined>; layer?: Layer[] } & Record<string, unknown>;
    // Answers are sentences: give them more of the width than ranked-bar gives place names.
    const { encoding, layer, ...base } = rankedBarSpec(options, context, ANSWER_LIMIT) as unknown as Layer & { layer: Layer[] };
    const [bars, ...rest] = layer;
    const x = bars!.encoding!['x']!;
    // The bars run on a 0–100% scale (wider when a value is above 100), with % on the axis.
    const scaledBars: Layer = {
      ...bars,
      encoding: { ...bars!.encoding, x: { ...x, scale: { domain: { unionWith: [0, 100] } }, axis: { ...(x['axis'] as object), labelExpr: "datum.label + '%'" } } },
    };
    return {
      ...base,
      params: [...(base['params'] as { name: string; value: unknown }[]), { name: 'lnob_respondents', value: '' }],
      layer: [
        { ...(encoding ? { encoding } : {}), layer: [scaledBars, ...rest] },
        {
          // "Respondents: 5,000", under the axis.
          data: { values: [{}] },
          transform: [{ calculate: 'lnob_respondents', as: 'lnob_n' }, { filter: "datum.lnob_n != ''" }],
          mark: { type: 'text', align: 'left', baseline: 'top', x: 0, y: { expr: 'height' }, dy: 24, fill: { expr: 'lnob_color_muted' } },
          encoding: { text: { field: 'lnob_n', type: 'nominal' } },
        },
      ],
    } as unknown as ReturnType<ChartTemplate['spec']>;
  },

  signals(options: Options, rows: readonly Row[], context) {
    if (rows.some((row) => typeof row['value'] === 'number' && (row['value'] < 0 || row['value'] > 100))) {
      throw fail('wrong-type', 'surveyRange');
    }
    // Values are percentages of respondents, whether or not the file writes the % sign.
    return { ...rankedBar.signals!(options, rows), lnob_unit: '%', lnob_respondents: respondents(rows, context?.strings, context?.lang) };
  },

  summary(rows, _options, { format, title, strings = en.summary, lang }) {
    const percent = (value: number) => {
      const text = format(value);
      return text.endsWith('%') ? text : `${text}%`;
    };
    const valid = rows.filter((row) => typeof row['value'] === 'number') as (Row & { value: number })[];
    if (valid.length === 0) return `${wordsIn(english, strings).surveyResults(title)} ${strings.noValues}`;
    const sorted = [...valid].sort((a, b) => b.value - a.value);
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    const name = (row: Row) => String(row['category'] ?? '');
    const head = wordsIn(english, strings).surveyResults(title, valid.length);
    const text =
      valid.length === 1
        ? `${head} ${name(top)}: ${percent(top.value)}.`
        : `${head} ${strings.highest(name(top), percent(top.value))} ${strings.lowest(name(bottom), percent(bottom.value))}`;
    const n = respondents(rows, strings, lang);
    return n ? `${text} ${n}.` : text;
  },
};

/**
 * "Respondents: 5,000", or a range when each answer has its own number; '' without an `n` column.
 * In English with English number marks unless the summary's words and language are given.
 */
export function respondents(rows: readonly Row[], strings: SummaryStrings = en.summary, lang = 'en'): string {
  const counts = [...new Set(rows.map((row) => row['n']).filter((n): n is number => typeof n === 'number' && Number.isFinite(n)))];
  if (counts.length === 0) return '';
  const format = chromeNumberFormat(lang, 0);
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return low === high ? strings.respondents(format(high)) : wordsIn(english, strings).respondentsRange(format(low), format(high));
}
