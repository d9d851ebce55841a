/**
 * "Make a chart": the builder inside the catalogue (stories/docs/make-a-chart.mdx
 * says how to use it). The same element is also a page of its own
 * (builder/index.html, `npm run build:builder`).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import '../builder/lnob-builder.js';

const meta: Meta = {
  title: 'Make a chart',
  parameters: { layout: 'fullscreen', lnob: { template: '', expect: { kind: 'page' } } },
};
export default meta;

export const Builder: StoryObj = {
  name: 'Make a chart',
  render: () => document.createElement('lnob-builder'),
};
