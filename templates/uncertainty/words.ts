/**
 * The words of uncertainty (`lower-column`, `upper-column`) in English, beside their code; the kit's other languages
 * translate them in `words.<lang>.ts` here, loaded only for a chart in that language.
 */
export interface UncertaintyWords {
  /** Two values whose ranges overlap: "The gap between Urban and Rural is within the margin of error: their ranges overlap." */
  readonly gapWithin: (a: string, b: string, where: string) => string;
  /** Two values whose ranges do not overlap. */
  readonly gapBeyond: (a: string, b: string, where: string) => string;
  /** A line's first and last values, whose ranges overlap ("" for a chart of one line). */
  readonly changeWithin: (line: string, from: string, to: string) => string;
  readonly changeBeyond: (line: string, from: string, to: string) => string;
  /** Rows without one of their bounds: `example` names one ("Kano 2018"). */
  readonly boundsMissing: (count: number, example: string) => string;
  /** A row whose range does not contain its value. */
  readonly boundsOutside: (row: string, value: string, range: string) => string;
}

export const english: UncertaintyWords = {
  gapWithin: (a, b, where) => `The gap between ${a} and ${b}${where ? ` (${where})` : ''} is within the margin of error: their ranges overlap.`,
  gapBeyond: (a, b, where) => `The ranges of ${a} and ${b}${where ? ` (${where})` : ''} do not overlap: the gap is larger than the margin of error.`,
  changeWithin: (line, from, to) => `The change${line ? ` for ${line}` : ''} from ${from} to ${to} is within the margin of error: the ranges overlap.`,
  changeBeyond: (line, from, to) => `The ranges${line ? ` for ${line}` : ''} in ${from} and ${to} do not overlap: the change is larger than the margin of error.`,
  boundsMissing: (count, example) =>
    count === 1
      ? `1 value has no lower or upper bound (${example}): it is drawn without its range.`
      : `${count} values have no lower or upper bound (e.g. ${example}): they are drawn without their range.`,
  boundsOutside: (row, value, range) => `The range given for ${row} (${range}) does not contain its value, ${value}: it is drawn without its range. Check the lower and upper columns.`,
};

declare module '../../i18n/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TemplateWords extends UncertaintyWords {}
}
