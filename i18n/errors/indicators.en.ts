import { failWith } from '../../core/errors.js';

/** English error messages of the SDG indicator presets (loaded with them, on demand). See `core.en.ts`. */
export const indicatorErrors = {
  unknownIndicator: (code: string, known: readonly string[]) =>
    `There is no SDG indicator preset "${code}". Use one of: ${known.join(', ')}, ` +
    `or remove indicator="${code}" and set title, notes and the target yourself.`,
};

/** Errors from this catalogue. */
export const failIndicator = failWith(indicatorErrors);
