/**
 * A reader who pastes their own data into a chart page's controls copies a
 * snippet for *their* data: the sample's source, link and notes no longer
 * describe it, and column names the new data lacks (`value-column="poverty_rate"`)
 * would only make the chart fail. This drops them from the args the story
 * draws and writes, unless the reader set them too.
 */
import type { Args } from '@storybook/web-components-vite';
import { dedent, parseText } from '../data/parse.js';
import { findColumn } from '../data/layouts/columns.js';
import type { ChartTemplate } from '../templates/types.js';
import { readCsv } from './catalogue.js';

/** Attributes that describe where the sample's numbers come from. */
const PROVENANCE = ['source', 'source-url', 'notes'];

export interface OwnData {
  /** The args to draw the chart and write its snippet with. */
  readonly args: Args;
  /** The sample's attributes left out, as `name="value"`, for the note under the code. */
  readonly dropped: readonly string[];
}

/**
 * `args` as the controls hold them; `sampleArgs` as the story defined them
 * (Storybook's `initialArgs`). When the data is still the sample's, nothing changes.
 */
export function forOwnData(template: ChartTemplate | undefined, args: Args, sampleArgs: Args | undefined): OwnData {
  if (!template || !sampleArgs || sameData(args['csv'], sampleArgs['csv'])) return { args, dropped: [] };
  const columns = headerOf(String(args['csv'] ?? ''));
  const fromSample = (name: string) => args[name] !== undefined && args[name] !== '' && args[name] === sampleArgs[name];
  const stale = [
    ...PROVENANCE.filter(fromSample),
    ...template.roles
      .map((role) => `${role.name}-column`)
      .filter((name) => fromSample(name) && findColumn(columns, String(args[name])) === undefined),
  ];
  if (stale.length === 0) return { args, dropped: [] };
  const kept: Args = {};
  for (const [name, value] of Object.entries(args)) if (!stale.includes(name)) kept[name] = value;
  return { args: kept, dropped: stale.map((name) => `${name}="${String(args[name])}"`) };
}

/** The sentence under the code that says what was left out and why. */
export function droppedNote(dropped: readonly string[]): string {
  if (dropped.length === 0) return '';
  return `Your data replaced the sample’s, so the code leaves out what only described the sample: ${dropped.join(', ')}. Add your own source and notes in the controls.`;
}

/** The same data, whatever the indentation and line endings. */
function sameData(a: unknown, b: unknown): boolean {
  const normal = (text: unknown) =>
    String(text ?? '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
  return normal(a) === normal(b);
}

/** The column names of the data as the chart reads it inline (else its first line: a header without rows, say). */
function headerOf(csv: string): readonly string[] {
  try {
    return parseText(dedent(csv), 'csv', 'inline').columns;
  } catch {
    return readCsv(csv)[0] ?? [];
  }
}
