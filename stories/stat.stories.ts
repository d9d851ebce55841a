/**
 * `<lnob-stat>`, the big-number card: its shipped samples, and one card to
 * try with the controls, each with the code to copy. The argument table comes
 * from custom-elements.json.
 */
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { statSamples, type StatSample } from '../templates/samples/stat-samples.js';
import { themeNames } from '../themes/index.js';
import { buildInfo } from './build-info.js';
import { fromThisSite } from './kit-address.js';
import './code-panel.js';
import { statMarkup, statSnippet, type AttributeValue } from './snippet.js';

const ORDER = ['value', 'unit', 'label', 'change', 'change-label', 'time-column', 'value-column', 'source', 'source-url', 'notes', 'theme', 'lang', 'decimal'];

function sampleArgs(sample: StatSample): Args {
  const notes = [sample.illustrative && !/illustrative/i.test(sample.notes ?? '') ? 'Illustrative data.' : '', sample.notes ?? ''].filter(Boolean).join(' ');
  return {
    ...sample.attributes,
    source: sample.source,
    ...(sample.sourceUrl ? { 'source-url': sample.sourceUrl } : {}),
    ...(notes ? { notes } : {}),
    csv: sample.csv ?? '',
  };
}

function attributesOf(args: Args): Record<string, AttributeValue> {
  const names = Object.keys(args)
    .filter((name) => name !== 'csv' && /^[a-z][a-z0-9-]*$/.test(name))
    .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  return Object.fromEntries(names.map((name) => [name, typeof args[name] === 'number' ? String(args[name]) : (args[name] as AttributeValue)]));
}

/** A card drawn from the very markup its snippet writes, with the snippet under it. */
function renderCard(args: Args): HTMLElement {
  const frame = document.createElement('div');
  frame.style.maxWidth = '420px';
  const attributes = attributesOf(args);
  const csv = typeof args['csv'] === 'string' ? args['csv'] : '';
  const parsed = document.createElement('template');
  parsed.innerHTML = statMarkup(attributes, csv);
  const panel = document.createElement('lnob-code-panel');
  const { version, integrity } = buildInfo();
  panel.code = fromThisSite(statSnippet({ attributes, csv, version, integrity }));
  frame.append(parsed.content, panel);
  return frame;
}

const meta: Meta = {
  title: 'Big numbers/lnob-stat',
  component: 'lnob-stat',
  tags: ['autodocs'],
  render: renderCard,
  argTypes: {
    csv: { name: 'data (CSV)', description: 'Optional data for a sparkline: a `value` column (and `time`).', control: { type: 'text' }, table: { category: 'Data' } },
    theme: { control: { type: 'select' }, options: ['', ...themeNames()] },
  },
  parameters: {
    lnob: { template: '', expect: { kind: 'page' } },
    docs: {
      description: {
        component:
          'One number that carries a story — “30 national dialogues”, “5,000+ people answered” — with what it counts, an optional change and sparkline, and its source. ' +
          'Use it beside a chart, or where a chart would be too much. The number and its label are read as one sentence by screen readers. ' +
          'Copy the code under a card; it loads the same script as the charts (once per page is enough).',
      },
    },
  },
};
export default meta;

export const Sample: StoryObj = { name: 'Sample', args: statSamples[0] ? sampleArgs(statSamples[0]) : { value: '30', label: 'national dialogues' } };

export const AllSamples: StoryObj = {
  name: 'All sample cards',
  render: () => {
    const grid = document.createElement('div');
    grid.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));align-items:start;gap:24px';
    for (const sample of statSamples) grid.append(renderCard(sampleArgs(sample)));
    return grid;
  },
  parameters: { controls: { disable: true } },
};
