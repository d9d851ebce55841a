/**
 * A template's page and stories, built from the registry: its controls come
 * from the template's roles and options, its stories from `variantsFor`. The
 * generated story files (stories/templates/*.stories.ts) call these, and the
 * story tests render the very same stories.
 */
import type { ArgTypes, Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { getTemplate } from '../templates/index.js';
import { languages } from '../i18n/index.js';
import { indicatorCodes } from '../templates/indicators.js';
import type { ChartTemplate, OptionDef } from '../templates/types.js';
import { themeNames } from '../themes/index.js';
import { buildInfo } from './build-info.js';
import { storyTitle, templatePageText, variantsFor, type Variant } from './catalogue.js';
import './code-panel.js';
import { fromThisSite, siteKitUrl } from './kit-address.js';
import { droppedNote, forOwnData } from './own-data.js';
import { chartMarkup, chartSnippet, type AttributeValue, type DataForm } from './snippet.js';

/** Arguments that shape the story, not the chart: never written into the snippet. */
const FRAME_ARGS = new Set(['csv', 'dataForm', 'width']);

const TEXT_ATTRIBUTES = ['title', 'subtitle', 'source', 'source-url', 'notes', 'credit'];
const SDG_ATTRIBUTES = ['indicator', 'goal'];
const LOOK_ATTRIBUTES = ['theme', 'lang', 'decimal', 'renderer', 'height'];

export interface TemplateParameters {
  readonly template: string;
  readonly expect?: Variant['expect'];
}

/** Every attribute a template's chart can take, in the order the snippet writes them. */
export function attributeOrder(template: ChartTemplate): string[] {
  const [title, subtitle, ...footer] = TEXT_ATTRIBUTES;
  return [
    title!,
    subtitle!,
    ...template.roles.map((role) => `${role.name}-column`),
    ...template.options.map((option) => option.attribute),
    ...footer,
    ...SDG_ATTRIBUTES,
    ...LOOK_ATTRIBUTES,
  ];
}

/** Controls for every attribute of the template, plus the data and the width of the frame. */
export function templateArgTypes(template: ChartTemplate): ArgTypes {
  const argTypes: ArgTypes = {
    csv: {
      name: 'data (CSV)',
      description: 'The data, written inside the chart as a `<table>` (or a `<script type="text/csv">`: see below). Replace it with yours.',
      control: { type: 'text' },
      table: { category: 'Data' },
    },
    dataForm: {
      name: 'data written as',
      description:
        '`table`: as an HTML `<table>`, which survives website editors that remove scripts (WordPress for Authors, Drupal’s Basic HTML) and shows the numbers when the kit cannot load or JavaScript is off. `script`: the data as CSV inside a `<script type="text/csv">` (shorter, but nothing shows without the kit).',
      control: { type: 'inline-radio' },
      options: ['script', 'table'],
      table: { category: 'Data', defaultValue: { summary: 'table' } },
    },
    width: {
      name: 'frame width (px)',
      description: 'Width of the box around the chart in this catalogue (not part of the code): try 320 for a phone.',
      control: { type: 'range', min: 280, max: 1000, step: 10 },
      table: { category: 'Catalogue only' },
    },
  };
  for (const name of TEXT_ATTRIBUTES) argTypes[name] = { control: { type: 'text' }, table: { category: 'Text around the chart' } };
  for (const role of template.roles) {
    argTypes[`${role.name}-column`] = {
      description: `The column with ${role.meaning}${role.required ? '' : ' (optional)'}. Default: a column named \`${role.name}\`.`,
      control: { type: 'text' },
      table: { category: 'Columns' },
    };
  }
  for (const option of template.options) argTypes[option.attribute] = optionArgType(option);
  argTypes['indicator'] = { control: { type: 'select' }, options: ['', ...indicatorCodes()], table: { category: 'SDG' } };
  argTypes['goal'] = { control: { type: 'number', min: 1, max: 17, step: 1 }, table: { category: 'SDG' } };
  argTypes['theme'] = { control: { type: 'select' }, options: ['', ...themeNames()], table: { category: 'Look' } };
  argTypes['lang'] = {
    description: 'The language of the chart’s words and number formats (the page’s own language when left empty).',
    control: { type: 'select', labels: languageNames() },
    options: ['', ...languages()],
    table: { category: 'Look' },
  };
  argTypes['decimal'] = {
    description: 'Only when the chart asks for it: how your numbers write their decimals, `.` (12.5) or `,` (12,5).',
    control: { type: 'select', labels: { '': 'as the chart reads them', '.': '. (12.5)', ',': ', (12,5)' } },
    options: ['', '.', ','],
    table: { category: 'Look' },
  };
  // For web developers (the reference page documents it), not a choice a campaigner makes.
  argTypes['renderer'] = { table: { disable: true } };
  argTypes['height'] = { control: { type: 'number', min: 0, step: 10 }, table: { category: 'Look' } };
  return argTypes;
}

/** The kit's languages, each named in itself ("français"), for the `lang` control. */
function languageNames(): Record<string, string> {
  const names: Record<string, string> = { '': 'the page’s language' };
  for (const code of languages()) names[code] = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return names;
}

function optionArgType(option: OptionDef): ArgTypes[string] {
  const table = { category: 'Options', defaultValue: option.default == null ? undefined : { summary: String(option.default) } };
  const base = { description: option.description, table };
  switch (option.type) {
    case 'enum':
      return { ...base, control: { type: 'select' }, options: ['', ...(option.values ?? [])] };
    case 'boolean':
      return { ...base, control: { type: 'boolean' } };
    case 'number':
      return { ...base, control: { type: 'number' } };
    default:
      return { ...base, control: { type: 'text' } };
  }
}

/** A variant as story args: attributes by their control's type, the data, the frame width. */
export function variantArgs(template: ChartTemplate, variant: Variant): Args {
  const args: Args = { csv: variant.csv };
  if (variant.width) args['width'] = variant.width;
  if (variant.dataForm) args['dataForm'] = variant.dataForm;
  for (const [name, value] of Object.entries(variant.attributes)) {
    const option = template.options.find((o) => o.attribute === name);
    if (option?.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) args[name] = Number(value);
    else if (option?.type === 'boolean') args[name] = value !== 'false';
    else if ((name === 'height' || name === 'goal') && Number.isFinite(Number(value))) args[name] = Number(value);
    else args[name] = value;
  }
  return args;
}

/** Story args → the chart's attributes, in snippet order (unknown ones last, alphabetically). */
export function argsToAttributes(template: ChartTemplate, args: Args): Record<string, AttributeValue> {
  const order = attributeOrder(template);
  const names = Object.keys(args)
    .filter((name) => !FRAME_ARGS.has(name) && name !== 'template' && /^[a-z][a-z0-9-]*$/.test(name))
    .sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  const attributes: Record<string, AttributeValue> = {};
  for (const name of names) attributes[name] = toAttribute(args[name]);
  return attributes;
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

function toAttribute(value: unknown): AttributeValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null || value === undefined) return value;
  return String(value);
}

