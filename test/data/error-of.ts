import { ChartError } from '../../core/errors.js';

/** The ChartError that `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): ChartError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChartError) return error;
    throw error;
  }
  throw new Error('expected a ChartError');
}
