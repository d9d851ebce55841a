/**
 * API reference of `<lnob-chart>`: the argument table comes from
 * custom-elements.json (the element's JSDoc, read by the Custom Elements
 * Manifest analyzer and given to Storybook in .storybook/preview.ts); the
 * options of every template come from the registry.
 */
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { md, variantsFor } from './catalogue.js';
import { catalogueTemplates } from './catalogue.js';
import { chartMarkup } from './snippet.js';

/** Template options, one table per template, from the registry. */
function optionsText(): string {
  return catalogueTemplates()
    .map((template) => {
      const rows = template.options.map(
        (option) =>
          `| \`${option.attribute}\` | ${option.values ? option.values.map((v) => `\`${v}\``).join(', ') : option.type} | ${
            option.default == null ? '—' : `\`${String(option.default)}\``
          } | ${md(option.description).replace(/\\`/g, '`')} |`,
      );
      const roles = template.roles.map((role) => `\`${role.name}\`${role.required ? '' : ' (optional)'}`).join(', ');
      return [
        `#### \`template="${template.id}"\` — ${md(template.name)}`,
        '',
        `Roles: ${roles}.`,
        '',
        ...(rows.length ? ['| attribute | values | default | what it does |', '|---|---|---|---|', ...rows] : ['No options of its own.']),
      ].join('\n');
    })
    .join('\n\n');
}

/** The chart with whatever the controls set: attributes by name, `--lnob-*` tokens as styles. */
function renderReference(args: Args): HTMLElement {
  const id = typeof args['template'] === 'string' && args['template'] ? args['template'] : 'ranked-bar';
  const sample = variantsFor(id).find((variant) => variant.id === 'sample') ?? variantsFor('ranked-bar')[0]!;
  const attributes: Record<string, string | boolean> = { ...sample.attributes };
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') || value === undefined || value === null || value === '') continue;
    if (/^[a-z][a-z0-9-]*$/.test(name) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      attributes[name] = typeof value === 'number' ? String(value) : value;
    }
  }
  const frame = document.createElement('div');
  const parsed = document.createElement('template');
  parsed.innerHTML = chartMarkup(id, attributes, sample.csv);
  frame.append(parsed.content);
  const chart = frame.querySelector('lnob-chart')!;
  for (const [name, value] of Object.entries(args)) {
    if (/^--lnob-[a-z-]+$/.test(name) && typeof value === 'string' && value.trim()) chart.style.setProperty(name, value);
  }
  return frame;
}

const meta: Meta = {
  title: 'Reference/lnob-chart',
  component: 'lnob-chart',
  tags: ['autodocs'],
  render: renderReference,
  parameters: {
    docs: {
      description: {
        component: [
          'Every attribute, property, event, slot, CSS part and CSS custom property of `<lnob-chart>`, read from the element’s own documentation ' +
            '(`custom-elements.json`, also shipped in the npm package so editors can offer completions). Attributes and tokens set in the table apply to the chart above it.',
          '',
          '**Lists** use `;` (`highlight="North East; North West"`). **Events** bubble and cross shadow roots: listen on any ancestor. ' +
            '`lnob-error` carries `{ code, message }`: the codes, and what to do about each, are on the [Error messages](./?path=/docs/reference-error-messages--docs) page. ' +
            '`lnob-warning` carries `{ code, message }` for the page’s author, never shown in the chart: e.g. `unknown-theme` and `unknown-renderer` (the chart is drawn with the default theme, or as SVG).',
          '',
          '### Template options',
          '',
          'Each template adds attributes of its own:',
          '',
          optionsText(),
        ].join('\n'),
      },
    },
  },
};
export default meta;

export const Chart: StoryObj = { name: 'lnob-chart' };
