/**
 * The SDG indicator presets (templates/indicators.ts): what `indicator="…"`
 * fills in, listed from the data, and presets applied to sample data.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { INDICATORS, localize, type IndicatorPreset } from '../templates/indicators.js';
import { sampleAttributes } from './catalogue.js';
import { catalogueSamples } from './samples.js';
import { renderTemplateStory, variantArgs } from './template-stories.js';
import { getTemplate } from '../templates/index.js';

function targetWords(preset: IndicatorPreset): string {
  const target = preset.target2030;
  if (target.kind === 'value') return `${preset.higherIsBetter ? 'at least' : 'at most'} ${target.value}${preset.unit} by 2030`;
  if (target.kind === 'relative') return `${Math.round(target.factor * 100)}% of the ${target.baselineYear} value by 2030`;
  return 'no number set';
}

function presetTable(): HTMLElement {
  const table = document.createElement('table');
  table.style.cssText = 'border-collapse:collapse;font:14px/1.4 system-ui,sans-serif;color:#1f2328;max-width:1100px';
  const caption = table.createCaption();
  caption.textContent = `The ${INDICATORS.length} SDG indicator presets: write indicator="code" on a chart`;
  caption.style.cssText = 'text-align:left;font-weight:600;padding:4px 0 8px';
  const head = table.createTHead().insertRow();
  for (const label of ['Code', 'Goal', 'Title the chart gets', 'Unit', '2030 target', 'Progress is', 'Note the chart adds']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    th.style.cssText = 'text-align:left;border-bottom:2px solid #57606a;padding:6px 8px;vertical-align:bottom';
    head.append(th);
  }
  const body = table.createTBody();
  for (const preset of INDICATORS) {
    const row = body.insertRow();
    const cells = [
      preset.code,
      String(preset.goal),
      localize(preset.title, 'en'),
      localize(preset.unitLabel, 'en'),
      targetWords(preset),
      preset.higherIsBetter ? 'higher' : 'lower',
      localize(preset.notes, 'en'),
    ];
    cells.forEach((text, i) => {
      const cell = i === 0 ? row.appendChild(Object.assign(document.createElement('th'), { scope: 'row' })) : row.insertCell();
      cell.textContent = text;
      cell.style.cssText = 'text-align:left;border-bottom:1px solid #d0d7de;padding:6px 8px;vertical-align:top;font-weight:normal';
    });
  }
  return table;
}

/**
 * Samples that name an indicator; else the progress sample (illustrative data
 * for SDG target 1.2) with its own title and target left to the 1.2.1 preset.
 */
function presetSamples() {
  const withIndicator = catalogueSamples().filter((sample) => sample.attributes['indicator']);
  if (withIndicator.length) return withIndicator.map((sample) => ({ template: sample.template, attributes: sampleAttributes(sample), csv: sample.csv }));
  const progress = catalogueSamples().find((sample) => sample.template === 'progress');
  if (!progress) return [];
  const presetFills = new Set(['title', 'subtitle', 'target', 'target-relative', 'target-year', 'target-label', 'baseline-year', 'direction']);
  const kept = Object.entries(sampleAttributes(progress)).filter(([name]) => !presetFills.has(name));
  return [{ template: progress.template, attributes: { indicator: '1.2.1', ...Object.fromEntries(kept) }, csv: progress.csv }];
}

const meta: Meta = {
  title: 'SDG indicators/Presets',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'What `indicator="…"` fills in, for every preset the kit has, listed from its data. How presets work, and what you can override: ' +
          '[How presets work](./?path=/docs/sdg-indicators-how-presets-work--docs).',
      },
    },
  },
};
export default meta;

export const AllPresets: StoryObj = {
  name: 'All presets',
  render: () => presetTable(),
  parameters: { lnob: { template: '', expect: { kind: 'page' } } },
};

export const AppliedToSampleData: StoryObj = {
  name: 'A preset applied to sample data',
  render: () => {
    const frame = document.createElement('div');
    for (const { template, attributes, csv } of presetSamples()) {
      const definition = getTemplate(template);
      if (!definition) continue;
      frame.append(renderTemplateStory(template, variantArgs(definition, { id: '', exportName: '', name: '', description: '', attributes, csv, expect: { kind: 'chart' } })));
    }
    return frame;
  },
};
