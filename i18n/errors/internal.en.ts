/** The English message of an unexpected failure (kept apart: every chunk that throws needs it). See `core.en.ts`. */
export const internalErrors = {
  /** `detail` is the program's own (English) description: it is for the bug report. */
  internal: (detail: string) =>
    `Something went wrong inside the chart (${detail}). This is a bug in lnob-charts: please report it with your data file.`,
};
