/**
 * Languages and the share menu: the same charts in English, French, Spanish,
 * Brazilian Portuguese and Arabic (words, number formats, right to left), and
 * the share menu opened. The data and titles are the shipped samples' (in
 * English); the chart's own words follow `lang`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import { nigeriaPovertyNorth } from '../templates/ranked-bar/sample.js';
import { povertyProgress } from '../templates/progress/sample.js';
import { sampleMarkup } from '../templates/samples/index.js';

interface Args {
  readonly lang: string;
}

function charts({ lang }: Args): HTMLElement {
  const box = document.createElement('div');
  box.lang = lang;
  box.className = 'lnob-languages';
  // The samples' own target label is English: leave it out so the chart's language names the target.
  const { 'target-label': _label, ...progress } = povertyProgress.attributes;
  box.innerHTML =
    sampleMarkup(nigeriaPovertyNorth, { eager: '' }) +
    sampleMarkup({ ...povertyProgress, attributes: progress }, { eager: '' });
  for (const chart of box.querySelectorAll('lnob-chart')) chart.setAttribute('style', 'display:block;margin-bottom:24px;max-width:640px');
  return box;
}

const meta: Meta<Args> = {
  title: 'Guides/Languages and sharing',
  render: charts,
  argTypes: {
    lang: { control: { type: 'select' }, options: ['en', 'fr', 'es', 'pt-BR', 'ar'], description: 'The page’s or the chart’s `lang`.' },
  },
  // The page's text is stories/docs/languages.mdx.
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = { args: { lang: 'en' } };
export const French: Story = { name: 'Français', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Español', args: { lang: 'es' } };
export const Portuguese: Story = { name: 'Português (Brasil)', args: { lang: 'pt-BR' } };
export const Arabic: Story = { name: 'العربية', args: { lang: 'ar' } };

/** The share menu, opened. */
export const ShareMenu: Story = {
  name: 'Share menu',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('lnob-chart')!;
    await new Promise<void>((resolve) => {
      if (chart.shadowRoot?.querySelector('[part="menu-button"]')) resolve();
      else chart.addEventListener('lnob-render', () => resolve(), { once: true });
    });
    await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!.click();
  },
};
