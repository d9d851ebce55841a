import { ChartError } from '../../core/errors.js';
import type { RawTable } from '../table.js';
import { openSdg } from './open-sdg.js';
import { tidy } from './tidy.js';
import { LAYOUT_IDS, type Arranged, type Layout, type LayoutId, type LayoutName } from './types.js';
import { unSdg } from './un-sdg.js';
import { wide } from './wide.js';
import { worldBank } from './world-bank.js';

export type { Arranged, LayoutId, LayoutName, Provenance } from './types.js';
export { splitWorldBankPreamble } from './world-bank.js';

/** In the order `auto` tries them: the most specific header first. */
const LAYOUTS: readonly Layout[] = [unSdg, worldBank, openSdg, wide, tidy];

/** Which layout a table has: the one named (`layout` attribute), else the first whose header matches. */
export function detectLayout(table: RawTable, asked: string | null | undefined = 'auto'): Layout {
  const id = (asked ?? '').trim().toLowerCase() || 'auto';
  if (!LAYOUT_IDS.includes(id as LayoutId)) {
    throw new ChartError('unsupported', `layout="${asked}" is not a layout this chart knows. Use one of: ${LAYOUT_IDS.join(', ')}.`);
  }
  if (id === 'auto') return LAYOUTS.find((layout) => layout.matches(table))!;
  const layout = LAYOUTS.find((l) => l.id === id)!;
  if (!layout.matches(table)) {
    throw new ChartError(
      'missing-column',
      `layout="${id}" expects ${EXPECTED[id as LayoutName]}, but the file's columns are: ${table.columns.filter(Boolean).slice(0, 12).join(', ')}. ` +
        `Remove the layout attribute to let the chart detect it, or check that this is the file you meant.`,
    );
  }
  return layout;
}

const EXPECTED: Record<LayoutName, string> = {
  'un-sdg': 'the columns of a UN SDG Global Database export (SeriesCode, GeoAreaName, TimePeriod, Value)',
  'world-bank': 'a World Bank download (Country Name, Country Code, Indicator Name and one column per year)',
  'open-sdg': 'an Open SDG file (Year first, Value last, with some rows where every disaggregation is empty)',
  wide: 'columns named after years (2015, 2016, …)',
  tidy: 'any table',
};

export function arrange(table: RawTable, asked?: string | null): Arranged {
  return detectLayout(table, asked).arrange(table);
}
