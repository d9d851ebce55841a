/**
 * Writes one story file per registered template (stories/templates/<nn>-<id>.stories.ts, numbered in registry
 * order, which is the sidebar's order)
 * from the registry and the samples, so a template that lands gets its page,
 * controls and stories without anyone writing stories. Run by main.ts each
 * time Storybook starts or builds; files are only rewritten when they change.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueTemplates, storyTitle, variantsFor } from '../stories/catalogue.js';

const HEADER =
  '// Generated from the template registry by .storybook/generate-stories.ts each time Storybook starts.\n' +
  '// Do not edit: change the template, its samples or stories/catalogue.ts instead.\n';

export function storyFileFor(id: string): string {
  const template = catalogueTemplates().find((t) => t.id === id);
  if (!template) throw new Error(`No template "${id}".`);
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    HEADER,
    "import type { Meta, StoryObj } from '@storybook/web-components-vite';",
    "import { templateMeta, templateStory } from '../template-stories.js';",
    '',
    `const meta: Meta = { ...templateMeta(${q(id)}), title: ${q(storyTitle(template))}, tags: ['autodocs'] };`,
    'export default meta;',
    '',
    ...variantsFor(id).map(
      (variant) => `export const ${variant.exportName}: StoryObj = { ...templateStory(${q(id)}, ${q(variant.id)}), name: ${q(variant.name)} };`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** Writes the files; removes those of templates no longer registered. Returns the template ids written. */
export function generateTemplateStories(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const templates = catalogueTemplates().filter((template) => {
    if (variantsFor(template.id).length > 0) return true;
    console.warn(`lnob-charts catalogue: template "${template.id}" has no sample (templates/<id>/sample.ts), so it has no page yet.`);
    return false;
  });
  // Storybook lists unsorted stories in file order: the number puts the pages in registry order.
  const wanted = new Map(templates.map((template, i) => [`${String(i + 1).padStart(2, '0')}-${template.id}.stories.ts`, template.id]));
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.stories.ts') && !wanted.has(file)) rmSync(join(dir, file));
  }
  for (const [file, id] of wanted) {
    const path = join(dir, file);
    const text = storyFileFor(id);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
  return [...wanted.values()];
}
