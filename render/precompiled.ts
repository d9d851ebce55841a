import type { Spec as VegaSpec } from 'vega';
import type { ParsedAtBuild } from './parsed-at-build.js';

/**
 * Template id → loader of its precompiled Vega specs, keyed like
 * `compileKey()`. Empty in the source (tests and development compile in the
 * browser); the build replaces this module with one lazily loaded chunk per
 * template (scripts/precompile-plugin.ts), with the usual spec's Vega
 * dataflow parsed (`parsed`, render/parsed-at-build.ts).
 */
export const precompiledSpecs: Readonly<Record<string, () => Promise<{ default: Readonly<Record<string, VegaSpec>>; parsed?: ParsedAtBuild }>>> = {};
