/**
 * The gallery: every template in every built-in theme, at phone (360 px) and desktop (800 px) width, on one
 * page, so a designer can review them at a glance (issue 20). Charts are `eager`: they draw without scrolling.
 * The same matrix is kept honest by the visual snapshots (test/visual/).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { gallery } from './gallery.js';

interface Args {
  readonly lang: string;
}

const meta: Meta<Args> = {
  title: 'Guides/Gallery',
  render: gallery,
  argTypes: { lang: { control: { type: 'select' }, options: ['en', 'fr', 'es', 'pt-BR', 'ar'], description: 'The charts’ `lang`.' } },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

/** Every template × theme × width, in English. */
export const Gallery: Story = { args: { lang: 'en' } };
/** The same in Arabic: words and layout right to left. */
export const Arabic: Story = { name: 'العربية', args: { lang: 'ar' } };
