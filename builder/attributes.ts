/**
 * The builder's choices as `<lnob-chart>` attributes (the public contract in
 * API.md): template, role columns, the template's options, the slice of a
 * real export, the words around the chart and its look. The chart — its one
 * plan — does the rest.
 */
import { getTemplate } from '../templates/index.js';
import { FACET_TEMPLATES } from '../render/facets.js';
import type { Analysis } from './analyse.js';
import type { BuilderState } from './state.js';

/** The text fields, in the order the builder shows them. */
export const TEXT_FIELDS = ['title', 'subtitle', 'source', 'source-url', 'notes', 'credit', 'indicator'] as const;


/** Attributes from the look controls (theme, goal, language). */
const LOOK_FIELDS = ['theme', 'goal', 'lang'] as const;

export function chartAttributes(state: BuilderState, analysis: Analysis): Record<string, string> {
  const out: Record<string, string> = { template: state.template, ...roleColumns(state, analysis, state.template), ...sliceAttributes(state) };
  const template = getTemplate(state.template);
  for (const option of template?.options ?? []) {
    const value = state.options[option.attribute]?.trim();
    if (value) out[option.attribute] = option.type === 'boolean' ? '' : value;
  }
  const annotations = state.text['annotations']?.trim();
  if (annotations) out['annotations'] = annotations;
  const facet = state.text['facet-column']?.trim();
  if (facet && FACET_TEMPLATES.includes(state.template)) out['facet-column'] = facet;
  for (const name of [...TEXT_FIELDS, ...LOOK_FIELDS]) {
    const value = state.text[name]?.trim();
    if (value) out[name] = value;
  }
  return out;
}

/** A thumbnail of another template with the same data: its roles guessed the same way, no words. */
export function thumbnailAttributes(state: BuilderState, analysis: Analysis, template: string): Record<string, string> {
  return { template, ...roleColumns(state, analysis, template), ...sliceAttributes(state), height: '90' };
}

/** `<role>-column` for each of the template's roles whose column is not the one the chart would take by itself. */
function roleColumns(state: BuilderState, analysis: Analysis, templateId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const role of getTemplate(templateId)?.roles ?? []) {
    const column = state.columns[role.name] ?? analysis.roles[role.name];
    const own = analysis.layoutRoles[role.name] ?? role.name;
    if (column && column !== own) out[`${role.name}-column`] = column;
  }
  return out;
}

/** `series-code`, `years`, `countries`, and the breakdown pickers joined into one `where`. */
function sliceAttributes(state: BuilderState): Record<string, string> {
  const out: Record<string, string> = {};
  const where: string[] = [];
  for (const [key, value] of Object.entries(state.slice)) {
    if (!value.trim()) continue;
    if (key.startsWith('where:')) where.push(`${key.slice('where:'.length)}=${value}`);
    else out[key] = value;
  }
  if (where.length > 0) out['where'] = where.join('; ');
  return out;
}
