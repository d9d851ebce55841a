import { failSlice as fail } from '../../i18n/errors/slice.en.js';
import type { RawTable } from '../table.js';
import { eurostat } from './eurostat.js';
import { openSdg } from './open-sdg.js';
import { owid } from './owid.js';
import { sdmx } from './sdmx.js';
import { tidy } from './tidy.js';
import { LAYOUT_IDS, type LayoutId, type LayoutName } from '../../core/layouts.js';
import type { Arranged, Layout } from './types.js';
import { unSdg } from './un-sdg.js';
import { wide } from './wide.js';
import { worldBank } from './world-bank.js';

export type { Arranged, AuthorHint, Provenance } from './types.js';
export { splitWorldBankPreamble } from './world-bank.js';

/** In the order `auto` tries them: the most specific header first. */
const LAYOUTS: readonly Layout[] = [unSdg, worldBank, openSdg, sdmx, owid, eurostat, wide, tidy];

/** Which layout a table has: the one named (`layout` attribute), else the first whose header matches. */
export function detectLayout(table: RawTable, asked: string | null | undefined = 'auto'): Layout {
  const id = (asked ?? '').trim().toLowerCase() || 'auto';
  if (!LAYOUT_IDS.includes(id as LayoutId)) {
    throw fail('unsupported', 'unknownLayout', asked ?? '', LAYOUT_IDS);
  }
  if (id === 'auto') return LAYOUTS.find((layout) => layout.matches(table))!;
  const layout = LAYOUTS.find((l) => l.id === id)!;
  if (!layout.matches(table)) {
    throw fail('missing-column', 'layoutMismatch', id as LayoutName, table.columns.filter(Boolean).slice(0, 12));
  }
  return layout;
}


/**
 * The file reshaped by its layout. When `auto` chose a layout other than
 * `tidy`, the first hint (code `layout`) tells the page's author what was
 * read and how to override it: a detection is explained, never silent.
 */
export function arrange(table: RawTable, asked?: string | null): Arranged {
  const layout = detectLayout(table, asked);
  const arranged = layout.arrange(table);
  const auto = ((asked ?? '').trim().toLowerCase() || 'auto') === 'auto';
  if (!auto || !layout.describe) return arranged;
  return { ...arranged, hints: [{ code: 'layout', message: layout.describe(arranged, table) }, ...(arranged.hints ?? [])] };
}
