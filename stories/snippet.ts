/**
 * The snippet generator moved to components/shared/embed-code.ts, so the
 * chart's own "Copy embed code" menu can use it without depending on the
 * catalogue. Re-exported here so the stories and their tests keep working.
 */
export * from '../components/shared/embed-code.js';
