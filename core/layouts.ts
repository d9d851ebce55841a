/**
 * The `layout` attribute: how a file is arranged. `auto` (the default) reads it from the header.
 * The layouts themselves live in `data/layouts/`; their names are here because messages in every language name them.
 */
export type LayoutId = 'auto' | 'tidy' | 'un-sdg' | 'world-bank' | 'open-sdg' | 'sdmx' | 'owid' | 'eurostat' | 'wide';
export type LayoutName = Exclude<LayoutId, 'auto'>;
export const LAYOUT_IDS: readonly LayoutId[] = ['auto', 'tidy', 'un-sdg', 'world-bank', 'open-sdg', 'sdmx', 'owid', 'eurostat', 'wide'];
