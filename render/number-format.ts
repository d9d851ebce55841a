import { chromeNumberFormat } from '../i18n/locale.js';
import type { Row } from '../data/table.js';

/** How many decimals the values need (at most 2), so labels read "69.5" and "70", not "70.00". */
export function decimalsOf(rows: readonly Row[], field: string): number {
  let decimals = 0;
  for (const row of rows) {
    const value = row[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    while (decimals < 2 && Math.abs(Math.round(value * 10 ** decimals) - value * 10 ** decimals) > 1e-9 * Math.max(1, Math.abs(value) * 10 ** decimals)) {
      decimals++;
    }
    if (decimals === 2) break;
  }
  return decimals;
}

/** The d3 format for Vega labels: thousands grouped, fixed decimals. */
export function d3Format(decimals: number): string {
  return `,.${decimals}f`;
}

/** The same format for the HTML chrome (summary), from Intl in the chart's language, grouped as the drawing groups (i18n/locale.ts). */
export function intlFormatter(lang: string | undefined, decimals: number, unit: string): (value: number) => string {
  return chromeNumberFormat(lang, decimals, unit);
}

/**
 * The top of the value scale: 100 for percentages that come near it (above 80) but never pass it (a share cannot pass
 * 100%, so its scale stops there rather than at a "nice" 110 or 120), else null (the scale's own).
 */
export function valueMax(rows: readonly Row[], unit: string): number | null {
  if (unit !== '%') return null;
  let max = -Infinity;
  for (const row of rows) {
    const value = row['value'];
    if (typeof value === 'number' && Number.isFinite(value)) max = Math.max(max, value);
  }
  return max > 80 && max <= 100 ? 100 : null;
}