/** A table unless the reader chose a script: a table is what a page shows when the kit cannot load (issue 19). */
function dataFormOf(args: Args): DataForm {
  return args['dataForm'] === 'script' ? 'auto' : 'table';
}

/**
 * The snippet a story shows: the script line and the chart as currently configured. `sampleArgs`, the story's own
 * args: once the data is no longer the sample's, the sample's source, notes and column names are left out.
 */
export function snippetFor(templateId: string, controls: Args, sampleArgs?: Args): string {
  const template = getTemplate(templateId);
  const { args } = forOwnData(template, controls, sampleArgs);
  const attributes = template ? argsToAttributes(template, args) : {};
  const { version, integrity } = buildInfo();
  return fromThisSite(chartSnippet({ template: templateId, attributes, csv: String(args['csv'] ?? ''), version, integrity, dataForm: dataFormOf(args) }));
}

/**
 * Renders a chart exactly as its snippet writes it (the markup is parsed from
 * the same text), with the snippet and its "Copy" button underneath.
 */
export function renderTemplateStory(templateId: string, controls: Args, sampleArgs?: Args): HTMLElement {
  const template = getTemplate(templateId);
  const { args, dropped } = forOwnData(template, controls, sampleArgs);
  const frame = document.createElement('div');
  frame.className = 'lnob-story';
  if (typeof args['width'] === 'number' && args['width'] > 0) frame.style.maxWidth = `${args['width']}px`;
  const attributes = template ? argsToAttributes(template, args) : {};
  let markup: string;
  try {
    markup = chartMarkup(templateId, attributes, String(args['csv'] ?? ''), dataFormOf(args));
  } catch (error) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = error instanceof Error ? error.message : String(error);
    frame.append(message);
    return frame;
  }
  const parsed = document.createElement('template');
  parsed.innerHTML = markup;
  frame.append(parsed.content);

  const panel = document.createElement('lnob-code-panel');
  panel.code = snippetFor(templateId, args);
  panel.note = [
    droppedNote(dropped),
    buildInfo().integrity ? '' : 'No integrity hash: the catalogue was built before the kit’s bundle. Run `npm run build` to add one.',
  ]
    .filter(Boolean)
    .join(' ');
  frame.append(panel);
  return frame;
}

/** The default export of a template's story file. */
export function templateMeta(templateId: string): Meta {
  const template = getTemplate(templateId);
  if (!template) throw new Error(`No template "${templateId}" is registered.`);
  return {
    title: storyTitle(template),
    tags: ['autodocs'],
    render: (args, context) => renderTemplateStory(templateId, args, context.initialArgs),
    argTypes: templateArgTypes(template),
    parameters: {
      lnob: { template: templateId } satisfies TemplateParameters,
      docs: {
        description: {
          component: templatePageText(template, { integrityKnown: buildInfo().integrity !== null, fromSite: siteKitUrl() !== null, version: buildInfo().version }),
        },
        source: {
          language: 'html',
          transform: (_code: string, context: StoryContext) => snippetFor(templateId, context.args, context.initialArgs),
        },
      },
    },
  };
}

/** One story of a template's file. */
export function templateStory(templateId: string, variantId: string): StoryObj {
  const template = getTemplate(templateId);
  const variant = variantsFor(templateId).find((v) => v.id === variantId);
  if (!template || !variant) throw new Error(`No story "${variantId}" for template "${templateId}".`);
  return {
    name: variant.name,
    args: variantArgs(template, variant),
    parameters: {
      lnob: { template: templateId, expect: variant.expect } satisfies TemplateParameters,
      docs: { description: { story: variant.description } },
    },
  };
}
