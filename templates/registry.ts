import type { ChartTemplate } from './types.js';

const templates = new Map<string, ChartTemplate>();

/** Adds a template; the element observes the option attributes of every template registered before it is defined. */
export function registerTemplate(template: ChartTemplate): void {
  templates.set(template.id, template);
}

export function getTemplate(id: string): ChartTemplate | undefined {
  return templates.get(id);
}

export function templateIds(): string[] {
  return [...templates.keys()];
}

/** Every option attribute any registered template declares, for the element's observedAttributes. */
export function optionAttributes(): string[] {
  const names = new Set<string>();
  for (const template of templates.values()) for (const option of template.options) names.add(option.attribute);
  return [...names];
}
